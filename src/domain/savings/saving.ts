/**
 * The savings register: each saving the council plans, its targets by year, what it has delivered
 * and is forecast to deliver, its BRAG rating, milestones, comments, and the drivers that evidence it.
 */
import type { IsoDate } from "../calendar/dates.js";
import type { FinancialYear } from "../calendar/financial.js";
import type { Pence } from "../money/money.js";
import type { SavingDriverName } from "./drivers.js";

/** Blue delivered, green on track, amber at risk, red undeliverable. */
export const BRAG_RATINGS = ["blue", "green", "amber", "red"] as const;
export type Brag = (typeof BRAG_RATINGS)[number];

export const BRAG_LABELS: Readonly<Record<Brag, string>> = {
  blue: "Delivered",
  green: "On track",
  amber: "At risk",
  red: "Undeliverable",
};

/** One saving, keyed by its reference (S1, S2, …). */
export interface Saving {
  ref: string;
  /** The council's category, e.g. Reduce, Transform, Income. */
  category: string;
  /** The planned activity or programme it belongs to, e.g. "Workforce savings". */
  programme: string;
  name: string;
  description: string;
  owner: string;
  brag: Brag;
  /**
   * The budget line whose budget the saving was taken off; null when it is held centrally, off the
   * directorate's total rather than any one line.
   */
  costCentre: string | null;
}

/** A saving's figures for one financial year, keyed by reference and year. */
export interface SavingYear {
  ref: string;
  year: FinancialYear;
  /** What the budget plans the saving to deliver in the year. */
  target: Pence;
  /** What it has delivered so far in the year. */
  delivered: Pence;
  /** What it is forecast to deliver by 31 March (the target until the council says otherwise). */
  forecast: Pence;
}

/** A step towards a saving, keyed by reference and milestone. */
export interface SavingMilestone {
  ref: string;
  milestone: string;
  due: IsoDate;
  completed: IsoDate | null;
}

/** A dated comment on a saving, keyed by reference, date and author; together they are its history. */
export interface SavingComment {
  ref: string;
  date: IsoDate;
  author: string;
  text: string;
}

/**
 * A driver the saving should move, and how far: from `baseline` on `from` to `target` by `by`.
 * Keyed by reference and driver.
 */
export interface SavingDriverLink {
  ref: string;
  driver: SavingDriverName;
  /** The driver's value on `from`; null to have Outturn measure it from the registers. */
  baseline: number | null;
  target: number;
  from: IsoDate;
  by: IsoDate;
}

/** What a saving's year has at risk: the target less the forecast delivery, never below 0. */
export function atRisk(year: Pick<SavingYear, "target" | "forecast">): Pence {
  return Math.max(0, year.target - year.forecast);
}
