/**
 * The budget's own assumptions: for a placements or staffing line, how many of each cost type the
 * budget was built for and at what unit cost. Variances are analysed against them.
 */
import type { FinancialYear } from "../calendar/financial.js";
import type { Pence } from "../money/money.js";
import { PLACEMENT_TYPES, type PlacementType } from "../placements/types.js";
import type { PostStatus } from "../workforce/post.js";

/** One cost type of one budget line, keyed by year, cost centre and cost type. */
export interface BudgetAssumption {
  year: FinancialYear;
  costCentre: string;
  /**
   * On a placements line, a placement type (e.g. "foster-ifa"); on a staffing line, a role and
   * whether it is filled by permanent or agency staff (e.g. "Social worker (agency)").
   */
  costType: string;
  /** The average number of placements, or of FTE, across the year. */
  budgetedNumber: number;
  /** Pence a week for one placement; pence a year for one FTE. */
  budgetedUnitCost: Pence;
}

export type StaffingStatus = Exclude<PostStatus, "vacant">;

const STAFFING_TYPE = /^(.+) \((permanent|agency)\)$/;

/** "Social worker (agency)": the cost type of a post on a staffing line. */
export function staffingCostType(role: string, status: StaffingStatus): string {
  return `${role.trim()} (${status})`;
}

export function parseStaffingCostType(costType: string): { role: string; status: StaffingStatus } | null {
  const match = STAFFING_TYPE.exec(costType);
  return match ? { role: match[1] as string, status: match[2] as StaffingStatus } : null;
}

export function isPlacementCostType(costType: string): costType is PlacementType {
  return Object.hasOwn(PLACEMENT_TYPES, costType);
}

export const COST_TYPE_RULE = `must be a placement type (${Object.keys(PLACEMENT_TYPES).join(", ")}) or a role followed by (permanent) or (agency), e.g. "Social worker (agency)"`;

export function isCostType(costType: string): boolean {
  return isPlacementCostType(costType) || parseStaffingCostType(costType) !== null;
}

/** The words a report uses for a cost type. */
export function costTypeLabel(costType: string): string {
  return isPlacementCostType(costType) ? PLACEMENT_TYPES[costType] : costType;
}
