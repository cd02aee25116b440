/**
 * Moves between two placements of one category (a child moving foster carers, say): no move to the
 * model, whose states are categories, but a new placement to the placements register, which counts
 * the ending among its leavers and the new placement among its starters. So that the outturn's
 * starters from the model stand against the register's leavers, they are measured here over the
 * reference period, as a rate a child-day of each category, and projected on the model's stock.
 */
import { toDay } from "../../calendar/dates.js";
import type { Episode, Ssda903History } from "../../ssda903/history.js";
import { type DemandSettings, PLACEMENT_CATEGORIES } from "../model.js";
import { categoryOfPlace } from "../projection/states.js";

export interface Replacements {
  /** Moves within each category (PLACEMENT_CATEGORIES' order) that started in the reference period, both ends included. */
  moves: number[];
  /** Each category's child-days over the same days (the stock at the end of each day). */
  childDays: number[];
  /** moves ÷ childDays: the chance a child in the category moves to another of its placements on a day (0 without child-days). */
  rates: number[];
}

/** A new placement: any new episode but a change of legal status alone (RNE L). */
const isPlacementChange = (e: Episode) => e.rne.trim().toUpperCase() !== "L";

/** Moves within each category over the reference period, and their rate a child-day. */
export function replacementRates(
  history: Ssda903History,
  settings: Pick<DemandSettings, "referenceStart" | "referenceEnd">,
): Replacements {
  const [from, to] = [toDay(settings.referenceStart), toDay(settings.referenceEnd)];
  const moves = PLACEMENT_CATEGORIES.map(() => 0);
  const childDays = PLACEMENT_CATEGORIES.map(() => 0);
  for (const child of history.children) {
    const endingOn = new Map<string, Episode[]>();
    for (const e of child.episodes) {
      if (e.dec !== null) endingOn.set(e.dec, [...(endingOn.get(e.dec) ?? []), e]);
    }
    for (const e of child.episodes) {
      const category = categoryOfPlace(e.place);
      const first = Math.max(toDay(e.decom), from);
      const last = Math.min(e.dec === null ? to : toDay(e.dec) - 1, to);
      if (last >= first) childDays[category] = (childDays[category] ?? 0) + last - first + 1;
      const start = toDay(e.decom);
      if (start < from || start > to || !isPlacementChange(e) || e.dec === e.decom) continue;
      const before = endingOn.get(e.decom)?.filter((p) => p !== e && p.decom !== p.dec) ?? [];
      if (before.some((p) => categoryOfPlace(p.place) === category))
        moves[category] = (moves[category] ?? 0) + 1;
    }
  }
  return {
    moves,
    childDays,
    rates: moves.map((n, c) => ((childDays[c] ?? 0) === 0 ? 0 : n / (childDays[c] as number))),
  };
}
