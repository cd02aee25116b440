import type { IsoDate } from "./dates.js";

/** One school term: the first and last school day, inclusive. */
export interface Term {
  name: string;
  start: IsoDate;
  end: IsoDate;
}

/**
 * The council's editable term calendar: terms, plus closures inside them (half-terms, INSET days,
 * bank holidays) on which pupils do not travel.
 */
export interface TermCalendar {
  terms: Term[];
  closures: IsoDate[];
}
