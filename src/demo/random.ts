import { type Pence, roundPence } from "../domain/money/money.js";
import { SeededRandom } from "../domain/random.js";

/** A drawn price in pounds, rounded to whole pounds as councils agree prices, in pence. */
export function wholePounds(pounds: number): Pence {
  return roundPence(pounds) * 100;
}

/** The demo council's draws from the seeded generator, the same every time from the same seed. */
export class Random extends SeededRandom {
  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new Error(`demo seed must be a finite number, got ${seed}`);
    super(seed);
  }

  /** An independent stream for one part of the council, so parts do not disturb each other. */
  fork(salt: number): Random {
    return new Random((Math.floor(this.next() * 4294967296) ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** A normal deviate (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal deviate with the given median, clamped to [min, max]. */
  logNormal(median: number, sigma: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, median * Math.exp(this.normal(0, sigma))));
  }

  /** Deals the values in a shuffled order, reshuffling each time the deck runs out. */
  deck<T>(values: readonly T[]): () => T {
    let hand: T[] = [];
    return () => {
      if (hand.length === 0) {
        hand = [...values];
        for (let i = hand.length - 1; i > 0; i--) {
          const j = this.int(0, i);
          [hand[i], hand[j]] = [hand[j] as T, hand[i] as T];
        }
      }
      const card = hand.pop();
      if (card === undefined) throw new Error("cannot deal from an empty deck");
      return card;
    };
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("cannot pick from an empty list");
    return item;
  }

  /** Picks a key in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("cannot pick from no weights");
    return last[0];
  }
}
