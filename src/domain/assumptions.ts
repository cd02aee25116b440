/**
 * The council's forecasting assumptions: named figures a finance officer sets (and the audit
 * records), each with a default that applies until the council sets its own.
 */
export interface Assumption {
  name: AssumptionName;
  /** In the catalogue's unit: pence for money, a percentage as a number (3.5 = 3.5%), a count. */
  value: number;
  note: string;
}

export type AssumptionUnit = "pence" | "percent" | "months" | "number";

export interface AssumptionSpec {
  description: string;
  unit: AssumptionUnit;
  default: number;
  /** When the council leaves it out, Outturn measures it from the council's own history, as this says; `default` applies only without history. */
  measured?: string;
  /** The least value the council may set, where there is one. */
  min?: number;
  /** The greatest value the council may set, where there is one. */
  max?: number;
  /** Only a whole number will do. */
  whole?: boolean;
}

/** Every assumption Outturn knows, by name. */
export const ASSUMPTIONS = {
  "high-cost-weekly-threshold": {
    description: "A placement costing at least this much a week is on the high-cost placements list.",
    unit: "pence",
    default: 500_000,
  },
  "history-months": {
    description: "How many months of the council's own history set the expected starters and leavers.",
    unit: "months",
    default: 12,
  },
  "expected-starters-source": {
    description:
      "Where the forecast's expected new placements come from: 0, each placement type's own recent history in the placements register; 1, the demand model's projection from the council's SSDA903 returns.",
    unit: "number",
    default: 0,
    min: 0,
    max: 1,
    whole: true,
  },
  "vacancy-factor": {
    description: "The share of the staffing forecast expected to go unspent because posts fall vacant.",
    unit: "percent",
    default: 0,
  },
  "ehcp-transport-growth": {
    description:
      "The expected growth a year in EHCP pupils on home-to-school transport, costed from September.",
    unit: "percent",
    default: 0,
    measured: "EHCP pupils on transport on the first school day of September this year against last year",
  },
  "saving-evidence-share": {
    description:
      "How much of the movement planned to date a saving's linked driver must show for a blue or green rating to count as evidenced.",
    unit: "percent",
    default: 75,
  },
  "small-number-threshold": {
    description:
      "Counts of people from 1 to this are suppressed (shown as [c]) in anything a member or the public sees, with anything made from them.",
    unit: "number",
    default: 4,
    min: 1,
    whole: true,
  },
} as const satisfies Record<string, AssumptionSpec>;

export type AssumptionName = keyof typeof ASSUMPTIONS;

export const ASSUMPTION_NAMES = Object.keys(ASSUMPTIONS) as [AssumptionName, ...AssumptionName[]];

/** The value the council set for an assumption, or null when it left it out. */
export function councilAssumption(assumptions: readonly Assumption[], name: AssumptionName): number | null {
  return assumptions.find((a) => a.name === name)?.value ?? null;
}

/** The council's value for an assumption, or its default. */
export function assumptionValue(assumptions: readonly Assumption[], name: AssumptionName): number {
  return assumptions.find((a) => a.name === name)?.value ?? ASSUMPTIONS[name].default;
}
