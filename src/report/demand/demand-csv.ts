/**
 * The projection and the scenario comparison as CSV files. /demand.csv holds, for every day from the
 * start and every state, the projected children, the variance and the range (±2σ, never below 0);
 * /demand-scenarios.csv each scenario's children at each 31 March and at the end, and its cost by
 * financial year, beside the base. For a member a figure that rounds to 1 to the threshold is the
 * marker, and so is everything beside it.
 */

import { daysInYear } from "../../domain/calendar/financial.js";
import type { DemandProjection } from "../../domain/demand/model.js";
import type { ScenarioComparison } from "../../domain/demand/scenarios/compare.js";
import type { Audience } from "../../domain/disclosure/audience.js";
import { toDecimalPounds } from "../../domain/money/money.js";
import { csv } from "../safe-cells.js";
import { bandOf } from "./demand-series.js";
import { beside, isHidden, shownChildren } from "./shown-children.js";

export const DEMAND_CSV_COLUMNS = ["date", "state", "population", "variance", "lower", "upper"] as const;
export const SCENARIOS_CSV_COLUMNS = [
  "scenario",
  "measure",
  "when",
  "base",
  "with_scenario",
  "difference",
] as const;

/** One figure of children for a CSV: as the model gives it, or the marker where it is hidden. */
function figure(audience: Audience, value: number): number | string {
  return audience.reader === "officer" ? value : beside(audience, shownChildren(audience, value), value);
}

export function demandCsv(projection: DemandProjection, audience: Audience): string {
  const rows: (string | number)[][] = [];
  const day = (date: string, population: ArrayLike<number>, variance: ArrayLike<number> | null) => {
    projection.states.forEach((state, i) => {
      const pop = population[i] ?? 0;
      const v = variance?.[i] ?? 0;
      const band = bandOf(pop, v);
      const shown = figure(audience, pop);
      const hide = <T>(x: T) => (isHidden(shown) ? shown : x);
      rows.push([date, state, shown, hide(v), hide(band.low), hide(band.high)]);
    });
  };
  day(projection.settings.start, projection.initial, null);
  projection.dates.forEach((date, d) => {
    day(date, projection.population[d] as Float64Array, projection.variance[d] as Float64Array);
  });
  return csv(rows, { header: true, columns: [...DEMAND_CSV_COLUMNS] });
}

export function scenariosCsv(comparisons: readonly ScenarioComparison[], audience: Audience): string {
  const rows: (string | number)[][] = [];
  for (const c of comparisons) {
    const name = c.scenario.scenario;
    for (const p of c.populations) {
      const measures: [string, number, number][] = [
        ["In care", p.base.total, p.scenario.total],
        ...Object.keys(p.base.byCategory).map((k): [string, number, number] => [
          `In care: ${k}`,
          p.base.byCategory[k as keyof typeof p.base.byCategory],
          p.scenario.byCategory[k as keyof typeof p.scenario.byCategory],
        ]),
      ];
      for (const [measure, base, scenario] of measures) {
        const [b, s] = [figure(audience, base), figure(audience, scenario)];
        const difference = isHidden(b) ? b : isHidden(s) ? s : scenario - base;
        rows.push([name, measure, p.date, b, s, difference]);
      }
    }
    for (const y of c.years) {
      const when = y.days < daysInYear(y.year) ? `${y.year} (${y.days} days)` : y.year;
      rows.push([
        name,
        "Cost (£)",
        when,
        toDecimalPounds(y.base),
        toDecimalPounds(y.scenario),
        toDecimalPounds(y.scenario - y.base),
      ]);
    }
  }
  return csv(rows, { header: true, columns: [...SCENARIOS_CSV_COLUMNS] });
}
