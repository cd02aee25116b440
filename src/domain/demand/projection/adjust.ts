/**
 * Changes to the rates, as the peer's scenarios make them (its combine_rates and normalize_rates):
 * a rate is multiplied where the multiplier is not 1, else has the addition added, never going
 * below 0. Entry rates are numbers of children a day and are left as they come out. A state whose
 * transition rates then sum to more than 1 is scaled back with the changed rates taking priority:
 * if they sum to less than 1 they keep their values and the unchanged ones share what is left in
 * proportion; otherwise the changed ones are scaled to sum to 1 and the unchanged ones become 0.
 * An adjustment to a transition or entry the rates do not hold is ignored, as the peer ignores it;
 * several adjustments to the same rate combine (multipliers multiply, additions add).
 */
import type { DemandRates, RateAdjustment, TransitionRate } from "../model.js";

interface Change {
  multiply: number;
  add: number;
}

const keyOf = (from: string | null, to: string): string => `${from ?? ""}\u0000${to}`;

function changesOf(adjustments: readonly RateAdjustment[]): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const a of adjustments) {
    const multiply = a.multiply ?? 1;
    const add = a.add ?? 0;
    if (!Number.isFinite(multiply) || !Number.isFinite(add))
      throw new RangeError(`an adjustment to ${a.from ?? "entries"} → ${a.to} is not a number`);
    const key = keyOf(a.from, a.to);
    const was = changes.get(key) ?? { multiply: 1, add: 0 };
    changes.set(key, { multiply: was.multiply * multiply, add: was.add + add });
  }
  return changes;
}

/** A rate after its change, and whether it was changed. */
function applied(rate: number, change: Change | undefined): [number, boolean] {
  if (!change) return [rate, false];
  const value = change.multiply !== 1 ? rate * change.multiply : rate + change.add;
  return [Math.max(0, value), change.multiply !== 1 || change.add !== 0];
}

/** One source state's rates scaled back to sum to 1 at most, the changed ones first. */
function normalise(rates: number[], changed: boolean[]): number[] {
  const total = rates.reduce((s, r) => s + r, 0);
  if (!(total > 1)) return rates;
  let [mine, others] = [0, 0];
  rates.forEach((r, i) => {
    if (changed[i]) mine += r;
    else others += r;
  });
  if (mine >= 1) return rates.map((r, i) => (changed[i] ? r / mine : 0));
  return rates.map((r, i) => (changed[i] ? r : (r * (1 - mine)) / others));
}

/** Applies adjustments to the rates as the peer does (multiply or add; a state's rates scaled back to sum to 1 at most, adjusted ones first). */
export function adjustRates(rates: DemandRates, adjustments: readonly RateAdjustment[]): DemandRates {
  if (adjustments.length === 0) return rates;
  const changes = changesOf(adjustments);
  const byFrom = new Map<string, number[]>();
  rates.transitions.forEach((t, i) => {
    const list = byFrom.get(t.from) ?? [];
    list.push(i);
    byFrom.set(t.from, list);
  });
  const transitions: TransitionRate[] = rates.transitions.map((t) => ({ ...t }));
  for (const indices of byFrom.values()) {
    const results = indices.map((i) => {
      const t = rates.transitions[i] as TransitionRate;
      return applied(t.rate, changes.get(keyOf(t.from, t.to)));
    });
    const scaled = normalise(
      results.map(([r]) => r),
      results.map(([, c]) => c),
    );
    indices.forEach((i, k) => {
      (transitions[i] as TransitionRate).rate = scaled[k] as number;
    });
  }
  const entries = rates.entries.map((e) => ({
    ...e,
    perDay: applied(e.perDay, changes.get(keyOf(null, e.to)))[0],
  }));
  return { states: rates.states, transitions, entries };
}
