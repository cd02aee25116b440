/**
 * "Recruit N more in-house foster carers, each taking C children, from a date". The model's
 * Fostering states do not split in-house from IFA, so no rate changes: N × C children's share of
 * the children in fostering (in the base projection when the carers start) moves from the
 * "Fostering (IFA)" cost sub-type to "Fostering (In-house)" from that day, at most the IFA share.
 */
import type { IsoDate } from "../../calendar/dates.js";
import type { CostSubtype } from "../model.js";
import { BRACKET_LABELS, stateName } from "../projection/states.js";
import { childrenInWords, dayInWords, numberInWords, rateInWords } from "../words.js";
import type { DemandScenario, ScenarioBase, ShareChange, SubtypeShares } from "./scenario.js";
import { positive, projectionWindow, stockAt } from "./window.js";

const IFA: CostSubtype = "Fostering (IFA)";
const IN_HOUSE: CostSubtype = "Fostering (In-house)";

export function recruitCarers(
  s: DemandScenario,
  base: ScenarioBase,
): { shares: ShareChange[]; sentences: string[] } {
  const carers = positive(s.number, "a number of carers (Number)", s);
  const each = positive(s.perCarer, "the children each carer takes (Per carer)", s);
  const children = carers * each;
  const { projection, shares } = base;
  const window = projectionWindow(projection, s.from, null);
  if (window === null) {
    return {
      shares: [],
      sentences: [`${s.scenario}: From is after the projection's last day, so nothing is changed.`],
    };
  }
  const stock = stockAt(projection, window.first - 1);
  const fostering = BRACKET_LABELS.reduce((total, bracket) => {
    const index = projection.states.indexOf(stateName(bracket, "Fostering"));
    return total + (index < 0 ? 0 : (stock[index] ?? 0));
  }, 0);
  const when = dayInWords(window.firstDay);
  const lead = `${s.scenario}: ${numberInWords(carers)} carers each taking ${numberInWords(each)} children is ${childrenInWords(children)} children. The model's Fostering states do not split in-house from IFA, so this changes the cost proportions, not the rates`;
  if (fostering === 0) {
    return {
      shares: [],
      sentences: [
        `${lead}; the base projection has no children in fostering on ${when}, so nothing is changed.`,
      ],
    };
  }
  const wanted = children / fostering;
  const ifa = shares.get(IFA) ?? 0;
  const inHouse = shares.get(IN_HOUSE) ?? 0;
  const share = Math.min(wanted, ifa);
  const sentences = [
    `${lead}: of the ${childrenInWords(fostering)} children in fostering in the base projection on ${when}, ${childrenInWords(children)} is a share of ${rateInWords(wanted)}.`,
  ];
  if (share < wanted) {
    sentences.push(
      `IFA holds only ${rateInWords(ifa)} of fostering in the base, so the move is capped there: ${childrenInWords(share * fostering)} children.`,
    );
  }
  sentences.push(
    `moves ${rateInWords(share)} of fostering from ${IFA} (${rateInWords(ifa)} in the base, to ${rateInWords(ifa - share)}) to ${IN_HOUSE} (${rateInWords(inHouse)}, to ${rateInWords(inHouse + share)}) from ${when} to the end of the projection; the rates are unchanged.`,
  );
  return share > 0
    ? { shares: [{ from: IFA, to: IN_HOUSE, share, firstDay: window.firstDay }], sentences }
    : { shares: [], sentences };
}

/** The shares after the changes that apply on `day`. */
export function sharesOn(
  shares: SubtypeShares,
  changes: readonly ShareChange[],
  day: IsoDate,
): SubtypeShares {
  const result = new Map(shares);
  for (const change of changes) {
    if (change.firstDay > day) continue;
    result.set(change.from, (result.get(change.from) ?? 0) - change.share);
    result.set(change.to, (result.get(change.to) ?? 0) + change.share);
  }
  return result;
}
