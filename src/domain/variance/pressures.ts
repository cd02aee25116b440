/**
 * The key pressures table, in the form councils print it (seed 002, Table 1: "Service area | Key
 * pressures (£million)"): the drivers of the variance grouped by service area and by what drives
 * them, in £m to one decimal place, with a rounding line when the rounded figures do not add up
 * to the rounded total.
 *
 * A placements or staffing line's variance is shared among its cost types (forecast − budgeted
 * cost of each type, to the penny; the types take every penny of the line, see allocate.ts); a
 * transport or other line's whole variance is one driver named after the line, as is the "Savings at
 * risk" line's (savings-line.ts), so unachieved savings are a pressure of their own. Only a line whose
 * budget or forecast has no type at all leaves a part to "Other placement costs" or "Other staffing
 * costs". The drivers' pence add up to the total variance.
 */
import { parseStaffingCostType } from "../budget/budget-assumption.js";
import { type Pence, prorate } from "../money/money.js";
import type { ForecastOutturn } from "../outturn/forecast.js";
import type { PlacementType } from "../placements/types.js";
import type { VarianceAnalysis } from "./variance.js";

/** The words a pressure takes for each placement type. */
const PLACEMENT_PRESSURES: Readonly<Record<PlacementType, string>> = {
  "foster-in-house": "In-house fostering",
  "foster-ifa": "Agency fostering",
  kinship: "Kinship care",
  "childrens-homes": "Children's homes and secure placements",
  supported: "Supported accommodation",
  "other-residential": "Complex needs and residential schools",
  "with-parents": "Placed with parents",
  adoption: "Adoption placements",
  other: "Other placements",
};

const UNTYPED = { placements: "Other placement costs", staffing: "Other staffing costs" } as const;
const VARIOUS = "Various";
/** Pence in £0.1m: the table's unit. */
const TENTH_OF_A_MILLION = 10_000_000;
/** A driver smaller than this rounds to 0.0 and joins the area's "Various" line. */
const SMALL = TENTH_OF_A_MILLION / 2;

export interface Pressure {
  pressure: string;
  amount: Pence;
  /** £m, rounded once to one decimal place. */
  millions: number;
}

export interface AreaPressures extends Pressure {
  /** The service area; `pressure` repeats it. */
  serviceArea: string;
  pressures: Pressure[];
}

export interface KeyPressures {
  period: string;
  areas: AreaPressures[];
  /** £m: the rounded total less the rounded pressures, when they differ (else 0). */
  rounding: number;
  total: { amount: Pence; millions: number };
}

const tenths = (amount: Pence) => prorate(amount, 1, TENTH_OF_A_MILLION);
const millions = (amount: Pence) => tenths(amount) / 10;

function driverOf(kind: "placements" | "staffing", costType: string): string {
  if (kind === "staffing") {
    const status = parseStaffingCostType(costType)?.status;
    return status === "agency"
      ? "Agency staff"
      : status === "permanent"
        ? "Permanent staff"
        : UNTYPED.staffing;
  }
  return PLACEMENT_PRESSURES[costType as PlacementType] ?? UNTYPED.placements;
}

export function keyPressures(outturn: ForecastOutturn, analysis: VarianceAnalysis): KeyPressures {
  const byArea = new Map<string, Map<string, Pence>>(
    outturn.serviceAreas.map((a) => [a.serviceArea, new Map()]),
  );
  const add = (serviceArea: string, pressure: string, amount: Pence) => {
    const drivers = byArea.get(serviceArea) ?? new Map<string, Pence>();
    drivers.set(pressure, (drivers.get(pressure) ?? 0) + amount);
    byArea.set(serviceArea, drivers);
  };
  const analysed = new Map(analysis.lines.map((line) => [line.costCentre, line]));
  for (const line of outturn.lines) {
    const typed = analysed.get(line.costCentre);
    if (!typed) {
      add(line.serviceArea, line.name, line.variance);
      continue;
    }
    let explained = 0;
    for (const t of typed.types) {
      add(line.serviceArea, driverOf(typed.kind, t.costType), t.actualCost - t.budgetedCost);
      explained += t.actualCost - t.budgetedCost;
    }
    if (explained !== line.variance) add(line.serviceArea, UNTYPED[typed.kind], line.variance - explained);
  }

  const areas = [...byArea].map(([serviceArea, drivers]): AreaPressures => {
    const amount = [...drivers.values()].reduce((a, b) => a + b, 0);
    return {
      serviceArea,
      pressure: serviceArea,
      amount,
      millions: millions(amount),
      pressures: ranked(drivers),
    };
  });
  const total = outturn.total.variance;
  const shown = areas.flatMap((a) => a.pressures).reduce((sum, p) => sum + tenths(p.amount), 0);
  return {
    period: outturn.period,
    areas,
    rounding: (tenths(total) - shown) / 10,
    total: { amount: total, millions: millions(total) },
  };
}

/** Largest first; drivers that round to nothing are pooled as "Various", shown last. */
function ranked(drivers: ReadonlyMap<string, Pence>): Pressure[] {
  const entries = [...drivers].filter(([, amount]) => amount !== 0);
  const small = entries.filter(([, amount]) => Math.abs(amount) < SMALL);
  const pooled = small.length > 1 ? small : [];
  const named = entries.filter((entry) => !pooled.includes(entry));
  const rows = named
    .map(([pressure, amount]) => ({ pressure, amount, millions: millions(amount) }))
    .sort((a, b) => b.amount - a.amount || a.pressure.localeCompare(b.pressure));
  if (pooled.length === 0) return rows;
  const various = pooled.reduce((sum, [, amount]) => sum + amount, 0);
  return [...rows, { pressure: VARIOUS, amount: various, millions: millions(various) }];
}
