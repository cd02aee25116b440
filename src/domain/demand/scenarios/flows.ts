/**
 * Scenarios that change the flows in and out of care: "reunify X% more children within 12 months"
 * (every rate of leaving care to Not in care multiplied by 1 + X/100, since the model does not track
 * how long a child has been in care) and "prevent N entries a year through edge-of-care work" (the
 * entry rates reduced by N/365 a day in all, shared by each state's share of entries, not below 0).
 */
import type { RateAdjustment } from "../model.js";
import { isInCare } from "../projection/states.js";
import { childrenInWords, numberInWords, percentInWords, rateInWords, windowInWords } from "../words.js";
import type { DemandScenario, ScenarioBase } from "./scenario.js";
import { type ProjectionWindow, positive, projectionWindow } from "./window.js";

type Changes = { adjustments: RateAdjustment[]; sentences: string[] };

/** The window the scenario sets, or none when it sets neither From nor By (the whole projection). */
function windowOf(s: DemandScenario, base: ScenarioBase): { window: ProjectionWindow | null; set: boolean } {
  return { window: projectionWindow(base.projection, s.from, s.by), set: s.from !== null || s.by !== null };
}

const outside = (s: DemandScenario): Changes => ({
  adjustments: [],
  sentences: [`${s.scenario}: From and By leave no day of the projection, so nothing is changed.`],
});

export function reunify(s: DemandScenario, base: ScenarioBase): Changes {
  const percent = positive(s.percent, "a percentage (Percent)", s);
  const { window, set } = windowOf(s, base);
  if (window === null) return outside(s);
  const factor = 1 + percent / 100;
  const days = set ? { firstDay: window.firstDay, lastDay: window.lastDay } : {};
  const span = set ? ` ${windowInWords(window.firstDay, window.lastDay)}` : "";
  const exits = base.rates.transitions.filter((t) => isInCare(t.from) && !isInCare(t.to) && t.rate > 0);
  const sentences = [
    `${s.scenario}: the model does not track how long a child has been in care, so "${numberInWords(percent)}% more children reunified within 12 months" is approximated by multiplying every rate of leaving care to Not in care by ${numberInWords(factor)}${span}, whatever the child's time in care.`,
    ...exits.map(
      (t) =>
        `multiplies ${t.from} → ${t.to} (${rateInWords(t.rate)} a day) by ${numberInWords(factor)}, to ${rateInWords(t.rate * factor)}${span}.`,
    ),
  ];
  const adjustments = exits.map(
    (t): RateAdjustment => ({ from: t.from, to: t.to, multiply: factor, ...days }),
  );
  return { adjustments, sentences };
}

export function preventEntries(s: DemandScenario, base: ScenarioBase): Changes {
  const perYear = positive(s.number, "a number of entries a year (Number)", s);
  const { window, set } = windowOf(s, base);
  if (window === null) return outside(s);
  const entries = base.rates.entries.filter((e) => e.perDay > 0);
  const total = entries.reduce((sum, e) => sum + e.perDay, 0);
  if (total === 0) {
    return {
      adjustments: [],
      sentences: [`${s.scenario}: the base has no entries to care to prevent, so nothing is changed.`],
    };
  }
  const wanted = perYear / 365;
  const fewer = Math.min(wanted, total);
  const days = set ? { firstDay: window.firstDay, lastDay: window.lastDay } : {};
  const span = set ? ` ${windowInWords(window.firstDay, window.lastDay)}` : "";
  const sentences = [
    `${s.scenario}: ${childrenInWords(perYear)} entries a year prevented is ${childrenInWords(perYear)} ÷ 365 = ${rateInWords(wanted)} entries a day fewer, taken off the ${rateInWords(total)} entries a day of the base in proportion to each state's share of them${span}.`,
  ];
  if (fewer < wanted) {
    sentences.push(
      `That is more than every entry in the base (${childrenInWords(total * 365)} a year), and no entry rate goes below 0, so entries stop altogether.`,
    );
  }
  const adjustments: RateAdjustment[] = [];
  for (const e of entries) {
    const cut = (fewer * e.perDay) / total;
    adjustments.push({ from: null, to: e.to, add: -cut, ...days });
    sentences.push(
      `takes ${rateInWords(cut)} a day off entries to ${e.to} (${percentInWords(e.perDay / total)} of entries), from ${rateInWords(e.perDay)} to ${rateInWords(Math.max(0, e.perDay - cut))} a day${span}.`,
    );
  }
  return { adjustments, sentences };
}
