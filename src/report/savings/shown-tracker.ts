/**
 * The savings tracker as an audience sees it: for a member, a driver that counts children shows no
 * figure, share or sentence wherever any of its baseline, target, plan or actual is a small count,
 * only its status; the marker stands in for each figure.
 */
import type { Audience } from "../../domain/disclosure/audience.js";
import { isSmallCount } from "../../domain/disclosure/suppress.js";
import type { DriverEvidence, SavingsTracker } from "../../domain/savings/tracker.js";

export function trackerFor(tracker: SavingsTracker, audience: Audience): SavingsTracker {
  if (audience.reader === "officer") return tracker;
  const { policy } = audience;
  const shown = (e: DriverEvidence): DriverEvidence => {
    const small = [e.baseline, e.target, e.expected, e.actual].some((v) => isSmallCount(v, policy));
    if (!e.people || !small) return e;
    return {
      ...e,
      share: null,
      suppressed: policy.marker,
      sentence: `${e.label}: its figures are not shown, as at some point of the plan it counts fewer than ${policy.max + 1} children.`,
    };
  };
  return {
    ...tracker,
    savings: tracker.savings.map((s) => ({ ...s, evidence: s.evidence.map(shown) })),
  };
}
