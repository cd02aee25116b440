/** Small, valid rows of every register for the store's tests; `n` makes each key distinct. */

import type { Assumption } from "../domain/assumptions.js";
import type { BudgetLine, LedgerActual } from "../domain/budget/budget.js";
import type { BudgetAssumption } from "../domain/budget/budget-assumption.js";
import type { Closure, Term } from "../domain/calendar/terms.js";
import type { ManualAdjustment } from "../domain/outturn/adjustments.js";
import type { PlacementPrice, PlannedMove } from "../domain/placements/events.js";
import type { Placement } from "../domain/placements/placement.js";
import type { RegisterName, RegisterRows } from "../domain/registers.js";
import type { HtstPupil, HtstRoute } from "../domain/transport/htst.js";
import type { RouteRetender } from "../domain/transport/retender.js";
import type { ConversionPlan } from "../domain/workforce/conversion.js";
import type { Post } from "../domain/workforce/post.js";
import { demandCost } from "./sample-rows-demand-costs.js";
import { demandScenario } from "./sample-rows-demand-scenarios.js";
import { measureComment, measureSetting, measureValue, postcodeGridRef } from "./sample-rows-measures.js";
import {
  mtfpAssumption,
  mtfpLine,
  mtfpScenario,
  saving,
  savingComment,
  savingDriver,
  savingMilestone,
  savingYear,
} from "./sample-rows-savings-mtfp.js";
import {
  committeeReport,
  scrutinyAction,
  scrutinyLink,
  scrutinyQuestion,
  scrutinyRecommendation,
  workProgrammeItem,
} from "./sample-rows-scrutiny.js";
import { transportNeed, transportSchool, transportVehicle } from "./sample-rows-transport.js";
import { transportPlan, transportScenario } from "./sample-rows-transport-scenarios.js";

export function budgetLine(n: number, changes: Partial<BudgetLine> = {}): BudgetLine {
  return {
    year: "2024-25",
    costCentre: `CC${100 + n}`,
    name: `Budget line ${n}`,
    serviceArea: "Children looked after",
    kind: "placements",
    annualBudget: 1_200_000_00,
    profile: Array.from({ length: 12 }, () => 100_000_00),
    ...changes,
  };
}

export function actual(n: number, changes: Partial<LedgerActual> = {}): LedgerActual {
  return { year: "2024-25", period: 1, costCentre: `CC${100 + n}`, amount: 98_765_43, ...changes };
}

export function placement(n: number, changes: Partial<Placement> = {}): Placement {
  return {
    placementRef: `PL${n}`,
    childRef: `C${n}`,
    placeCode: "K2",
    providerCode: "PR4",
    provider: "Hilltop Homes Ltd",
    costCentre: "CC101",
    start: "2024-04-15",
    plannedEnd: null,
    end: null,
    weeklyCost: 4_860_00,
    healthContribution: 0,
    educationContribution: 250_00,
    area: "out",
    ...changes,
  };
}

export function post(n: number, changes: Partial<Post> = {}): Post {
  return {
    postRef: `POST${n}`,
    team: "Assessment",
    role: "Social worker",
    costCentre: "CC201",
    fte: 0.6,
    status: "agency",
    annualCost: null,
    dayRate: 450_00,
    start: "2023-09-01",
    end: null,
    ...changes,
  };
}

export function route(n: number, changes: Partial<HtstRoute> = {}): HtstRoute {
  return {
    routeRef: `R${n}`,
    costCentre: "CC301",
    operator: "County Cars",
    dailyCost: null,
    dailyMiles: 23.5,
    ratePerMile: 1_85,
    occupancy: "shared",
    passengerAssistant: true,
    assistantDailyCost: 65_00,
    start: "2024-09-04",
    end: null,
    ...changes,
  };
}

export function pupil(n: number, changes: Partial<HtstPupil> = {}): HtstPupil {
  return {
    pupilRef: `PU${n}`,
    school: "Oakfield Special School",
    ehcp: true,
    setting: "special",
    routeRef: `R${n}`,
    start: "2024-09-04",
    end: null,
    ...changes,
  };
}

const TERM_STARTS = ["2024-09-04", "2025-01-06", "2025-04-22", "2025-09-03", "2026-01-05", "2026-04-20"];

export function term(n: number, changes: Partial<Term> = {}): Term {
  const start = TERM_STARTS[n % TERM_STARTS.length] as string;
  return { name: `Term ${n}`, start, end: start.replace(/-\d\d$/, "-28"), ...changes };
}

/** Weekdays in the autumn term of 2024 (term(0)), in date order. */
const CLOSURE_DATES = ["2024-09-04", "2024-10-25", "2024-10-28", "2024-10-29", "2024-11-11", "2024-11-25"];

export function closure(n: number, changes: Partial<Closure> = {}): Closure {
  return { date: CLOSURE_DATES[n % CLOSURE_DATES.length] as string, reason: "Half-term", ...changes };
}

const ASSUMPTION_NAMES_IN_ORDER = ["high-cost-weekly-threshold", "history-months", "vacancy-factor"] as const;

export function assumption(n: number, changes: Partial<Assumption> = {}): Assumption {
  const name = ASSUMPTION_NAMES_IN_ORDER[n % ASSUMPTION_NAMES_IN_ORDER.length] ?? "history-months";
  return { name, value: 10 + n, note: "Set by the finance business partner", ...changes };
}

export function placementPrice(n: number, changes: Partial<PlacementPrice> = {}): PlacementPrice {
  return { placementRef: `PL${n}`, from: "2025-01-01", weeklyCost: 5_010_00, ...changes };
}

export function plannedMove(n: number, changes: Partial<PlannedMove> = {}): PlannedMove {
  return {
    ref: `MV${n}`,
    placementRef: `PL${n}`,
    date: "2025-01-13",
    toPlaceCode: "U4",
    toProviderCode: "PR1",
    toWeeklyCost: 450_00,
    note: "Step-down to in-house foster care",
    ...changes,
  };
}

export function adjustment(n: number, changes: Partial<ManualAdjustment> = {}): ManualAdjustment {
  return {
    ref: `ADJ${n}`,
    year: "2024-25",
    period: 7,
    costCentre: "CC101",
    amount: -12_500_00,
    comment: "Health contribution agreed at panel, not yet on the register",
    by: "Finance business partner",
    ...changes,
  };
}

export function budgetAssumption(n: number, changes: Partial<BudgetAssumption> = {}): BudgetAssumption {
  return {
    year: "2024-25",
    costCentre: "CC101",
    costType: `Role ${n} (agency)`,
    budgetedNumber: 12.5,
    budgetedUnitCost: 96_000_00,
    ...changes,
  };
}

export function conversionPlan(n: number, changes: Partial<ConversionPlan> = {}): ConversionPlan {
  return {
    ref: `CP${n}`,
    saving: "S3",
    role: "Social worker",
    posts: 30,
    effectiveDate: "2024-07-01",
    target: 1_006_000_00,
    note: "Convert 30 posts from agency to permanent by end of June 2024",
    ...changes,
  };
}

export function routeRetender(n: number, changes: Partial<RouteRetender> = {}): RouteRetender {
  return {
    routeRef: `R${n}`,
    date: "2025-01-06",
    newDailyCost: 112_50,
    note: "Two operators bid",
    ...changes,
  };
}

export const SAMPLE: { [R in RegisterName]: (n: number) => RegisterRows[R] } = {
  "budget-lines": budgetLine,
  actuals: actual,
  placements: placement,
  workforce: post,
  "htst-routes": route,
  "htst-pupils": pupil,
  terms: term,
  closures: closure,
  assumptions: assumption,
  "budget-assumptions": budgetAssumption,
  adjustments: adjustment,
  "placement-prices": placementPrice,
  "planned-moves": plannedMove,
  "conversion-plans": conversionPlan,
  "route-retenders": routeRetender,
  savings: saving,
  "saving-years": savingYear,
  "saving-milestones": savingMilestone,
  "saving-comments": savingComment,
  "saving-drivers": savingDriver,
  "mtfp-lines": mtfpLine,
  "mtfp-assumptions": mtfpAssumption,
  "mtfp-scenarios": mtfpScenario,
  "measure-settings": measureSetting,
  "measure-values": measureValue,
  "measure-comments": measureComment,
  "postcode-grid": postcodeGridRef,
  "demand-costs": demandCost,
  "demand-scenarios": demandScenario,
  "transport-schools": transportSchool,
  "transport-vehicles": transportVehicle,
  "transport-needs": transportNeed,
  "transport-scenarios": transportScenario,
  "transport-plans": transportPlan,
  "scrutiny-questions": scrutinyQuestion,
  "scrutiny-recommendations": scrutinyRecommendation,
  "scrutiny-actions": scrutinyAction,
  "work-programme": workProgrammeItem,
  "scrutiny-links": scrutinyLink,
  "committee-reports": committeeReport,
};

/** A changed figure per register, to prove an update reaches the row: [field, new value]. */
export const CHANGE: { [R in RegisterName]: [keyof RegisterRows[R] & string, unknown] } = {
  "budget-lines": ["annualBudget", 1_300_000_00],
  actuals: ["amount", -12_00],
  placements: ["weeklyCost", 5_100_00],
  workforce: ["status", "permanent"],
  "htst-routes": ["passengerAssistant", false],
  "htst-pupils": ["end", "2025-07-18"],
  terms: ["name", "Autumn"],
  closures: ["reason", "INSET day"],
  assumptions: ["value", 7.5],
  "budget-assumptions": ["budgetedNumber", 11.75],
  adjustments: ["comment", "Backdated invoice expected in P8"],
  "placement-prices": ["weeklyCost", 5_200_00],
  "planned-moves": ["date", "2025-02-03"],
  "conversion-plans": ["posts", 12],
  "route-retenders": ["newDailyCost", 118_00],
  savings: ["brag", "red"],
  "saving-years": ["forecast", 500_000_00],
  "saving-milestones": ["completed", "2024-08-01"],
  "saving-comments": ["text", "Six permanent offers made"],
  "saving-drivers": ["baseline", 60.5],
  "mtfp-lines": ["amount", 2_000_000_00],
  "mtfp-assumptions": ["payAward", 3.5],
  "mtfp-scenarios": ["value", 7.5],
  "measure-settings": ["target", 8],
  "measure-values": ["value", 51.5],
  "measure-comments": ["text", "All three children are now settled"],
  "postcode-grid": ["easting", 351_250],
  "demand-costs": ["proportion", 55.5],
  "demand-scenarios": ["note", "Approved by the director"],
  "transport-schools": ["bell", "08:50"],
  "transport-vehicles": ["available", 12],
  "transport-needs": ["maxRide", 55],
  "transport-scenarios": ["walkingMetres", 1_200],
  "transport-plans": ["annualSaving", -2_500_00],
  "scrutiny-questions": ["officer", "Head of Service, SEND"],
  "scrutiny-recommendations": ["rag", "green"],
  "scrutiny-actions": ["doneOn", "2024-11-04"],
  "work-programme": ["status", "reported"],
  "scrutiny-links": ["note", "The saving the review evidences"],
  "committee-reports": ["purpose", "A new purpose,\nover two lines."],
};
