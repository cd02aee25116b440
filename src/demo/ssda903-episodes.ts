/**
 * One SSDA903 episode per placement: DECOM is the placement's start and DEC the day after its last
 * day (the next episode's DECOM, as the 903 records a move), with the reason for the new episode,
 * legal status, category of need, the reason the episode ended and, where the child moved, why.
 */
import { addDays, type IsoDate, toDay } from "../domain/calendar/dates.js";
import type { Episode } from "../domain/ssda903/history.js";
import { CLOSING_PROVIDER, type PlacementKind, PROVIDER_CLOSURE_DATE } from "./market.js";
import type { Random } from "./random.js";
import { addYears, type CareChild, type CarePlacement } from "./ssda903-children.js";
import { ofstedUrn, placementPostcode, settingOf } from "./ssda903-places.js";

/** An episode as the demo codes it; the distance is left to whoever derives it from the postcodes. */
export type CodedEpisode = Omit<Episode, "plDistance">;

const FOSTER: readonly PlacementKind[] = ["kinship", "inHouseFoster", "ifa"];
/** Herefordshire's 2023-24 mix, less the moves coded apart (care plans, closures, recoding). */
const MOVE_REASONS = {
  CARPL: 22,
  CREQB: 19,
  CREQO: 11,
  CHILD: 6,
  LAREQ: 3,
  STAND: 1,
  ALLEG: 1,
  APPRR: 1,
  OTHER: 19,
};

function reasonForMove(prev: CarePlacement, next: CarePlacement, age: number, rng: Random): string {
  if (isRecode(prev, next)) return "PLACE";
  if (prev.provider === CLOSING_PROVIDER && next.start === PROVIDER_CLOSURE_DATE) return "CLOSE";
  if (next.kind === "adoption") return "CARPL";
  if (prev.kind === "childrensHome" && FOSTER.includes(next.kind)) return "CARPL";
  if (next.kind === "supported" && age >= 16) return rng.chance(0.8) ? "CARPL" : "CHILD";
  return rng.weighted(MOVE_REASONS);
}

/** Supported accommodation recoded from H5/P2 to K3 on 1 April 2024: same provider, same home. */
function isRecode(prev: CarePlacement, next: CarePlacement): boolean {
  return (
    ["H5", "P2"].includes(prev.placeCode) &&
    next.placeCode === "K3" &&
    next.start === "2024-04-01" &&
    prev.provider === next.provider
  );
}

/** Why care ended, by the last placement and the young person's age. */
function leavingCode(last: CarePlacement, age: number, agedOut: boolean, rng: Random): string {
  const code = last.placeCode;
  if (agedOut) {
    if (["H5", "P2", "K3"].includes(code)) return rng.weighted({ E5: 80, E6: 20 });
    if (FOSTER.includes(last.kind)) return rng.weighted({ E17: 55, E5: 35, E6: 10 });
    if (["R1", "R2", "S1"].includes(code)) return rng.weighted({ E7: 80, E5: 20 });
    if (code === "P1") return "E8";
    return rng.weighted({ E5: 70, E6: 20, E8: 10 });
  }
  if (last.kind === "adoption") return rng.weighted({ E11: 75, E12: 25 });
  if (last.kind === "kinship") return rng.weighted({ E45: 45, E47: 15, E41: 25, E4A: 15 });
  if (code === "P1") return rng.weighted({ E4A: 85, E41: 10, E8: 5 });
  if (FOSTER.includes(last.kind))
    return age < 16
      ? rng.weighted({ E4A: 55, E4B: 15, E46: 8, E13: 7, E41: 5, E8: 10 })
      : rng.weighted({ E4A: 35, E4B: 15, E5: 20, E8: 15, E13: 10, E9: 5 });
  if (["H5", "P2", "K3"].includes(code)) return rng.weighted({ E5: 60, E4B: 15, E8: 15, E9: 10 });
  return age < 16
    ? rng.weighted({ E4A: 40, E4B: 25, E8: 20, E9: 5, E13: 10 })
    : rng.weighted({ E5: 30, E4B: 25, E4A: 20, E8: 15, E9: 10 });
}

/** A child's usual legal status: s20 (V2) likelier the older they come into care; else a care order. */
function baseStatus(child: CareChild, entryAge: number, rng: Random): "V2" | "C2" {
  if (child.uasc) return "V2";
  const v2 = entryAge >= 16 ? 0.6 : entryAge >= 10 ? 0.3 : 0.1;
  return rng.chance(v2) ? "V2" : "C2";
}

function legalStatus(p: CarePlacement, base: "V2" | "C2", careStart: IsoDate, dec: IsoDate | null): string {
  if (p.placeCode === "A5" || p.placeCode === "A6") return "E1";
  // Placed with parents only under a care order; s20 with parents is not looked after.
  const order = p.placeCode === "P1" || base === "C2";
  if (!order) return "V2";
  // An interim order while proceedings run (about 26 weeks), a full order after.
  const early = toDay(p.start) - toDay(careStart) < 120;
  const short = dec !== null && toDay(dec) - toDay(careStart) <= 240;
  return early && short ? "C1" : "C2";
}

/**
 * With parents: the home (after a first spell with parents, the other parent's home); recoded to K3:
 * the same address; else a placement address.
 */
function placePost(
  p: CarePlacement,
  prev: CarePlacement | undefined,
  home: string,
  same: string | undefined,
  rng: Random,
): string {
  if (same !== undefined) return same;
  if (p.placeCode === "P1" && home && prev?.placeCode !== "P1") return home;
  return placementPostcode(p.kind, p.area, home, rng);
}

export function codeEpisodes(child: CareChild, rng: Random): CodedEpisode[] {
  const { placements, dob } = child;
  const careStart = placements[0]?.start ?? dob;
  const ageAt = (date: IsoDate) => Math.floor((toDay(date) - toDay(dob)) / 365.25);
  const base = baseStatus(child, ageAt(careStart), rng);
  const out: CodedEpisode[] = [];
  placements.forEach((p, k) => {
    const dec = p.end === null ? null : addDays(p.end, 1);
    const next = placements[k + 1];
    const prev = placements[k - 1];
    const ls = legalStatus(p, base, careStart, dec);
    const previous = out[k - 1];
    const sameCarer = prev !== undefined && isRecode(prev, p);
    const lsChanged = previous !== undefined && previous.ls !== ls;
    const rne = k === 0 ? "S" : lsChanged ? (sameCarer ? "U" : "B") : sameCarer ? "T" : "P";
    const agedOut = dec !== null && dec >= addDays(addYears(dob, 18), -1);
    const rec = dec === null ? "" : next ? "X1" : leavingCode(p, ageAt(p.end ?? dec), agedOut && !next, rng);
    out.push({
      child: child.child,
      decom: p.start,
      dec,
      rne,
      ls,
      cin: child.cin,
      place: p.placeCode,
      placeProvider: p.providerCode,
      rec,
      reasonPlaceChange: next ? reasonForMove(p, next, ageAt(next.start), rng) : "",
      homePost: child.homePost,
      plPost: placePost(p, prev, child.homePost, sameCarer ? previous?.plPost : undefined, rng),
      urn: ofstedUrn(p.placeCode, p.provider, settingOf(p.placementRef)),
    });
  });
  return out;
}
