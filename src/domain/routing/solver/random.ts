/**
 * The solver's draws from the seeded generator: the same seed, problem and iteration budget give the
 * same solution.
 */
import { SeededRandom } from "../../random.js";

export class Rng extends SeededRandom {
  constructor(seed: number) {
    super(Number.isFinite(seed) ? seed : 0);
  }

  /** An index drawn in proportion to the weights. */
  roulette(weights: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i] as number;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const t = items[i] as T;
      items[i] = items[j] as T;
      items[j] = t;
    }
    return items;
  }
}
