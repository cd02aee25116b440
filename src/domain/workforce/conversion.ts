/**
 * Plans to convert agency posts to permanent ones: what each saves this year, in a full year and
 * after the period end, and the premium per post its target implies.
 *
 * A plan's effect is counted in months, as savings plans are written (seed 002's S3: "by end of
 * June 2024 (Q1) to realise 3/4yr effect"): each whole period counts 1/12 of a year, a part period
 * by its days. A plan converts the dearest agency posts of its role first (highest premium, then
 * post ref), in post on the day it takes effect; a post one plan converts is not converted again.
 */
import { addDays, daysInclusive, type IsoDate, maxDate, minDate } from "../calendar/dates.js";
import {
  type FinancialYear,
  type PeriodNumber,
  periodEnd,
  periodOf,
  periodStart,
  yearEnd,
  yearStart,
} from "../calendar/financial.js";
import { type Pence, prorate } from "../money/money.js";
import { type AgencyPost, agencyPost, byPremium, inPost, permanentMeans } from "./agency-premium.js";
import type { Post } from "./post.js";

export interface ConversionPlan {
  /** The plan's reference; the register's key. */
  ref: string;
  /** The saving it delivers, e.g. "S3". */
  saving: string;
  role: string;
  /** How many agency posts of the role convert. */
  posts: number;
  effectiveDate: IsoDate;
  /** The saving's target for the financial year the plan takes effect in, when it states one. */
  target: Pence | null;
  note: string;
}

/** A share of a year as a ratio of whole numbers, so money is pro-rated by it exactly. */
export interface YearShare {
  numerator: number;
  denominator: number;
}

/** Every month length divides this (28, 29, 30, 31), so month shares add up exactly. */
const MONTH_LCM = 377_580;

/** The share of a year from `from` to `to` (inclusive, within one financial year), in months. */
export function yearShare(from: IsoDate, to: IsoDate): YearShare {
  let numerator = 0;
  if (from <= to) {
    const year = periodOf(from).year;
    for (let period = periodOf(from).period; period <= 12; period++) {
      const ref = { year, period: period as PeriodNumber };
      const [start, end] = [periodStart(ref), periodEnd(ref)];
      if (start > to) break;
      const days = daysInclusive(maxDate(from, start), minDate(to, end));
      numerator += days * (MONTH_LCM / daysInclusive(start, end));
    }
  }
  return { numerator, denominator: 12 * MONTH_LCM };
}

/** The premium per post a saving implies: target ÷ (posts × share of the year). */
export function impliedPremium(target: Pence, posts: number, share: YearShare): Pence | null {
  if (posts <= 0 || share.numerator === 0) return null;
  return prorate(target, share.denominator, posts * share.numerator);
}

export interface Conversion extends AgencyPost {
  /** Saved from the effective date to 31 March (or the post's end). */
  thisYear: Pence;
  /** Saved from the day after the period end (or the effective date, if later). */
  remaining: Pence;
}

export interface PlanSaving {
  plan: ConversionPlan;
  /** The posts it converts, dearest first. */
  conversions: Conversion[];
  /** Posts the plan names for which the register has no agency post of the role. */
  missing: number;
  /** The premiums of the posts it converts, a year. */
  fullYear: Pence;
  thisYear: Pence;
  remaining: Pence;
  /** The mean premium of the posts it converts; null when none has one. */
  measuredPremium: Pence | null;
  /** The premium per post the plan's target implies (target ÷ (posts × share of the year)). */
  impliedPremium: Pence | null;
}

/**
 * What each plan saves in the financial year `year`, with the register as it stands at `asAt`
 * (the period end). Plans run in order of effective date, then ref.
 */
export function planSavings(
  plans: readonly ConversionPlan[],
  posts: readonly Post[],
  year: FinancialYear,
  asAt: IsoDate,
): PlanSaving[] {
  const means = permanentMeans(posts, asAt);
  const taken = new Set<string>();
  const ordered = [...plans].sort(
    (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.ref.localeCompare(b.ref),
  );
  return ordered.map((plan) => {
    const convertFrom = maxDate(plan.effectiveDate, addDays(asAt, 1));
    const chosen = posts
      .filter((p) => p.status === "agency" && p.role === plan.role && !taken.has(p.postRef))
      .filter((p) => inPost(p, convertFrom))
      .map((p) => agencyPost(p, means))
      .sort(byPremium)
      .slice(0, Math.max(0, plan.posts));
    for (const c of chosen) taken.add(c.post.postRef);
    return summarise(plan, chosen, year, convertFrom);
  });
}

function summarise(
  plan: ConversionPlan,
  chosen: readonly AgencyPost[],
  year: FinancialYear,
  convertFrom: IsoDate,
): PlanSaving {
  const savedFrom = (from: IsoDate, a: AgencyPost) => {
    if (a.premium === null) return 0;
    const to = minDate(a.post.end ?? yearEnd(year), yearEnd(year));
    const share = yearShare(maxDate(from, yearStart(year)), to);
    return share.numerator === 0 ? 0 : prorate(a.premium, share.numerator, share.denominator);
  };
  const conversions = chosen.map((a) => ({
    ...a,
    thisYear: savedFrom(plan.effectiveDate, a),
    remaining: savedFrom(convertFrom, a),
  }));
  const priced = conversions.filter((c) => c.premium !== null);
  const total = (pick: (c: Conversion) => Pence) => conversions.reduce((sum, c) => sum + pick(c), 0);
  const fullYear = total((c) => c.premium ?? 0);
  const planShare = yearShare(maxDate(plan.effectiveDate, yearStart(year)), yearEnd(year));
  return {
    plan,
    conversions,
    missing: Math.max(0, plan.posts - chosen.length),
    fullYear,
    thisYear: total((c) => c.thisYear),
    remaining: total((c) => c.remaining),
    measuredPremium: priced.length === 0 ? null : prorate(fullYear, 1, priced.length),
    impliedPremium: plan.target === null ? null : impliedPremium(plan.target, plan.posts, planShare),
  };
}
