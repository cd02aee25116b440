/**
 * Who reads an output. A member (or the public) sees counts of people from 1 to the council's
 * threshold suppressed, anything made from them hidden too, and no child-level row; an officer with
 * the right role sees the figures as the engine made them. Every output that shows counts of
 * people takes an audience, so none can forget to choose.
 */
import { type Assumption, assumptionValue } from "../assumptions.js";
import {
  DEFAULT_SUPPRESSION,
  type Shown,
  type SuppressionPolicy,
  suppressCount,
  suppressDerived,
} from "./suppress.js";

export type Reader = "member" | "officer";
export type Audience = { reader: "member"; policy: SuppressionPolicy } | { reader: "officer" };

export const OFFICER: Audience = { reader: "officer" };

/** The council's policy: counts from 1 to its "small-number-threshold" assumption are suppressed. */
export function suppressionPolicy(assumptions: readonly Assumption[]): SuppressionPolicy {
  return { ...DEFAULT_SUPPRESSION, max: assumptionValue(assumptions, "small-number-threshold") };
}

/** The audience a reader is, with the council's policy for a member. */
export function audienceFor(reader: Reader, assumptions: readonly Assumption[]): Audience {
  return reader === "member" ? { reader, policy: suppressionPolicy(assumptions) } : OFFICER;
}

/** The policy to apply, or null for an officer. */
export const policyOf = (audience: Audience): SuppressionPolicy | null =>
  audience.reader === "member" ? audience.policy : null;

/** A count of people as this audience sees it. */
export function showCount(audience: Audience, count: number | null): Shown | null {
  const policy = policyOf(audience);
  return policy ? suppressCount(count, policy) : count;
}

/** A figure made from counts of people (a share, an average, a cost), hidden with any of them. */
export function showDerived(audience: Audience, value: number | null, from: readonly (Shown | null)[]) {
  const policy = policyOf(audience);
  return policy ? suppressDerived(value, from, policy) : value;
}

/**
 * "3 placements" in words for this audience: "fewer than 5 placements" where the count is hidden.
 * `one` and `many` are the noun's singular and plural.
 */
export function countInWords(audience: Audience, count: number, one: string, many: string): string {
  const policy = policyOf(audience);
  if (policy && typeof suppressCount(count, policy) === "string")
    return `fewer than ${policy.max + 1} ${many}`;
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
