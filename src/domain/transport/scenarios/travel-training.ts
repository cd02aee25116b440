/**
 * Independent travel training (policy "travel-training"): the pupils trained leave the routes. Only a
 * secondary-age pupil who is not a wheelchair user and needs no passenger assistant can be trained.
 * Named pupils are trained unless not in transport-needs or not eligible (each rejected with the reason);
 * with none named, the `trainCount` eligible pupils whose share of today's routes costs most (ties by
 * ref; pupils with no priced arrangement today are not picked), or all of them if fewer.
 */
import type { Pence } from "../../money/money.js";
import type { TransportNeed } from "../book.js";
import type { TransportBook } from "../book-check.js";
import type { TransportScenario } from "./model.js";

export interface TrainingChoice {
  /** The pupils trained, in pupil-ref order. */
  trained: string[];
  /** Named pupils who are not in the book or cannot be trained, each with the reason (counts go to warnings). */
  rejected: { pupil: string; reason: string }[];
}

/** Why a pupil cannot be trained, or null if they can. */
export function whyNotTrainable(need: TransportNeed | undefined): string | null {
  if (!need) return "not in transport-needs";
  if (need.wheelchair) return "is a wheelchair user";
  if (need.assistant) return "needs a passenger assistant";
  if (need.phase !== "secondary") return "is of primary age";
  return null;
}

const byRef = (a: string, b: string) => a.localeCompare(b);

export function trainedPupils(
  book: TransportBook,
  scenario: Pick<TransportScenario, "trained" | "trainCount">,
  currentDailyCost: ReadonlyMap<string, Pence>,
): TrainingChoice {
  const needs = new Map(book.transportNeeds.map((n) => [n.pupilRef, n]));
  if (scenario.trained.length > 0) {
    const trained: string[] = [];
    const rejected: TrainingChoice["rejected"] = [];
    for (const pupil of [...new Set(scenario.trained)].sort(byRef)) {
      const reason = whyNotTrainable(needs.get(pupil));
      if (reason === null) trained.push(pupil);
      else rejected.push({ pupil, reason });
    }
    return { trained, rejected };
  }
  const count = scenario.trainCount;
  if (count === null || !Number.isInteger(count) || count < 0)
    throw new Error(
      `Travel training needs the pupils trained named, or a train count of 0 or more; got ${count}.`,
    );
  const ranked = book.transportNeeds
    .filter((n) => whyNotTrainable(n) === null && currentDailyCost.has(n.pupilRef))
    .map((n) => ({ pupil: n.pupilRef, cost: currentDailyCost.get(n.pupilRef) as Pence }))
    .sort((a, b) => b.cost - a.cost || byRef(a.pupil, b.pupil));
  return {
    trained: ranked
      .slice(0, count)
      .map((r) => r.pupil)
      .sort(byRef),
    rejected: [],
  };
}
