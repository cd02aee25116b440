/**
 * Who comes into Demoshire's care, when they leave, and what kind of placement suits their age.
 * Flows follow Herefordshire's published DfE figures (the council of seed 002) scaled by `scale`.
 */
import type { FinancialYear } from "../domain/calendar/financial.js";
import type { PlacementKind } from "./market.js";
import type { Random } from "./random.js";

/** Children looked after on 31 March 2021 (Herefordshire, DfE). */
export const OPENING_STOCK = 312;

/**
 * Starters and leavers a year. 2021-22 and 2022-23 are Herefordshire's DfE figures (years to 31
 * March 2022 and 2023). For 2023-24 and 2024-25 Demoshire follows the seed's "stable since March
 * 2023 at around 410-415 children" rather than the DfE 387 at March 2024.
 */
export const FLOWS: Record<FinancialYear, { starters: number; ceased: number }> = {
  "2021-22": { starters: 161, ceased: 95 },
  "2022-23": { starters: 137, ceased: 103 },
  "2023-24": { starters: 118, ceased: 114 },
  "2024-25": { starters: 112, ceased: 100 },
};

export function flows(year: FinancialYear): { starters: number; ceased: number } {
  const flow = FLOWS[year];
  if (!flow) throw new Error(`demo flows cover 2021-22 to 2024-25, not ${year}`);
  return flow;
}

type AgeBand = "under5" | "5to9" | "10to15" | "16plus";

function ageBand(age: number): AgeBand {
  if (age < 5) return "under5";
  if (age < 10) return "5to9";
  return age < 16 ? "10to15" : "16plus";
}

/** Age in whole years on entry to care (England's starters are younger than its stock). */
export function entryAge(rng: Random): number {
  const band = rng.weighted({ baby: 16, toddler: 13, child: 15, teen: 36, older: 20 });
  if (band === "baby") return 0;
  if (band === "toddler") return rng.int(1, 4);
  if (band === "child") return rng.int(5, 9);
  return band === "teen" ? rng.int(10, 15) : rng.int(16, 17);
}

/** Age of a child already in care on 1 April 2021 (England's stock by age). */
export function stockAge(rng: Random): number {
  const band = rng.weighted({ baby: 4, toddler: 14, child: 18, teen: 39, older: 25 });
  if (band === "baby") return 0;
  if (band === "toddler") return rng.int(1, 4);
  if (band === "child") return rng.int(5, 9);
  return band === "teen" ? rng.int(10, 15) : rng.int(16, 17);
}

/** Placement kinds by age: about 67% foster, 10% children's homes, 7% supported (16+), 6% parents. */
const KIND_BY_AGE: Record<AgeBand, Partial<Record<PlacementKind, number>>> = {
  under5: { kinship: 17, inHouseFoster: 28, ifa: 28, withParents: 8, adoption: 5, familyCentre: 2 },
  "5to9": {
    kinship: 15,
    inHouseFoster: 30,
    ifa: 30,
    withParents: 6,
    childrensHome: 7,
    adoption: 1,
    residentialSchool: 2,
    residentialCare: 2,
  },
  "10to15": {
    kinship: 10,
    inHouseFoster: 22,
    ifa: 24,
    childrensHome: 22,
    withParents: 6,
    residentialCare: 5,
    residentialSchool: 3,
    secure: 0.7,
    health: 0.8,
  },
  "16plus": {
    kinship: 6,
    inHouseFoster: 12,
    ifa: 16,
    supported: 45,
    childrensHome: 12,
    withParents: 3,
    residentialCare: 4,
    residentialSchool: 1,
    health: 1,
    secure: 0.5,
  },
};

export function chooseKind(age: number, rng: Random): PlacementKind {
  return rng.weighted(KIND_BY_AGE[ageBand(age)]);
}

/** Step-down from a children's home to a family: in-house foster care when a carer is free, else IFA. */
export function stepDownKind(rng: Random): PlacementKind {
  return rng.weighted<PlacementKind>({ inHouseFoster: 45, ifa: 45, kinship: 10 });
}

/** How likely each child is to be the next to leave care: older children leave far more often. */
export function leavingWeight(age: number): number {
  if (age >= 17) return 2.5;
  if (age >= 16) return 1.2;
  return age < 1 ? 1.5 : 1;
}
