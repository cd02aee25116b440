/**
 * Links each episode of a 903 history to the placements register, by child reference and dates, so
 * its weekly cost is known where the register has the placement. Of the child's placements that
 * overlap the episode, the one with the episode's PLACE code wins, then the longest overlap, then the
 * one starting nearest the episode's DECOM.
 */
import { type IsoDate, toDay } from "../calendar/dates.js";
import type { Pence } from "../money/money.js";
import type { Placement } from "../placements/placement.js";
import type { Episode, Ssda903History } from "./history.js";

export interface CostedEpisode {
  episode: Episode;
  /** The register's placement, or null when it has none for this child and these dates. */
  placementRef: string | null;
  weeklyCost: Pence | null;
}

const OPEN: IsoDate = "9999-12-31";

/** Days two spans share, each from its start up to (not including) its end; a one-day span counts its day. */
function sharedDays(a: [IsoDate, IsoDate], b: [IsoDate, IsoDate]): number {
  const end = (span: [IsoDate, IsoDate]) => (span[1] > span[0] ? toDay(span[1]) : toDay(span[0]) + 1);
  return Math.min(end(a), end(b)) - Math.max(toDay(a[0]), toDay(b[0]));
}

/** Whether score `a` is higher than `b`, comparing each part in turn. */
function beats(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i >= 0 && (a[i] ?? 0) > (b[i] ?? 0);
}

export function linkPlacements(history: Ssda903History, placements: readonly Placement[]): CostedEpisode[] {
  const byChild = new Map<string, Placement[]>();
  for (const p of placements) byChild.set(p.childRef, [...(byChild.get(p.childRef) ?? []), p]);
  return history.children.flatMap((child) =>
    child.episodes.map((episode) => {
      const span: [IsoDate, IsoDate] = [episode.decom, episode.dec ?? OPEN];
      let best: { p: Placement; score: [number, number, number] } | null = null;
      for (const p of byChild.get(child.child) ?? []) {
        const days = sharedDays(span, [p.start, p.end ?? OPEN]);
        if (days <= 0) continue;
        const score: [number, number, number] = [
          p.placeCode === episode.place ? 1 : 0,
          days,
          -Math.abs(toDay(p.start) - toDay(episode.decom)),
        ];
        if (!best || beats(score, best.score)) best = { p, score };
      }
      return { episode, placementRef: best?.p.placementRef ?? null, weeklyCost: best?.p.weeklyCost ?? null };
    }),
  );
}
