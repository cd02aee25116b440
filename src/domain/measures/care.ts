/**
 * A child's care as the measures count it, from the cleaned SSDA903 episodes.
 *
 * - Short breaks (legal status V3, V4) are left out, as the DfE leaves them out of its figures. A
 *   period of care that began the day a short break ended (short breaks that became continuous
 *   care) is marked, as the DfE leaves such children out of long-term stability.
 * - A period of care is a run of episodes each starting the day the one before ended.
 * - A placement starts with a period of care's first episode and with every episode whose reason
 *   for new episode changes the placement (P, B, T, U; S at a new period of care). An episode for a
 *   change of legal status only (L) continues the placement. A temporary placement (PLACE T0–T4) is
 *   not counted as a placement, and a return from it to the placement before it (same PLACE,
 *   PLACE_PROVIDER, postcode and URN) is not a new one.
 * - A placement is in force on the days from its start to the day before its end: the day an
 *   episode ends the child is in the next one, or no longer looked after.
 */
import type { IsoDate } from "../calendar/dates.js";
import type { ChildHistory, Episode } from "../ssda903/history.js";

const SHORT_BREAKS = new Set(["V3", "V4"]);
const TEMPORARY = /^T[0-4]$/i;
const PLACEMENT_CHANGES = new Set(["S", "P", "B", "T", "U"]);
const SAME_CARER = new Set(["T", "U"]);

export interface CarePeriod {
  start: IsoDate;
  /** null while it continues. */
  end: IsoDate | null;
  /** It began the day a short break (V3, V4) ended: short breaks that became continuous care. */
  afterShortBreaks: boolean;
}

export interface Placement903 {
  start: IsoDate;
  end: IsoDate | null;
  /** The PLACE and PLACE_PROVIDER of its latest episode. */
  place: string;
  placeProvider: string;
  /** Miles from home where the first episode records it. */
  distance: number | null;
  /** It began with a change of placement with the same carer (T, U), straight after the one before. */
  sameCarer: boolean;
}

/** Looked after on the day: started on or before it, not ended by it. */
export const inForceOn = (span: { start: IsoDate; end: IsoDate | null }, day: IsoDate) =>
  span.start <= day && (span.end === null || span.end > day);

/** In force on any day from `from` to `to`. */
export const inForceDuring = (span: { start: IsoDate; end: IsoDate | null }, from: IsoDate, to: IsoDate) =>
  span.start <= to && (span.end === null || span.end > from);

const isShortBreak = (e: Episode) => SHORT_BREAKS.has(e.ls.toUpperCase());
const counted = (child: ChildHistory) => child.placementEpisodes ?? child.episodes;

/** The child's episodes the measures count, in DECOM order: unfolded where the history keeps them; short breaks left out. */
export function careEpisodes(child: ChildHistory): Episode[] {
  return counted(child)
    .filter((e) => !isShortBreak(e))
    .sort((a, b) => a.decom.localeCompare(b.decom));
}

/** The child's periods of care, oldest first; `shortBreakEnds`: the days the child's short breaks ended. */
export function carePeriods(
  episodes: readonly Episode[],
  shortBreakEnds: ReadonlySet<IsoDate> = new Set(),
): CarePeriod[] {
  const periods: CarePeriod[] = [];
  for (const e of episodes) {
    const last = periods.at(-1);
    if (last && last.end !== null && last.end === e.decom) last.end = e.dec;
    else periods.push({ start: e.decom, end: e.dec, afterShortBreaks: shortBreakEnds.has(e.decom) });
  }
  return periods;
}

const samePlace = (a: Episode, b: Episode) =>
  a.place === b.place && a.placeProvider === b.placeProvider && a.plPost === b.plPost && a.urn === b.urn;

/** The child's placements, oldest first, by the rules above. */
export function placementsOf(episodes: readonly Episode[]): Placement903[] {
  const placements: Placement903[] = [];
  let previous: Episode | null = null;
  // The last episode that was not temporary, for a return after a temporary placement.
  let settled: Episode | null = null;
  for (const e of episodes) {
    const current = placements.at(-1);
    // The placement held up to this episode's start (through any temporary placement since).
    const held = current && current.end !== null && current.end === e.decom ? current : null;
    if (TEMPORARY.test(e.place)) {
      if (held) held.end = e.dec;
    } else {
      const returning =
        previous !== null && TEMPORARY.test(previous.place) && settled !== null && samePlace(settled, e);
      const changes = PLACEMENT_CHANGES.has(e.rne.toUpperCase());
      if (held && (returning || !changes)) {
        Object.assign(held, { end: e.dec, place: e.place, placeProvider: e.placeProvider });
      } else {
        placements.push({
          start: e.decom,
          end: e.dec,
          place: e.place,
          placeProvider: e.placeProvider,
          distance: e.plDistance ?? null,
          sameCarer: held !== null && SAME_CARER.has(e.rne.toUpperCase()),
        });
      }
      settled = e;
    }
    previous = e;
  }
  return placements;
}

/** Each child's care, worked out once for all the measures and points. */
export interface ChildCare {
  child: ChildHistory;
  periods: CarePeriod[];
  placements: Placement903[];
}

export function childCare(children: readonly ChildHistory[]): ChildCare[] {
  return children.map((child) => {
    const episodes = careEpisodes(child);
    const breaks = new Set(counted(child).flatMap((e) => (isShortBreak(e) && e.dec !== null ? [e.dec] : [])));
    return { child, periods: carePeriods(episodes, breaks), placements: placementsOf(episodes) };
  });
}
