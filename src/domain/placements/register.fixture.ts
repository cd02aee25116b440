/**
 * A small placements register for the expected starters' and leavers' tests. At P7 of 2024-25 the
 * window is Nov 2023–Oct 2024: A and B start in it (IFA, £1,000 and £1,200 a week), C before it;
 * of the two homes at £7,000 a week, D ends early in Jan 2024 and E runs on.
 */
import type { Assumption } from "../assumptions.js";
import type { BudgetLine } from "../budget/budget.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { Placement } from "./placement.js";

const ifa = (ref: string, start: string, weeklyCost: number): Placement => ({
  placementRef: ref,
  childRef: `C${ref}`,
  placeCode: "U4",
  providerCode: "PR4",
  provider: "Horizon Fostering",
  costCentre: "FOS-IFA",
  start,
  plannedEnd: null,
  end: null,
  weeklyCost,
  healthContribution: 0,
  educationContribution: 0,
  area: "in",
});
const home = (ref: string, end: string | null): Placement => ({
  ...ifa(ref, "2023-01-01", 7_000_00),
  placeCode: "K2",
  provider: "Kestrel Care Ltd",
  costCentre: "RES",
  end,
});
const line = (costCentre: string): BudgetLine => ({
  year: "2024-25",
  costCentre,
  name: costCentre,
  serviceArea: "Children looked after",
  kind: "placements",
  annualBudget: 12_000_000_00,
  profile: Array(12).fill(1_000_000_00),
});

/** Placements A to E on the lines FOS-IFA and RES, with the given assumptions and no other register. */
export const startersAndLeavers = (assumptions: Assumption[] = []): CouncilRegisters => ({
  ...emptyRegisters(),
  placements: [
    ifa("A", "2023-12-01", 1_000_00),
    ifa("B", "2024-06-01", 1_200_00),
    ifa("C", "2022-01-01", 900_00),
    home("D", "2024-01-15"),
    home("E", null),
  ],
  budgetLines: [line("FOS-IFA"), line("RES")],
  assumptions,
});
