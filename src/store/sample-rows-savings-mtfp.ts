/** Small, valid rows of the savings and MTFP registers for the store's tests; `n` makes each key distinct. */
import {
  MTFP_KINDS,
  type MtfpAssumption,
  type MtfpLine,
  type MtfpScenarioLever,
} from "../domain/mtfp/mtfp.js";
import { SAVING_DRIVER_NAMES } from "../domain/savings/drivers.js";
import type {
  Saving,
  SavingComment,
  SavingDriverLink,
  SavingMilestone,
  SavingYear,
} from "../domain/savings/saving.js";

const at = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

export function saving(n: number, changes: Partial<Saving> = {}): Saving {
  return {
    ref: `S${n}`,
    category: "Transform",
    programme: "Workforce savings",
    name: "Reduce numbers of agency social workers",
    description: "Convert 30 posts from agency to permanent by end of June 2024",
    owner: "Service director, safeguarding",
    brag: "amber",
    costCentre: n % 2 === 0 ? "CC201" : null,
    ...changes,
  };
}

export function savingYear(n: number, changes: Partial<SavingYear> = {}): SavingYear {
  return {
    ref: `S${n}`,
    year: "2024-25",
    target: 1_006_000_00,
    delivered: 251_500_00,
    forecast: 754_500_00,
    ...changes,
  };
}

export function savingMilestone(n: number, changes: Partial<SavingMilestone> = {}): SavingMilestone {
  return {
    ref: "S3",
    milestone: `Milestone ${n}`,
    due: "2024-06-30",
    completed: n % 2 === 0 ? null : "2024-07-12",
    ...changes,
  };
}

export function savingComment(n: number, changes: Partial<SavingComment> = {}): SavingComment {
  return {
    ref: "S3",
    date: `2024-10-${10 + n}`,
    author: "Finance business partner",
    text: "64 of the 89 social workers are still agency",
    ...changes,
  };
}

export function savingDriver(n: number, changes: Partial<SavingDriverLink> = {}): SavingDriverLink {
  return {
    ref: `S${n}`,
    driver: at(SAVING_DRIVER_NAMES, n),
    baseline: n % 2 === 0 ? 64 : null,
    target: 34.5,
    from: "2024-04-01",
    by: "2024-06-30",
    ...changes,
  };
}

export function mtfpLine(n: number, changes: Partial<MtfpLine> = {}): MtfpLine {
  return {
    year: "2024-25",
    ref: `L${n}`,
    kind: at(MTFP_KINDS, n),
    costCentre: n % 2 === 0 ? null : "CC101",
    description: "Inflation pressures (90% funded)",
    amount: 2_121_000_00,
    fundedShare: 90,
    ...changes,
  };
}

export function mtfpAssumption(n: number, changes: Partial<MtfpAssumption> = {}): MtfpAssumption {
  return {
    year: `${2024 + n}-${25 + n}`,
    payAward: 4,
    contractInflation: 6.5,
    inflationFunded: 90,
    demandGrowth: -1.5,
    ...changes,
  };
}

export function mtfpScenario(n: number, changes: Partial<MtfpScenarioLever> = {}): MtfpScenarioLever {
  return {
    scenario: `Scenario ${n}`,
    lever: "demand",
    scope: n % 2 === 0 ? "" : "residential",
    value: 5,
    ...changes,
  };
}
