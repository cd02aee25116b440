/**
 * What drives a line's forecast. Each driver is a source that prices one part of what remains to
 * 31 March for the lines of one budget kind; a line's drivers add up to its `remaining` exactly.
 * A new driver is a new source in sources.ts: the forecast, the movement and the reports pick it up.
 */
import type { BudgetKind } from "../budget/budget.js";
import type { Pence } from "../money/money.js";
import type { ForecastContext } from "./context.js";

/** Every driver, with the words a report uses for it. */
export const DRIVERS = {
  commitments: "Placements running now",
  "known-events": "Uplifts and planned moves",
  "expected-starters": "Expected new placements",
  "expected-leavers": "Expected endings",
  posts: "Posts",
  "vacancy-factor": "Vacancy factor",
  conversions: "Agency conversions",
  routes: "Routes",
  "re-tenders": "Re-tendered contracts",
  "adopted-routes": "Adopted optimised routes",
  "new-routes": "New routes from September",
  "run-rate": "Run-rate",
  adjustments: "Manual adjustments",
} as const;

export type DriverName = keyof typeof DRIVERS;

export interface ForecastDriver {
  driver: DriverName;
  amount: Pence;
}

export interface DriverSource {
  driver: DriverName;
  /** The kind of budget line this driver prices, or "any" for a driver on lines of every kind. */
  kind: BudgetKind | "any";
  /** What remains after the period end, by cost centre. Rows it prices go to ctx.priced(). */
  cost(ctx: ForecastContext): Map<string, Pence>;
}
