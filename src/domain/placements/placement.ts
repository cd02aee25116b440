import type { IsoDate } from "../calendar/dates.js";
import type { Pence } from "../money/money.js";

/** SSDA903 PLACE codes (placement type). */
export const PLACE_CODES = [
  "A3",
  "A4",
  "A5",
  "A6",
  "U1",
  "U2",
  "U3",
  "U4",
  "U5",
  "U6",
  "K1",
  "K2",
  "K3",
  "H5",
  "P1",
  "P2",
  "P3",
  "R1",
  "R2",
  "R3",
  "R5",
  "S1",
  "T0",
  "T1",
  "T2",
  "T3",
  "T4",
  "Z1",
  "Z11",
  "Z12",
  "Z13",
  "Z14",
] as const;
export type PlaceCode = (typeof PLACE_CODES)[number];

/** SSDA903 PLACE_PROVIDER codes: PR0 parents, PR1 own LA, PR2 other LA, PR3 other public, PR4 private, PR5 voluntary. */
export const PROVIDER_CODES = ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"] as const;
export type ProviderCode = (typeof PROVIDER_CODES)[number];

/** One child's placement with its cost, keyed by placement reference. */
export interface Placement {
  placementRef: string;
  /** Pseudonymised: never a name or a real identifier. Matches the SSDA903 CHILD field. */
  childRef: string;
  placeCode: PlaceCode;
  /** Absent only for temporary (T*) and other (Z*) placements, as in the 903. */
  providerCode: ProviderCode | null;
  provider: string;
  costCentre: string;
  start: IsoDate;
  plannedEnd: IsoDate | null;
  /** The day the placement ended; null while it runs. */
  end: IsoDate | null;
  weeklyCost: Pence;
  healthContribution: Pence;
  educationContribution: Pence;
  area: "in" | "out";
}

/** What the council itself pays each week, after health and education contributions. */
export function netWeeklyCost(
  p: Pick<Placement, "weeklyCost" | "healthContribution" | "educationContribution">,
): Pence {
  return p.weeklyCost - p.healthContribution - p.educationContribution;
}
