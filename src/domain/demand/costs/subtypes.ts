/**
 * The cost sub-types a placement category's cost is split into, from SSDA903 PLACE and
 * PLACE_PROVIDER. One mapping serves the council's placements register (what each sub-type costs a
 * week) and the 903 history (each sub-type's share of its category), so a unit cost is measured on
 * the same placements its share is counted on.
 */
import type { Pence } from "../../money/money.js";
import {
  COST_SUBTYPES,
  type CostSubtype,
  type DemandSettings,
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
} from "../model.js";
import { categoryOfPlace } from "../projection/states.js";

const FRIEND_RELATIVE = ["U1", "U2", "U3"];
/** The council's own, another council's or another public body's: PR1–PR3. */
const IN_HOUSE = ["PR1", "PR2", "PR3"];
/** Private or voluntary: PR4–PR5. */
const EXTERNAL = ["PR4", "PR5"];

/**
 * The cost sub-type of a placement, or null when a fostering (U4–U6) or residential code has no
 * provider PR1–PR5 to say whether it is in-house or bought in. The peer counts those, and K3, as
 * "Other" (its cost items know only H5 and P2 as supported accommodation); `compatibility: "peer"`
 * does the same, so its shares equal the peer's.
 */
export function costSubtypeOf(
  place: string,
  provider: string | null,
  compatibility: DemandSettings["compatibility"] = "outturn",
): CostSubtype | null {
  const code = place.trim().toUpperCase();
  const by = (provider ?? "").trim().toUpperCase();
  const unsplit = compatibility === "peer" ? "Other" : null;
  switch (PLACEMENT_CATEGORIES[categoryOfPlace(code)]) {
    case "Fostering":
      if (FRIEND_RELATIVE.includes(code)) return "Fostering (Friend/Relative)";
      if (IN_HOUSE.includes(by)) return "Fostering (In-house)";
      return EXTERNAL.includes(by) ? "Fostering (IFA)" : unsplit;
    case "Residential":
      if (IN_HOUSE.includes(by)) return "Residential (In-house)";
      return EXTERNAL.includes(by) ? "Residential (External)" : unsplit;
    case "Supported":
      // K3 is supported in the model's categories; the peer's cost items know only H5 and P2.
      return code === "K3" && compatibility === "peer" ? "Other" : "Supported accommodation";
    default:
      return code === "K1" ? "Secure home" : code === "P1" ? "Placed with family" : "Other";
  }
}

/** The category a sub-type splits. */
export function subtypeCategory(subtype: CostSubtype): PlacementCategory {
  return (COST_SUBTYPES.find((s) => s.subtype === subtype) as (typeof COST_SUBTYPES)[number]).category;
}

/** The sub-types of a category, in COST_SUBTYPES order. */
export function subtypesOf(category: PlacementCategory): CostSubtype[] {
  return COST_SUBTYPES.filter((s) => s.category === category).map((s) => s.subtype);
}

/**
 * A row of the demand-costs register: the council's own figure for a sub-type, replacing the one
 * measured. Either may be blank (null): the measured figure stands.
 */
export interface DemandCostOverride {
  subtype: CostSubtype;
  /** Gross weekly cost of one child in the sub-type. */
  weeklyCost: Pence | null;
  /** The sub-type's share of its category as a percentage (35 = 35%); renormalised with the others. */
  proportion: number | null;
}
