/**
 * Demoshire's budget lines for 2021-22 to 2024-25. The 2023-24 and 2024-25 totals are the seed's
 * (Herefordshire, Table 3: £50.812m base budget, £65.132m proposed); earlier years are set below
 * the modelled cost. Each year's lines are set from the year before's cost, short of what the
 * registers go on to cost, so the outturn overspends as the seed's did.
 */
import type { BudgetKind, BudgetLine } from "../domain/budget/budget.js";
import { type FinancialYear, previousYear } from "../domain/calendar/financial.js";
import { allocate, type Pence, roundTo, scale as scaleMoney, sum } from "../domain/money/money.js";

export interface LineSpec {
  costCentre: string;
  name: string;
  serviceArea: string;
  kind: BudgetKind;
  /** Budget as a share of last year's cost before the year's total is shared out (placements, staffing, transport). */
  cover?: number;
  /** For other lines: the 2023-24 budget in pounds at scale 1, and how far spending runs over it. */
  planned?: number;
  overrun?: number;
}

export const BUDGET_CATALOGUE: readonly LineSpec[] = [
  {
    costCentre: "LAC-RES",
    name: "Children's homes and secure placements",
    serviceArea: "Looked after children",
    kind: "placements",
    cover: 0.8,
  },
  {
    costCentre: "LAC-CMPX",
    name: "Complex needs and residential school placements",
    serviceArea: "Looked after children",
    kind: "placements",
    cover: 0.85,
  },
  {
    costCentre: "LAC-SUP",
    name: "Supported accommodation (16+)",
    serviceArea: "Looked after children",
    kind: "placements",
    cover: 0.9,
  },
  {
    costCentre: "LAC-OTH",
    name: "Adoption, parents and health placements",
    serviceArea: "Looked after children",
    kind: "placements",
    cover: 1,
  },
  {
    costCentre: "LAC-CIC",
    name: "Children in care and care leavers teams",
    serviceArea: "Looked after children",
    kind: "staffing",
    cover: 0.78,
  },
  {
    costCentre: "LAC-LEAVE",
    name: "Care leavers' allowances and accommodation",
    serviceArea: "Looked after children",
    kind: "other",
    planned: 1_400_000,
    overrun: 0.05,
  },
  {
    costCentre: "LAC-SGO",
    name: "Special guardianship and child arrangement allowances",
    serviceArea: "Looked after children",
    kind: "other",
    planned: 2_100_000,
    overrun: 0,
  },
  {
    costCentre: "FOS-INH",
    name: "In-house fostering",
    serviceArea: "Fostering",
    kind: "placements",
    cover: 0.9,
  },
  {
    costCentre: "FOS-IFA",
    name: "Agency fostering (IFA)",
    serviceArea: "Fostering",
    kind: "placements",
    cover: 0.85,
  },
  {
    costCentre: "FOS-KIN",
    name: "Kinship and connected carers",
    serviceArea: "Fostering",
    kind: "placements",
    cover: 0.95,
  },
  {
    costCentre: "FOS-SUP",
    name: "Fostering supervising social workers",
    serviceArea: "Fostering",
    kind: "staffing",
    cover: 0.95,
  },
  {
    costCentre: "FOS-REC",
    name: "Foster carer recruitment and training",
    serviceArea: "Fostering",
    kind: "other",
    planned: 450_000,
    overrun: -0.05,
  },
  {
    costCentre: "SW-ASMT",
    name: "Assessment teams",
    serviceArea: "Social work",
    kind: "staffing",
    cover: 0.75,
  },
  {
    costCentre: "SW-FSP",
    name: "Family support and protection teams",
    serviceArea: "Social work",
    kind: "staffing",
    cover: 0.75,
  },
  {
    costCentre: "SW-DEV",
    name: "Practice improvement and workforce development",
    serviceArea: "Social work",
    kind: "other",
    planned: 900_000,
    overrun: 0.2,
  },
  {
    costCentre: "SEND-TRN",
    name: "SEND home to school transport",
    serviceArea: "SEND transport",
    kind: "transport",
    cover: 0.82,
  },
  {
    costCentre: "HTS-MAIN",
    name: "Mainstream home to school transport",
    serviceArea: "SEND transport",
    kind: "transport",
    cover: 0.95,
  },
  {
    costCentre: "SEND-ADM",
    name: "Transport commissioning and personal transport budgets",
    serviceArea: "SEND transport",
    kind: "other",
    planned: 600_000,
    overrun: 0.05,
  },
  {
    costCentre: "EH-TEAM",
    name: "Early help locality teams",
    serviceArea: "Early help",
    kind: "staffing",
    cover: 1,
  },
  {
    costCentre: "EH-COMM",
    name: "Commissioned early help services",
    serviceArea: "Early help",
    kind: "other",
    planned: 1_800_000,
    overrun: -0.03,
  },
  {
    costCentre: "SAFE-MASH",
    name: "MASH and front door",
    serviceArea: "Safeguarding",
    kind: "staffing",
    cover: 0.9,
  },
  {
    costCentre: "SAFE-IRO",
    name: "Independent reviewing and LADO",
    serviceArea: "Safeguarding",
    kind: "staffing",
    cover: 0.95,
  },
  {
    costCentre: "SAFE-LEGAL",
    name: "Legal and court costs",
    serviceArea: "Safeguarding",
    kind: "other",
    planned: 1_600_000,
    overrun: 0.12,
  },
  {
    costCentre: "DIR-MGT",
    name: "Directorate management and business support",
    serviceArea: "Directorate",
    kind: "staffing",
    cover: 1,
  },
  {
    costCentre: "DIR-IMP",
    name: "Improvement programme (interim project teams)",
    serviceArea: "Directorate",
    kind: "other",
    planned: 1_500_000,
    overrun: 0.6,
  },
  {
    costCentre: "DIR-CMS",
    name: "Case management system and commissioning",
    serviceArea: "Directorate",
    kind: "other",
    planned: 700_000,
    overrun: 0,
  },
];

export const BUDGET_YEARS: readonly FinancialYear[] = ["2021-22", "2022-23", "2023-24", "2024-25"];

/** The seed's totals (£): 2023-24 base budget and 2024-25 proposed base budget, Table 3. */
const SEED_TOTALS: Record<FinancialYear, number> = { "2023-24": 50_812_000, "2024-25": 65_132_000 };
/** Without a seed figure, a year's total is this share of its modelled cost, to the £1,000. */
const EARLY_COVER: Record<FinancialYear, number> = { "2021-22": 0.93, "2022-23": 0.88 };
/** Other lines' budgets relative to 2023-24. */
const OTHER_GROWTH: Record<FinancialYear, number> = {
  "2021-22": 0.9,
  "2022-23": 0.95,
  "2023-24": 1,
  "2024-25": 1.05,
};

/** What each register-driven line cost in each year (2024-25 only to the as-at period; budgets use earlier years). */
export type CostByLine = Map<string, Map<FinancialYear, Pence>>;

export function otherLineBudget(spec: LineSpec, year: FinancialYear, scale: number): Pence {
  return roundTo(scaleMoney((spec.planned ?? 0) * 100, (OTHER_GROWTH[year] ?? 1) * scale), 100_000);
}

/**
 * Budget lines for every year. `profileWeights(kind, year)` gives the twelve monthly weights (days,
 * or school days for transport) that each line's annual budget is allocated across. `netOf` gives the
 * savings each line was approved net of, by year: the year's total is after them (as the seed's
 * £65.132m is after £2.503m of savings), so the lines before savings share out total + savings and
 * each saving is then taken off its line.
 */
export function buildBudgetLines(
  cost: CostByLine,
  scale: number,
  profileWeights: (kind: BudgetKind, year: FinancialYear) => number[],
  netOf: ReadonlyMap<FinancialYear, ReadonlyMap<string, Pence>> = new Map(),
): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const year of BUDGET_YEARS) {
    const saved = (spec: LineSpec) => netOf.get(year)?.get(spec.costCentre) ?? 0;
    const others = BUDGET_CATALOGUE.filter((s) => s.kind === "other");
    const driven = BUDGET_CATALOGUE.filter((s) => s.kind !== "other");
    const otherBudgets = others.map((s) => otherLineBudget(s, year, scale) - saved(s));
    const costOf = (spec: LineSpec, y: FinancialYear) => cost.get(spec.costCentre)?.get(y) ?? 0;
    const seedTotal = SEED_TOTALS[year];
    const total =
      seedTotal !== undefined
        ? scaleMoney(seedTotal * 100, scale)
        : roundTo(
            scaleMoney(sum(driven.map((s) => costOf(s, year))) + sum(otherBudgets), EARLY_COVER[year] ?? 1),
            100_000,
          );
    const basis = year === BUDGET_YEARS[0] ? year : previousYear(year);
    const weights = driven.map((s) => costOf(s, basis) * (s.cover ?? 1));
    const drivenSavings = driven.map(saved);
    const drivenBudgets = allocate(total - sum(otherBudgets) + sum(drivenSavings), weights).map(
      (budget, i) => budget - (drivenSavings[i] ?? 0),
    );
    [...others, ...driven].forEach((spec, i) => {
      const annualBudget = [...otherBudgets, ...drivenBudgets][i] ?? 0;
      const { cover: _cover, planned: _planned, overrun: _overrun, ...line } = spec;
      lines.push({
        year,
        ...line,
        annualBudget,
        profile: allocate(annualBudget, profileWeights(spec.kind, year)),
      });
    });
  }
  const order = new Map(BUDGET_CATALOGUE.map((s, i) => [s.costCentre, i]));
  return lines.sort(
    (a, b) => a.year.localeCompare(b.year) || (order.get(a.costCentre) ?? 0) - (order.get(b.costCentre) ?? 0),
  );
}
