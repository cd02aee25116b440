/**
 * Demoshire's medium term financial plan for 2025-26 to 2027-28: planning assumptions like the
 * seed's (inflation funded to 90%), a few entered lines (growth funding, one pressure, two
 * mitigations by budget line), and three scenarios to compare with the plan. The base brought
 * forward is the 2024-25 budget lines (£65.132m × scale); the savings are the register's targets.
 */
import { roundTo, scale as scaleMoney } from "../domain/money/money.js";
import type { MtfpAssumption, MtfpLine, MtfpScenarioLever } from "../domain/mtfp/mtfp.js";

const ASSUMPTIONS: readonly MtfpAssumption[] = [
  { year: "2025-26", payAward: 3, contractInflation: 5, inflationFunded: 90, demandGrowth: 3 },
  { year: "2026-27", payAward: 2.5, contractInflation: 4, inflationFunded: 90, demandGrowth: 2.5 },
  { year: "2027-28", payAward: 2.5, contractInflation: 3, inflationFunded: 90, demandGrowth: 2 },
];

/** Amounts in £'000 at scale 1. */
const LINES: readonly (Omit<MtfpLine, "amount"> & { thousands: number })[] = [
  {
    year: "2025-26",
    ref: "F1",
    kind: "funding",
    costCentre: null,
    description: "Additional corporate funding for demand and cost pressures",
    thousands: 2_500,
    fundedShare: 100,
  },
  {
    year: "2025-26",
    ref: "P1",
    kind: "pressure",
    costCentre: "LAC-SUP",
    description: "Unaccompanied asylum seeking young people above the Home Office grant",
    thousands: 400,
    fundedShare: 100,
  },
  {
    year: "2025-26",
    ref: "M1",
    kind: "mitigation",
    costCentre: "LAC-RES",
    description: "Two local residential beds on a block contract replace out-of-area spot placements",
    thousands: 450,
    fundedShare: 100,
  },
  {
    year: "2026-27",
    ref: "M2",
    kind: "mitigation",
    costCentre: "SEND-TRN",
    description: "Independent travel training and personal transport budgets in place of taxis",
    thousands: 250,
    fundedShare: 100,
  },
];

const SCENARIOS: readonly MtfpScenarioLever[] = [
  { scenario: "Savings slip by 50%", lever: "savings-slip", scope: "", value: 50 },
  { scenario: "Residential demand +5%", lever: "demand", scope: "residential", value: 5 },
  { scenario: "Pay award +1%", lever: "pay-award", scope: "", value: 1 },
];

export interface DemoMtfp {
  mtfpLines: MtfpLine[];
  mtfpAssumptions: MtfpAssumption[];
  mtfpScenarios: MtfpScenarioLever[];
}

export function demoMtfp(scale: number): DemoMtfp {
  return {
    mtfpLines: LINES.map(({ thousands, ...line }) => ({
      ...line,
      amount: roundTo(scaleMoney(thousands * 1_000_00, scale), 100_000),
    })),
    mtfpAssumptions: ASSUMPTIONS.map((a) => ({ ...a })),
    mtfpScenarios: SCENARIOS.map((s) => ({ ...s })),
  };
}
