/**
 * What a scenario lever's scope covers in the base year: budget lines of a budget kind or a cost
 * centre, or the placements the budget assumes of a placement type (or "residential"). An empty
 * scope is the lever's whole base, the budget kinds the plan's own pressure falls on.
 */
import { BUDGET_KINDS, type BudgetKind } from "../budget/budget.js";
import { daysInYear, type FinancialYear } from "../calendar/financial.js";
import { type Pence, roundRatioPence, sum } from "../money/money.js";
import {
  PLACEMENT_TYPE_NAMES,
  PLACEMENT_TYPES,
  type PlacementType,
  RESIDENTIAL_TYPES,
} from "../placements/types.js";
import type { CouncilRegisters } from "../registers.js";
import { COMPUTED_PRESSURES, type ComputedKind } from "./computed-pressures.js";
import { decimalFraction } from "./percent.js";

export interface ScopedBase {
  base: Pence;
  /** What the base is, for a sentence: "placements and transport budget lines". */
  words: string;
}

function budgetLinesOf(
  registers: CouncilRegisters,
  year: FinancialYear,
  kinds: readonly BudgetKind[],
): ScopedBase | null {
  const lines = registers.budgetLines.filter((l) => l.year === year && kinds.includes(l.kind));
  if (lines.length === 0) return null;
  return { base: sum(lines.map((l) => l.annualBudget)), words: `${kinds.join(" and ")} budget lines` };
}

/** The year's cost of the placements the budget assumes of these types: number × weekly cost × days ÷ 7. */
function placementsOf(
  registers: CouncilRegisters,
  year: FinancialYear,
  types: readonly PlacementType[],
  name: string,
): ScopedBase | null {
  const rows = registers.budgetAssumptions.filter(
    (a) => a.year === year && (types as readonly string[]).includes(a.costType),
  );
  if (rows.length === 0) return null;
  const days = BigInt(daysInYear(year));
  const base = sum(
    rows.map((a) => {
      const [n, d] = decimalFraction(a.budgetedNumber);
      return roundRatioPence(BigInt(a.budgetedUnitCost) * n * days, d * 7n);
    }),
  );
  return { base, words: `${name} placements in the budget assumptions` };
}

/**
 * The base year's base a lever's scope covers, or null when it matches nothing. A budget kind is
 * read before a placement type, so "other" is the other budget lines, not "other placements".
 */
export function scopedBase(
  registers: CouncilRegisters,
  year: FinancialYear,
  lever: ComputedKind,
  scope: string,
): ScopedBase | null {
  const wanted = scope.trim().toLowerCase();
  if (wanted === "") {
    const spec = COMPUTED_PRESSURES.find((s) => s.kind === lever);
    return budgetLinesOf(registers, year, spec?.on ?? []);
  }
  const kind = BUDGET_KINDS.find((k) => k === wanted);
  if (kind) return budgetLinesOf(registers, year, [kind]);
  if (wanted === "residential") return placementsOf(registers, year, RESIDENTIAL_TYPES, "residential");
  const type = PLACEMENT_TYPE_NAMES.find((t) => t === wanted);
  if (type) return placementsOf(registers, year, [type], PLACEMENT_TYPES[type]);
  const line = registers.budgetLines.find((l) => l.year === year && l.costCentre.toLowerCase() === wanted);
  return line ? { base: line.annualBudget, words: `${line.costCentre} (${line.name})` } : null;
}
