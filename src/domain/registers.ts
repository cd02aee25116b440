/** The registers a council keeps in Outturn, and the row type each holds. */
import type { Assumption } from "./assumptions.js";
import type { BudgetLine, LedgerActual } from "./budget/budget.js";
import type { BudgetAssumption } from "./budget/budget-assumption.js";
import type { Closure, Term } from "./calendar/terms.js";
import type { DemandCostOverride } from "./demand/costs/subtypes.js";
import type { DemandScenario } from "./demand/scenarios/scenario.js";
import type { MeasureComment, MeasureSetting, MeasureValue } from "./measures/measure.js";
import type { MtfpAssumption, MtfpLine, MtfpScenarioLever } from "./mtfp/mtfp.js";
import type { ManualAdjustment } from "./outturn/adjustments.js";
import type { PlacementPrice, PlannedMove } from "./placements/events.js";
import type { Placement } from "./placements/placement.js";
import type {
  Saving,
  SavingComment,
  SavingDriverLink,
  SavingMilestone,
  SavingYear,
} from "./savings/saving.js";
import type {
  CommitteeReport,
  ScrutinyAction,
  ScrutinyLink,
  ScrutinyQuestion,
  ScrutinyRecommendation,
  WorkProgrammeItem,
} from "./scrutiny/model.js";
import type { PostcodeGridRef } from "./ssda903/distance.js";
import type { TransportNeed, TransportSchool, TransportVehicle } from "./transport/book.js";
import type { HtstPupil, HtstRoute } from "./transport/htst.js";
import type { RouteRetender } from "./transport/retender.js";
import type { TransportPlan, TransportScenario } from "./transport/scenarios/model.js";
import type { ConversionPlan } from "./workforce/conversion.js";
import type { Post } from "./workforce/post.js";

export interface RegisterRows {
  "budget-lines": BudgetLine;
  actuals: LedgerActual;
  placements: Placement;
  workforce: Post;
  "htst-routes": HtstRoute;
  "htst-pupils": HtstPupil;
  terms: Term;
  closures: Closure;
  assumptions: Assumption;
  "budget-assumptions": BudgetAssumption;
  adjustments: ManualAdjustment;
  "placement-prices": PlacementPrice;
  "planned-moves": PlannedMove;
  "conversion-plans": ConversionPlan;
  "route-retenders": RouteRetender;
  savings: Saving;
  "saving-years": SavingYear;
  "saving-milestones": SavingMilestone;
  "saving-comments": SavingComment;
  "saving-drivers": SavingDriverLink;
  "mtfp-lines": MtfpLine;
  "mtfp-assumptions": MtfpAssumption;
  "mtfp-scenarios": MtfpScenarioLever;
  "measure-settings": MeasureSetting;
  "measure-values": MeasureValue;
  "measure-comments": MeasureComment;
  "postcode-grid": PostcodeGridRef;
  "demand-costs": DemandCostOverride;
  "demand-scenarios": DemandScenario;
  "transport-schools": TransportSchool;
  "transport-vehicles": TransportVehicle;
  "transport-needs": TransportNeed;
  "transport-scenarios": TransportScenario;
  "transport-plans": TransportPlan;
  "scrutiny-questions": ScrutinyQuestion;
  "scrutiny-recommendations": ScrutinyRecommendation;
  "scrutiny-actions": ScrutinyAction;
  "work-programme": WorkProgrammeItem;
  "scrutiny-links": ScrutinyLink;
  "committee-reports": CommitteeReport;
}

export type RegisterName = keyof RegisterRows;

export const REGISTER_NAMES: readonly RegisterName[] = [
  "budget-lines",
  "actuals",
  "placements",
  "workforce",
  "htst-routes",
  "htst-pupils",
  "terms",
  "closures",
  "assumptions",
  "budget-assumptions",
  "adjustments",
  "placement-prices",
  "planned-moves",
  "conversion-plans",
  "route-retenders",
  "savings",
  "saving-years",
  "saving-milestones",
  "saving-comments",
  "saving-drivers",
  "mtfp-lines",
  "mtfp-assumptions",
  "mtfp-scenarios",
  "measure-settings",
  "measure-values",
  "measure-comments",
  "postcode-grid",
  "demand-costs",
  "demand-scenarios",
  "transport-schools",
  "transport-vehicles",
  "transport-needs",
  "transport-scenarios",
  "transport-plans",
  "scrutiny-questions",
  "scrutiny-recommendations",
  "scrutiny-actions",
  "work-programme",
  "scrutiny-links",
  "committee-reports",
];

/** Where each register's rows sit in CouncilRegisters. */
export const REGISTER_FIELD: { readonly [R in RegisterName]: keyof CouncilRegisters } = {
  "budget-lines": "budgetLines",
  actuals: "actuals",
  placements: "placements",
  workforce: "workforce",
  "htst-routes": "htstRoutes",
  "htst-pupils": "htstPupils",
  terms: "terms",
  closures: "closures",
  assumptions: "assumptions",
  "budget-assumptions": "budgetAssumptions",
  adjustments: "adjustments",
  "placement-prices": "placementPrices",
  "planned-moves": "plannedMoves",
  "conversion-plans": "conversionPlans",
  "route-retenders": "routeRetenders",
  savings: "savings",
  "saving-years": "savingYears",
  "saving-milestones": "savingMilestones",
  "saving-comments": "savingComments",
  "saving-drivers": "savingDrivers",
  "mtfp-lines": "mtfpLines",
  "mtfp-assumptions": "mtfpAssumptions",
  "mtfp-scenarios": "mtfpScenarios",
  "measure-settings": "measureSettings",
  "measure-values": "measureValues",
  "measure-comments": "measureComments",
  "postcode-grid": "postcodeGrid",
  "demand-costs": "demandCosts",
  "demand-scenarios": "demandScenarios",
  "transport-schools": "transportSchools",
  "transport-vehicles": "transportVehicles",
  "transport-needs": "transportNeeds",
  "transport-scenarios": "transportScenarios",
  "transport-plans": "transportPlans",
  "scrutiny-questions": "scrutinyQuestions",
  "scrutiny-recommendations": "scrutinyRecommendations",
  "scrutiny-actions": "scrutinyActions",
  "work-programme": "workProgramme",
  "scrutiny-links": "scrutinyLinks",
  "committee-reports": "committeeReports",
};

/** Everything the domain needs to compute for one council. */
export interface CouncilRegisters {
  budgetLines: BudgetLine[];
  actuals: LedgerActual[];
  placements: Placement[];
  workforce: Post[];
  htstRoutes: HtstRoute[];
  htstPupils: HtstPupil[];
  terms: Term[];
  closures: Closure[];
  assumptions: Assumption[];
  budgetAssumptions: BudgetAssumption[];
  adjustments: ManualAdjustment[];
  placementPrices: PlacementPrice[];
  plannedMoves: PlannedMove[];
  conversionPlans: ConversionPlan[];
  routeRetenders: RouteRetender[];
  savings: Saving[];
  savingYears: SavingYear[];
  savingMilestones: SavingMilestone[];
  savingComments: SavingComment[];
  savingDrivers: SavingDriverLink[];
  mtfpLines: MtfpLine[];
  mtfpAssumptions: MtfpAssumption[];
  mtfpScenarios: MtfpScenarioLever[];
  measureSettings: MeasureSetting[];
  measureValues: MeasureValue[];
  measureComments: MeasureComment[];
  /** Grid references of postcodes and districts, for the distance from home to a placement. */
  postcodeGrid: PostcodeGridRef[];
  /** The council's own unit costs and shares by cost sub-type, in place of those measured for the demand model. */
  demandCosts: DemandCostOverride[];
  /** Scenarios for the demand projection in a head of service's words. */
  demandScenarios: DemandScenario[];
  /** Schools pupils travel to, with their bell times, for routing. */
  transportSchools: TransportSchool[];
  /** Vehicle types and their contracts, for routing. */
  transportVehicles: TransportVehicle[];
  /** Each transported pupil's home, phase and needs, for routing (keyed as htst-pupils). */
  transportNeeds: TransportNeed[];
  /** Transport policies to price against today's arrangements (pick-up points, budgets, training…). */
  transportScenarios: TransportScenario[];
  /** Each scenario's last solve: its costs, saving and full result. */
  transportPlans: TransportPlan[];
  /** Members' questions to officers and the answers. */
  scrutinyQuestions: ScrutinyQuestion[];
  /** The committee's recommendations to the executive and the responses owed (s9F). */
  scrutinyRecommendations: ScrutinyRecommendation[];
  /** Actions on accepted recommendations, with owners and due dates. */
  scrutinyActions: ScrutinyAction[];
  /** The committee's work programme. */
  workProgramme: WorkProgrammeItem[];
  /** Which measures, savings and lines each scrutiny item concerns. */
  scrutinyLinks: ScrutinyLink[];
  /** Committee reports: cover and narrative; the figures come live. */
  committeeReports: CommitteeReport[];
}

type KeyOf<R extends RegisterName> = (row: RegisterRows[R]) => string;

const KEYS: { [R in RegisterName]: KeyOf<R> } = {
  "budget-lines": (row) => `${row.year}/${row.costCentre}`,
  actuals: (row) => `${row.year}/P${row.period}/${row.costCentre}`,
  placements: (row) => row.placementRef,
  workforce: (row) => row.postRef,
  "htst-routes": (row) => row.routeRef,
  "htst-pupils": (row) => row.pupilRef,
  terms: (row) => row.start,
  closures: (row) => row.date,
  assumptions: (row) => row.name,
  "budget-assumptions": (row) => `${row.year}/${row.costCentre}/${row.costType}`,
  adjustments: (row) => row.ref,
  "placement-prices": (row) => `${row.placementRef}/${row.from}`,
  "planned-moves": (row) => row.ref,
  "conversion-plans": (row) => row.ref,
  "route-retenders": (row) => `${row.routeRef}/${row.date}`,
  savings: (row) => row.ref,
  "saving-years": (row) => `${row.ref}/${row.year}`,
  "saving-milestones": (row) => `${row.ref}/${row.milestone}`,
  "saving-comments": (row) => `${row.ref}/${row.date}/${row.author}`,
  "saving-drivers": (row) => `${row.ref}/${row.driver}`,
  "mtfp-lines": (row) => `${row.year}/${row.ref}`,
  "mtfp-assumptions": (row) => row.year,
  "mtfp-scenarios": (row) => `${row.scenario}/${row.lever}/${row.scope}`,
  "measure-settings": (row) => row.measure,
  "measure-values": (row) => `${row.measure}/${row.period}`,
  "measure-comments": (row) => `${row.measure}/${row.period}/${row.date}/${row.author}`,
  "postcode-grid": (row) => row.postcode,
  "demand-costs": (row) => row.subtype,
  "demand-scenarios": (row) => row.scenario,
  "transport-schools": (row) => row.school,
  "transport-vehicles": (row) => row.vehicleType,
  "transport-needs": (row) => row.pupilRef,
  "transport-scenarios": (row) => row.scenario,
  "transport-plans": (row) => row.scenario,
  "scrutiny-questions": (row) => row.ref,
  "scrutiny-recommendations": (row) => row.ref,
  "scrutiny-actions": (row) => row.ref,
  "work-programme": (row) => row.ref,
  "scrutiny-links": (row) => `${row.item}/${row.kind}/${row.target}`,
  "committee-reports": (row) => row.ref,
};

/** The key that identifies a row within its register (and its council), e.g. "2024-25/P7/CC100". */
export function keyOf<R extends RegisterName>(register: R, row: RegisterRows[R]): string {
  return KEYS[register](row);
}

/** Registers with no rows: a base that tests and callers fill in, whatever registers exist. */
export function emptyRegisters(): CouncilRegisters {
  return Object.fromEntries(
    REGISTER_NAMES.map((name) => [REGISTER_FIELD[name], []]),
  ) as unknown as CouncilRegisters;
}
