/**
 * The children behind Demoshire's SSDA903: each simulated child's placements (in register order)
 * with the personal details the register never holds (sex, date of birth, ethnicity, UPN), and the
 * children who left care in 2020-21, before the register begins, so the 2021 return has leavers.
 */
import { addDays, fromDay, type IsoDate, toDay } from "../domain/calendar/dates.js";
import { chooseKind, stockAge } from "./children.js";
import { type PlacementKind, placementMarket } from "./market.js";
import { SIMULATION_START, type SimulatedPlacement } from "./placements.js";
import type { Random } from "./random.js";
import { homePostcode } from "./ssda903-places.js";

export interface CarePlacement {
  placementRef: string;
  kind: PlacementKind;
  placeCode: string;
  providerCode: string;
  provider: string;
  area: "in" | "out";
  start: IsoDate;
  /** The last day in the placement, as the register has it; null while it runs. */
  end: IsoDate | null;
}

export interface CareChild {
  child: string;
  dob: IsoDate;
  sex: "1" | "2";
  ethnic: string;
  /** The child's UPN once at school (the 903 gives UN1 before then, UN2 for UASC). */
  upn: string;
  uasc: boolean;
  cin: string;
  homePost: string;
  /** A young mother's child's date of birth. */
  mcDob: IsoDate | null;
  /** One period of care, placement after placement, without gaps. */
  placements: CarePlacement[];
}

/** Herefordshire-like: mostly White British, with the DfE's other codes in smaller shares. */
const ETHNICITY = {
  WBRI: 79,
  WOTH: 4,
  WIRI: 0.5,
  WIRT: 1,
  WROM: 1,
  MWBC: 3,
  MWBA: 1,
  MWAS: 1,
  MOTH: 2,
  AIND: 0.5,
  APKN: 0.5,
  ABAN: 0.3,
  AOTH: 0.7,
  BCRB: 0.5,
  BAFR: 1,
  BOTH: 0.5,
  CHNE: 0.2,
  OOTH: 1.5,
  REFU: 0.8,
  NOBT: 1,
};
const UASC_ETHNICITY = { AOTH: 40, BAFR: 25, BOTH: 10, OOTH: 15, WOTH: 10 };
const CIN = { N1: 64, N2: 3, N3: 3, N4: 8, N5: 14, N6: 2, N7: 0.3, N8: 5 };
/** LA codes at the start of a UPN (where the child was first at school). */
const UPN_LAS = { "884": 70, "885": 10, "893": 8, "860": 6, "916": 6 };
const CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

/** A format-valid UPN: check letter, LA, establishment, year of issue and serial. */
export function makeUpn(rng: Random, issuedYear: number): string {
  const digits = `${rng.weighted(UPN_LAS)}${rng.int(2000, 4999)}${String(issuedYear % 100).padStart(2, "0")}${String(rng.int(0, 999)).padStart(3, "0")}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (i + 2);
  return `${CHECK_LETTERS[sum % 23]}${digits}`;
}

/** The same calendar day `years` later (29 February → 28 February), as the DfE's validator counts ages. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === "02-29" && !leap ? "02-28" : md}`;
}

function identity(
  rng: Random,
  child: string,
  dob: IsoDate,
  entryAge: number,
  uasc: boolean,
  placements: CarePlacement[],
): CareChild {
  const sex = uasc ? (rng.chance(0.92) ? "1" : "2") : rng.chance(0.56) ? "1" : "2";
  const first = placements[0]?.start ?? dob;
  const last = placements[placements.length - 1]?.end ?? "9999-12-31";
  const motherFrom = addYears(dob, 15);
  const young = sex === "2" && entryAge >= 13 && rng.chance(0.06);
  const mcDay = toDay(motherFrom > first ? motherFrom : first) + rng.int(30, 500);
  return {
    child,
    dob,
    sex,
    ethnic: rng.weighted(uasc ? UASC_ETHNICITY : ETHNICITY),
    upn: makeUpn(rng, Number(dob.slice(0, 4)) + 4),
    uasc,
    cin: uasc ? "N8" : rng.weighted(CIN),
    homePost: uasc ? "" : homePostcode(rng),
    mcDob: young && fromDay(mcDay) < last ? fromDay(mcDay) : null,
    placements,
  };
}

const ageAt = (dob: IsoDate, date: IsoDate) => Math.floor((toDay(date) - toDay(dob)) / 365.25);

type Market = ReturnType<typeof placementMarket>;

function offered(market: Market, kind: PlacementKind, ref: string, start: number, end: number, born: number) {
  const age = Math.floor((start - born) / 365.25);
  const offer = market(kind, { afterClosure: false, age });
  return {
    placementRef: ref,
    kind,
    placeCode: offer.placeCode,
    providerCode: offer.providerCode ?? "",
    provider: offer.provider,
    area: offer.area,
    start: fromDay(start),
    end: fromDay(end),
  };
}

/**
 * The placements a child in care on 1 April 2021 had before the register's first row for them (it
 * holds placements running from then): none for about half, else one or two, so 2020-21 has moves.
 */
function earlierPlacements(first: CarePlacement, born: number, market: Market, rng: Random): CarePlacement[] {
  if (first.start >= SIMULATION_START) return [];
  const out: CarePlacement[] = [];
  let next = toDay(first.start);
  for (let k = rng.weighted({ 0: 45, 1: 35, 2: 20 }) as unknown as number; k > 0; k--) {
    const start = next - rng.int(40, 420);
    if (start <= born + 1) break;
    const drawn = chooseKind(Math.floor((start - born) / 365.25), rng);
    const kind = drawn === "adoption" || drawn === "withParents" ? "inHouseFoster" : drawn;
    out.unshift(offered(market, kind, `${first.placementRef}-E${k}`, start, next - 1, born));
    next = start;
  }
  return out;
}

/** Each simulated child, in reference order, from the register's placements (and any before it began). */
export function simulatedChildren(
  placements: readonly SimulatedPlacement[],
  council: string,
  rng: Random,
): CareChild[] {
  const market = placementMarket(council, rng.fork(1));
  const byChild = new Map<string, SimulatedPlacement[]>();
  for (const sim of placements) {
    const list = byChild.get(sim.placement.childRef) ?? [];
    list.push(sim);
    byChild.set(sim.placement.childRef, list);
  }
  return [...byChild.keys()].sort().map((ref) => {
    const sims = (byChild.get(ref) ?? []).sort((a, b) => (a.placement.start < b.placement.start ? -1 : 1));
    const first = sims[0] as SimulatedPlacement;
    // One day after the simulation's birth day, so DECOM is never before DOB and an 18th birthday never before leaving.
    const dob = addDays(first.childBorn, 1);
    const registered: CarePlacement[] = sims.map(({ placement: p, kind }) => ({
      placementRef: p.placementRef,
      kind,
      placeCode: p.placeCode,
      providerCode: p.providerCode ?? "",
      provider: p.provider,
      area: p.area,
      start: p.start,
      end: p.end,
    }));
    const care = [
      ...earlierPlacements(registered[0] as CarePlacement, toDay(first.childBorn), market, rng),
      ...registered,
    ];
    const start = care[0]?.start ?? dob;
    const uasc = start >= SIMULATION_START && ageAt(dob, start) >= 15 && rng.chance(0.1);
    return identity(rng, ref, dob, ageAt(dob, start), uasc, care);
  });
}

/** Children who left care between 1 April 2020 and 31 March 2021 (Herefordshire: 124), before the register. */
export function earlierLeavers(count: number, council: string, rng: Random): CareChild[] {
  const market = placementMarket(council, rng);
  const out: CareChild[] = [];
  for (let i = 1; i <= count; i++) {
    const leftOn = toDay("2020-04-01") + rng.int(0, 364);
    const agedOut = rng.chance(0.3);
    const age = agedOut ? 18 : Math.min(17, stockAge(rng) + 1);
    // A young person leaving at 18 leaves on their 18th birthday.
    const dob = agedOut ? addYears(fromDay(leftOn), -18) : fromDay(leftOn - age * 365 - rng.int(30, 330));
    const born = toDay(dob);
    const stay = rng.chance(0.3) ? rng.int(20, 360) : rng.int(365, 5 * 365);
    const from = Math.max(born + 1, leftOn - stay);
    const moves = rng.int(0, Math.min(2, Math.floor((leftOn - from) / 120)));
    const cuts = Array.from({ length: moves }, () => rng.int(from + 30, leftOn - 30)).sort((a, b) => a - b);
    const starts = [from, ...cuts].filter((d, k, all) => k === 0 || d > (all[k - 1] ?? 0));
    const care = starts.map((start, k) => {
      const kind = chooseKind(Math.floor((start - born) / 365.25), rng);
      const ref = `PRE${String(i).padStart(5, "0")}-${k + 1}`;
      return offered(market, kind, ref, start, (starts[k + 1] ?? leftOn) - 1, born);
    });
    out.push(identity(rng, `C9${String(i).padStart(5, "0")}`, dob, ageAt(dob, fromDay(from)), false, care));
  }
  return out;
}
