/**
 * Pick-up points (policy "pick-up-points"): pupils who may walk (no wheelchair, assistant or travelling
 * alone) are grouped school by school (school-id, then pupil-ref order) around the pupil with the most
 * others within walking distance; the point is the group's centroid, and members who would walk too far
 * are dropped until it holds still. A group of one stays at home. A walk is the straight line ×
 * WALKING_CIRCUITY in whole metres. Members' homes move to their point (area: the seed's).
 */
import type { TransportNeed } from "../book.js";
import type { TransportBook } from "../book-check.js";

/** Footpaths ÷ the straight line: a walk is this much longer than the crow flies. */
export const WALKING_CIRCUITY = 1.3;

export interface PickUpPoint {
  /** "P1", "P2", … in the order made. */
  point: string;
  school: string;
  easting: number;
  northing: number;
  /** The pupils who walk to it, in pupil-ref order. */
  pupils: string[];
  /** The longest walk to it from a member's home, in whole metres. */
  longestWalk: number;
}

export interface PickUpPlan {
  /** The book with each member's home at their point. */
  book: TransportBook;
  points: PickUpPoint[];
  /** Each moved pupil's walk in whole metres. */
  walks: Map<string, number>;
}

interface Spot {
  easting: number;
  northing: number;
}

const homeOf = (n: TransportNeed): Spot => ({ easting: n.homeEasting, northing: n.homeNorthing });

/** The walk between two places in whole metres: the straight line × WALKING_CIRCUITY. */
export function walkMetres(a: Spot, b: Spot): number {
  return Math.round(Math.hypot(a.easting - b.easting, a.northing - b.northing) * WALKING_CIRCUITY);
}

const centroid = (members: readonly TransportNeed[]): Spot => ({
  easting: Math.round(members.reduce((s, n) => s + n.homeEasting, 0) / members.length),
  northing: Math.round(members.reduce((s, n) => s + n.homeNorthing, 0) / members.length),
});

const mayWalk = (n: TransportNeed) => !n.wheelchair && !n.assistant && !n.alone;

/** The group around a seed: its walkers' centroid, narrowed until every member can walk to it. */
function settle(candidates: readonly TransportNeed[], walkingMetres: number) {
  let members = candidates;
  let at = centroid(members);
  for (;;) {
    const near = members.filter((n) => walkMetres(homeOf(n), at) <= walkingMetres);
    if (near.length === members.length || near.length === 0) return { members: near, at };
    members = near;
    at = centroid(members);
  }
}

export function pickUpPoints(book: TransportBook, walkingMetres: number): PickUpPlan {
  if (!(Number.isFinite(walkingMetres) && walkingMetres >= 0))
    throw new Error(`The walking distance must be a number of metres, 0 or more; got ${walkingMetres}.`);
  const bySchool = new Map<string, TransportNeed[]>();
  for (const n of [...book.transportNeeds].sort((a, b) => a.pupilRef.localeCompare(b.pupilRef))) {
    if (mayWalk(n)) bySchool.set(n.school, [...(bySchool.get(n.school) ?? []), n]);
  }
  const points: PickUpPoint[] = [];
  const moved = new Map<string, { at: Spot; area: TransportNeed["homeArea"]; walk: number }>();
  for (const school of [...bySchool.keys()].sort()) {
    let open = bySchool.get(school) as TransportNeed[];
    while (open.length > 1) {
      const near = (seed: TransportNeed) =>
        open.filter((n) => n !== seed && walkMetres(homeOf(seed), homeOf(n)) <= walkingMetres);
      let seed = open[0] as TransportNeed;
      let best = near(seed);
      for (const n of open.slice(1)) {
        const around = near(n);
        if (around.length > best.length) [seed, best] = [n, around];
      }
      const group = settle([seed, ...best], walkingMetres);
      const members = group.members.length > 1 ? group.members : [];
      const done = new Set([seed, ...members]);
      open = open.filter((n) => !done.has(n));
      if (members.length === 0) continue;
      const area = (members.includes(seed) ? seed : (members[0] as TransportNeed)).homeArea;
      const walks = members.map((n) => walkMetres(homeOf(n), group.at));
      members.forEach((n, k) => {
        moved.set(n.pupilRef, { at: group.at, area, walk: walks[k] as number });
      });
      points.push({
        point: `P${points.length + 1}`,
        school,
        easting: group.at.easting,
        northing: group.at.northing,
        pupils: members.map((n) => n.pupilRef).sort((a, b) => a.localeCompare(b)),
        longestWalk: Math.max(...walks),
      });
    }
  }
  const transportNeeds = book.transportNeeds.map((n) => {
    const to = moved.get(n.pupilRef);
    return to ? { ...n, homeEasting: to.at.easting, homeNorthing: to.at.northing, homeArea: to.area } : n;
  });
  const walks = new Map([...moved].map(([pupil, m]) => [pupil, m.walk]));
  return { book: { ...book, transportNeeds }, points, walks };
}
