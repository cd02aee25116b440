/**
 * The agency premium: what an agency post costs a year over the permanent cost of the same role,
 * and the establishment's headcount and FTE by status on a day.
 */
import type { IsoDate } from "../calendar/dates.js";
import { type Pence, prorate, scale } from "../money/money.js";
import { POST_STATUSES, type Post, type PostStatus } from "./post.js";
import { postRate } from "./post-cost.js";

/** Whether a post is in the establishment on a day (between its start and end, both inclusive). */
export function inPost(post: Post, on: IsoDate): boolean {
  return post.start <= on && (post.end === null || post.end >= on);
}

/**
 * Each role's permanent cost a year for a full-time post: the mean annual cost (with on-costs) of
 * its permanent posts in post on the day, rounded once. A role with no permanent post has none.
 */
export function permanentMeans(posts: readonly Post[], on: IsoDate): Map<string, Pence> {
  const totals = new Map<string, { total: Pence; count: number }>();
  for (const post of posts) {
    if (post.status !== "permanent" || post.annualCost === null || !inPost(post, on)) continue;
    const role = totals.get(post.role) ?? { total: 0, count: 0 };
    role.total += post.annualCost;
    role.count += 1;
    totals.set(post.role, role);
  }
  return new Map([...totals].map(([role, t]) => [role, prorate(t.total, 1, t.count)]));
}

export interface AgencyPost {
  post: Post;
  /** Day rate × FTE × 228 billed days; null without a day rate. */
  agencyCost: Pence | null;
  /** The role's mean permanent annual cost × this post's FTE; null when the role has no permanent post. */
  permanentCost: Pence | null;
  /** agencyCost − permanentCost, a year; null when either is missing (see `problem`). */
  premium: Pence | null;
  problem: string | null;
}

/** One agency post's premium over the permanent cost of its role. */
export function agencyPost(post: Post, means: ReadonlyMap<string, Pence>): AgencyPost {
  const agencyCost = postRate(post);
  const mean = means.get(post.role);
  const permanentCost = mean === undefined ? null : scale(mean, post.fte);
  const problem =
    agencyCost === null
      ? "agency post has no day rate"
      : permanentCost === null
        ? `no permanent ${post.role} post to compare with`
        : null;
  const premium = agencyCost !== null && permanentCost !== null ? agencyCost - permanentCost : null;
  return { post, agencyCost, permanentCost, premium, problem };
}

/** Dearest premium first; posts without a premium last; then by post ref. */
export function byPremium(a: AgencyPost, b: AgencyPost): number {
  return (b.premium ?? -Infinity) - (a.premium ?? -Infinity) || a.post.postRef.localeCompare(b.post.postRef);
}

export interface StatusCount {
  status: PostStatus;
  headcount: number;
  fte: number;
}

export interface PremiumTotal {
  /** Agency posts with a premium (the average's divisor). */
  posts: number;
  agencyCost: Pence;
  permanentCost: Pence;
  premium: Pence;
  /** premium ÷ posts, rounded once; null with no posts. */
  average: Pence | null;
}

export interface AgencyPremiumReport {
  asAt: IsoDate;
  /** Every agency post in post on `asAt`, dearest premium first. */
  posts: AgencyPost[];
  byStatus: StatusCount[];
  /** By role, in order of total premium, dearest first. */
  byRole: (PremiumTotal & { role: string })[];
  total: PremiumTotal;
}

/** The agency posts in post on `asAt` with their premiums, totals by role, and the establishment by status. */
export function agencyPremiumReport(posts: readonly Post[], asAt: IsoDate): AgencyPremiumReport {
  const current = posts.filter((post) => inPost(post, asAt));
  const means = permanentMeans(current, asAt);
  const agency = current
    .filter((post) => post.status === "agency")
    .map((post) => agencyPost(post, means))
    .sort(byPremium);
  const roles = [...new Set(agency.map((a) => a.post.role))].map((role) => ({
    role,
    ...premiumTotal(agency.filter((a) => a.post.role === role)),
  }));
  return {
    asAt,
    posts: agency,
    byStatus: POST_STATUSES.map((status) => statusCount(current, status)),
    byRole: roles.sort((a, b) => b.premium - a.premium || a.role.localeCompare(b.role)),
    total: premiumTotal(agency),
  };
}

function premiumTotal(agency: readonly AgencyPost[]): PremiumTotal {
  const priced = agency.filter((a) => a.premium !== null);
  const total = (pick: (a: AgencyPost) => Pence | null) => priced.reduce((sum, a) => sum + (pick(a) ?? 0), 0);
  const premium = total((a) => a.premium);
  return {
    posts: priced.length,
    agencyCost: total((a) => a.agencyCost),
    permanentCost: total((a) => a.permanentCost),
    premium,
    average: priced.length === 0 ? null : prorate(premium, 1, priced.length),
  };
}

/** FTE is added in hundredths so that 0.6 + 0.8 is 1.4, not 1.4000000000000001. */
function statusCount(posts: readonly Post[], status: PostStatus): StatusCount {
  const mine = posts.filter((post) => post.status === status);
  const hundredths = mine.reduce((sum, post) => sum + Math.round(post.fte * 100), 0);
  return { status, headcount: mine.length, fte: hundredths / 100 };
}
