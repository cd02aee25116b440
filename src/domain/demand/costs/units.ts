/**
 * What each cost sub-type costs a week, measured from the council's placements register: the
 * average gross weekly price of the placements of the sub-type that ran in the 12 months to the
 * as-at date, each weighted by the days it ran at the price then in force.
 */
import { addDays, addYears, daysInclusive, type IsoDate } from "../../calendar/dates.js";
import { type Pence, roundPence } from "../../money/money.js";
import { paidSpan, priceHistory, priceSpans } from "../../placements/prices.js";
import type { CouncilRegisters } from "../../registers.js";
import { COST_SUBTYPES, type CostSubtype } from "../model.js";
import { costSubtypeOf } from "./subtypes.js";

export interface MeasuredUnitCost {
  subtype: CostSubtype;
  /** Σ (gross weekly price × days) ÷ Σ days, rounded once; null when no placement of the sub-type ran. */
  weeklyCost: Pence | null;
  /** Placements of the sub-type that ran on some day of the 12 months. */
  placements: number;
  /** Σ days they ran within the 12 months. */
  placementDays: number;
}

export interface MeasuredUnitCosts {
  /** The 12 months measured, both days included. */
  from: IsoDate;
  to: IsoDate;
  /** Every sub-type, in COST_SUBTYPES order. */
  costs: MeasuredUnitCost[];
  warnings: string[];
}

/** The unit cost of each sub-type over the 12 months to `asAt` (both ends included). */
export function measuredUnitCosts(
  registers: Pick<CouncilRegisters, "placements" | "placementPrices">,
  asAt: IsoDate,
): MeasuredUnitCosts {
  const from = addDays(addYears(asAt, -1), 1);
  const history = priceHistory(registers.placementPrices);
  const totals = new Map<CostSubtype, { placements: number; days: number; weekDays: number }>();
  let unsplit = 0;
  for (const p of registers.placements) {
    const span = paidSpan(p, from, asAt);
    if (span === null) continue;
    const subtype = costSubtypeOf(p.placeCode, p.providerCode);
    if (subtype === null) {
      unsplit += 1;
      continue;
    }
    const total = totals.get(subtype) ?? { placements: 0, days: 0, weekDays: 0 };
    total.placements += 1;
    for (const price of priceSpans(p, history, span.from, span.to)) {
      const days = daysInclusive(price.from, price.to);
      total.days += days;
      total.weekDays += price.weeklyCost * days;
    }
    totals.set(subtype, total);
  }
  const warnings: string[] = [];
  if (unsplit > 0) {
    warnings.push(
      `${unsplit} fostering or residential placement${unsplit === 1 ? "" : "s"} from ${from} to ${asAt} ` +
        `had no provider PR1–PR5 to say whether in-house or bought in: ${unsplit === 1 ? "it is" : "they are"} left out of the unit costs`,
    );
  }
  const costs = COST_SUBTYPES.map(({ subtype }): MeasuredUnitCost => {
    const total = totals.get(subtype);
    if (!total || total.days === 0) return { subtype, weeklyCost: null, placements: 0, placementDays: 0 };
    return {
      subtype,
      weeklyCost: roundPence(total.weekDays / total.days),
      placements: total.placements,
      placementDays: total.days,
    };
  });
  return { from, to: asAt, costs, warnings };
}
