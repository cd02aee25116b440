/**
 * The placement types the forecast and the unit-cost trends group placements by: the DfE's groups,
 * with foster care split by who provides it. One table maps SSDA903 PLACE + PLACE_PROVIDER to a type.
 */
import type { PlaceCode, Placement, ProviderCode } from "./placement.js";

/** Each placement type, with the words a report uses for it. */
export const PLACEMENT_TYPES = {
  "foster-in-house": "Foster care (in-house)",
  "foster-ifa": "Foster care (IFA)",
  kinship: "Kinship foster care",
  "childrens-homes": "Children's homes and secure",
  supported: "Supported accommodation",
  "other-residential": "Other residential and schools",
  "with-parents": "Placed with parents",
  adoption: "Placed for adoption",
  other: "Other placements",
} as const;

export type PlacementType = keyof typeof PLACEMENT_TYPES;

export const PLACEMENT_TYPE_NAMES = Object.keys(PLACEMENT_TYPES) as PlacementType[];

const BY_PLACE_CODE: Record<PlaceCode, PlacementType> = {
  A3: "adoption",
  A4: "adoption",
  A5: "adoption",
  A6: "adoption",
  U1: "kinship",
  U2: "kinship",
  U3: "kinship",
  U4: "foster-ifa",
  U5: "foster-ifa",
  U6: "foster-ifa",
  K1: "childrens-homes",
  K2: "childrens-homes",
  K3: "supported",
  H5: "supported",
  P2: "supported",
  P1: "with-parents",
  P3: "other-residential",
  R1: "other-residential",
  R2: "other-residential",
  R3: "other-residential",
  R5: "other-residential",
  S1: "other-residential",
  T0: "other",
  T1: "other",
  T2: "other",
  T3: "other",
  T4: "other",
  Z1: "other",
  Z11: "other",
  Z12: "other",
  Z13: "other",
  Z14: "other",
};

/** A placement's type: its PLACE code's group, with foster care (U4-U6) by the council's own carers (PR1) in-house. */
export function placementType(p: { placeCode: PlaceCode; providerCode: ProviderCode | null }): PlacementType {
  const type = BY_PLACE_CODE[p.placeCode];
  return type === "foster-ifa" && p.providerCode === "PR1" ? "foster-in-house" : type;
}

/** The cost centre most placements of each type use (ties go to the first in code order). */
export function typeCostCentres(
  placements: readonly Pick<Placement, "placeCode" | "providerCode" | "costCentre">[],
): Map<PlacementType, string> {
  const counts = new Map<PlacementType, Map<string, number>>();
  for (const p of placements) {
    const type = placementType(p);
    const byCentre = counts.get(type) ?? new Map<string, number>();
    byCentre.set(p.costCentre, (byCentre.get(p.costCentre) ?? 0) + 1);
    counts.set(type, byCentre);
  }
  const centres = new Map<PlacementType, string>();
  for (const [type, byCentre] of counts) {
    const [first] = [...byCentre].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    if (first) centres.set(type, first[0]);
  }
  return centres;
}

/** The placement types a council means by "residential": children's homes and other residential settings. */
export const RESIDENTIAL_TYPES: readonly PlacementType[] = ["childrens-homes", "other-residential"];
