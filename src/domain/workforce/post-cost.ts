import { daysInclusive, type IsoDate, maxDate, minDate } from "../calendar/dates.js";
import { type Pence, prorate, scale } from "../money/money.js";
import type { Post } from "./post.js";

/**
 * Days an agency worker bills in a year: 261 weekdays less 8 bank holidays and 25 days' leave, as
 * councils annualise a day rate when they compare it with a salary.
 */
export const AGENCY_DAYS_PER_YEAR = 228;

/**
 * What a post costs from `from` to `to`, both inclusive, within its own start and end:
 * - permanent: the annual cost × FTE, pro-rated by calendar days ÷ `daysInYear`;
 * - agency: the day rate × FTE × the days an agency worker bills in a year, pro-rated the same way;
 * - vacant: nothing (the vacancy factor is applied elsewhere).
 * Null when the post is in post during the span but the rate for its status (annual cost or day
 * rate) is missing, so the caller can report it.
 */
export function postCost(post: Post, from: IsoDate, to: IsoDate, daysInYear: number): Pence | null {
  const first = maxDate(from, post.start);
  const last = post.end === null ? to : minDate(to, post.end);
  if (last < first || post.status === "vacant") return 0;
  const rate = postRate(post);
  return rate === null ? null : prorate(rate, daysInclusive(first, last), daysInYear);
}

/** A post's price for a year: annual cost × FTE, or day rate × FTE × the days an agency worker bills. */
export function postRate(post: Post): Pence | null {
  if (post.status === "agency")
    return post.dayRate === null ? null : scale(post.dayRate, post.fte) * AGENCY_DAYS_PER_YEAR;
  return post.annualCost === null ? null : scale(post.annualCost, post.fte);
}

/** Why `postCost` could not price a post. */
export function missingRate(post: Post): string {
  return post.status === "agency" ? "agency post has no day rate" : "permanent post has no annual cost";
}
