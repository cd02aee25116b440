/**
 * A small council's savings and MTFP for the report's and server's tests: a green saving whose
 * agency FTE has not moved (unevidenced), an amber one with no driver, a blue one evidenced, and
 * the seed's 2024-27 plan (Tables 3 to 6) with a "savings slip by 50%" scenario.
 */
import type { MtfpLine } from "../../domain/mtfp/mtfp.js";
import { type CouncilRegisters, emptyRegisters } from "../../domain/registers.js";
import type { Saving, SavingYear } from "../../domain/savings/saving.js";
import { actual, budgetLine, post } from "../../store/sample-rows.js";

/** £'000 as pence. */
const k = (thousands: number) => thousands * 100_000;

const saving = (
  ref: string,
  brag: Saving["brag"],
  category: string,
  programme: string,
  name: string,
): Saving => ({
  ref,
  category,
  programme,
  name,
  description: `${name}.`,
  owner: "Head of service",
  brag,
  costCentre: null,
});

const year = (ref: string, y: string, target: number, forecast = target, delivered = 0): SavingYear => ({
  ref,
  year: y,
  target: k(target),
  delivered: k(delivered),
  forecast: k(forecast),
});

const line = (ref: string, kind: MtfpLine["kind"], thousands: number, fundedShare = 100): MtfpLine => ({
  year: "2024-25",
  ref,
  kind,
  costCentre: null,
  description: ref,
  amount: k(thousands),
  fundedShare,
});

/** The savings (S1–S4, Table 6) with their targets over three years (Table 5), evidence and history. */
export function sampleSavings(): Partial<CouncilRegisters> {
  return {
    // Ten agency social workers, one FTE each, all year: the agency FTE never moves.
    workforce: Array.from({ length: 10 }, (_, i) => post(i + 1, { fte: 1, start: "2023-04-01" })),
    savings: [
      saving("S1", "green", "Reduce", "Reduced demand children in care", "Reduce high-cost placements"),
      saving("S2", "amber", "Reduce", "Workforce savings", "Reduction in social worker establishment"),
      saving("S3", "green", "Transform", "Workforce savings", "Reduce numbers of agency social workers"),
      saving("S4", "blue", "Transform", "SEND transport efficiencies", "SEN transport efficiencies"),
    ],
    savingYears: [
      year("S1", "2024-25", 959, 959, 300),
      year("S1", "2025-26", 3_894),
      year("S1", "2026-27", 1_359),
      year("S2", "2024-25", 338, 100),
      year("S3", "2024-25", 1_006, 1_006, 500),
      year("S3", "2025-26", 1_477),
      year("S3", "2026-27", 933),
      year("S4", "2024-25", 200, 200, 200),
    ],
    savingDrivers: [
      // S3 plans agency FTE down from 10 (measured) to 0 by June: still 10 in October, not moved.
      { ref: "S3", driver: "agency-fte", baseline: null, target: 0, from: "2024-04-01", by: "2024-06-30" },
      // S4 planned 20 down to 10: at 10, evidenced.
      { ref: "S4", driver: "agency-fte", baseline: 20, target: 10, from: "2024-04-01", by: "2024-09-30" },
    ],
    savingMilestones: [
      { ref: "S3", milestone: "Offers made to 30 social workers", due: "2024-05-31", completed: null },
      { ref: "S3", milestone: "Recruitment campaign live", due: "2024-04-15", completed: "2024-04-12" },
      { ref: "S3", milestone: "Agency contracts ended", due: "2025-01-31", completed: null },
    ],
    savingComments: [
      { ref: "S3", date: "2024-09-30", author: "A. Finance", text: "Six offers accepted; starts in Q4." },
      { ref: "S3", date: "2024-05-31", author: "B. Service", text: "Campaign launched." },
    ],
  };
}

/** The seed's Table 3 lines for 2024-25: 50,812 + 10,750 + 1,253 + 2,121 + 3,499 − 800 − 2,503 = 65,132. */
export function sampleMtfp(): Partial<CouncilRegisters> {
  return {
    mtfpLines: [
      line("BASE", "base", 50_812),
      line("FUND", "funding", 10_750),
      line("PAY", "pay-award", 1_253),
      line("INFL", "inflation", 2_121, 90),
      line("DEM", "demand", 3_499),
      line("MIT", "mitigation", 800),
    ],
    mtfpScenarios: [{ scenario: "Savings slip by 50%", lever: "savings-slip", scope: "", value: 50 }],
  };
}

/** A placements and a staffing budget line with actuals to P7, and the savings and plan above. */
export function sampleRegisters(): CouncilRegisters {
  return {
    ...emptyRegisters(),
    budgetLines: [
      budgetLine(1),
      budgetLine(2, { costCentre: "CC201", kind: "staffing", serviceArea: "Social work" }),
    ],
    actuals: ([1, 2, 3, 4, 5, 6, 7] as const).map((period) => actual(1, { period })),
    ...sampleSavings(),
    ...sampleMtfp(),
  };
}
