/**
 * Expected new placements from the demand model, as the forecast takes them: the starters the
 * model projects into each placement type in each month left in the year, worked out outside the
 * forecast (the demand model reads the SSDA903 history) and passed in. The forecast prices them as
 * it prices the register's own: each at its type's recent unit cost, paid from its month to
 * 31 March and at risk of ending early at the type's own leaving rate (docs/forecast.md).
 */
import { assumptionValue } from "../assumptions.js";
import type { IsoDate } from "../calendar/dates.js";
import type { Pence } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import type { Month, TypeHistory } from "./history.js";
import type { Placement } from "./placement.js";
import { PLACEMENT_TYPES, type PlacementType, typeCostCentres } from "./types.js";

export interface ProjectedStarters {
  /** What they come from, in words: "the demand model's projection from 31 October 2024 (…)". */
  basis: string;
  /** Each month projected, by its first day: the starters expected in it by placement type. */
  months: { start: IsoDate; byType: Partial<Record<PlacementType, number>> }[];
  /** A type's gross weekly cost from the demand model's cost basis, for a type no recent starter prices. */
  weeklyCost: Partial<Record<PlacementType, Pence>>;
}

/** The demand model's starters, or why there are none (no returns, a projection that does not reach). */
export type StarterProjection = ProjectedStarters | { unavailable: string };

/** One type's starters from the model in each month left, or null when a month is not projected. */
export function startersInMonths(
  projected: ProjectedStarters,
  type: PlacementType,
  months: readonly Month[],
): number[] | null {
  const byStart = new Map(projected.months.map((m) => [m.start, m.byType]));
  const out: number[] = [];
  for (const month of months) {
    const byType = byStart.get(month.start);
    if (byType === undefined) return null;
    out.push(byType[type] ?? 0);
  }
  return out;
}

/** Every type the model expects starters into, in PLACEMENT_TYPES order. */
export function projectedTypes(projected: ProjectedStarters): PlacementType[] {
  const seen = new Set(projected.months.flatMap((m) => Object.keys(m.byType)));
  return (Object.keys(PLACEMENT_TYPES) as PlacementType[]).filter((t) => seen.has(t));
}

/** The unit cost a model starter of the type is priced at: its recent starters' own, else the model's. */
export function starterUnitCost(
  type: PlacementType,
  history: TypeHistory | undefined,
  projected: ProjectedStarters,
): Pence | null {
  if (history && history.starters > 0) return history.unitCost;
  return projected.weeklyCost[type] ?? null;
}

/**
 * The model's starters when the council's "expected-starters-source" is 1 and they cover every month
 * left; otherwise null, with a warning saying why when the council asked for them.
 */
export function chooseStarters(
  registers: Pick<CouncilRegisters, "assumptions">,
  monthsLeft: readonly Month[],
  given: StarterProjection | undefined,
  warnings: string[],
): ProjectedStarters | null {
  if (assumptionValue(registers.assumptions, "expected-starters-source") !== 1) return null;
  const instead = "the expected starters come from the placements register's own history instead";
  if (given === undefined) {
    warnings.push(
      `expected-starters-source is 1 (the demand model), but no projection was given; ${instead}`,
    );
    return null;
  }
  if ("unavailable" in given) {
    warnings.push(`expected-starters-source is 1 (the demand model), but ${given.unavailable}; ${instead}`);
    return null;
  }
  const projected = new Set(given.months.map((m) => m.start));
  const missing = monthsLeft.filter((m) => !projected.has(m.start));
  if (missing.length > 0) {
    warnings.push(
      `expected-starters-source is 1 (the demand model), but its projection does not cover the month from ${missing[0]?.start}; ${instead}`,
    );
    return null;
  }
  return given;
}

/** The model's starters on a budget line, type by type: the total to 31 March and the mean a month. */
export function modelStartersOnLine(
  projected: ProjectedStarters,
  placements: readonly Pick<Placement, "placeCode" | "providerCode" | "costCentre">[],
  costCentre: string,
): { type: PlacementType; total: number; perMonth: number }[] {
  const centres = typeCostCentres(placements);
  const months = projected.months.length;
  return projectedTypes(projected)
    .filter((type) => centres.get(type) === costCentre)
    .map((type) => {
      const total = projected.months.reduce((sum, m) => sum + (m.byType[type] ?? 0), 0);
      return { type, total, perMonth: months === 0 ? 0 : total / months };
    })
    .filter((s) => s.total > 0);
}
