/**
 * Adaptive operator weights (Ropke & Pisinger 2006): operators are drawn in proportion to their
 * weights; over a segment of iterations each earns 33 for a new best, 9 for a better unseen
 * solution, 13 for an accepted worse unseen one; at the segment's end each weight moves a tenth of
 * the way to its average score.
 */
import type { Rng } from "./random.js";

export const SEGMENT = 100;
const REACTION = 0.1;
export const SCORE = { best: 33, better: 9, accepted: 13 } as const;

export class Adaptive {
  readonly weights: Float64Array;
  private readonly score: Float64Array;
  private readonly uses: Float64Array;

  constructor(size: number) {
    this.weights = new Float64Array(size).fill(1);
    this.score = new Float64Array(size);
    this.uses = new Float64Array(size);
  }

  draw(rng: Rng): number {
    const k = rng.roulette(this.weights);
    this.uses[k] = (this.uses[k] as number) + 1;
    return k;
  }

  reward(k: number, points: number): void {
    this.score[k] = (this.score[k] as number) + points;
  }

  endSegment(): void {
    for (let k = 0; k < this.weights.length; k++) {
      const used = this.uses[k] as number;
      if (used > 0) {
        const w =
          (this.weights[k] as number) * (1 - REACTION) + (REACTION * (this.score[k] as number)) / used;
        this.weights[k] = Math.max(w, 0.05);
      }
      this.score[k] = 0;
      this.uses[k] = 0;
    }
  }
}

/** A hash of a solution's routes (order of routes ignored), to tell whether it was seen before. */
export function fingerprint(routes: readonly { type: number; seq: readonly number[] }[]): number {
  let a = 0;
  let b = 0;
  for (const route of routes) {
    let h1 = 0x811c9dc5 ^ route.type;
    let h2 = 0x27d4eb2f ^ route.type;
    for (const v of route.seq) {
      h1 = Math.imul(h1 ^ v, 0x01000193);
      h2 = Math.imul(h2 ^ v, 0x9e3779b1) ^ (h2 >>> 13);
    }
    a = (a + (h1 >>> 0)) >>> 0;
    b = (b + (h2 >>> 0)) >>> 0;
  }
  return a * 2097152 + (b >>> 11);
}
