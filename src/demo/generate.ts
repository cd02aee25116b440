/**
 * Generates a whole demo council, deterministically from a seed: Demoshire at scale 1 (modelled on
 * Herefordshire, seed 002), or a large council for benchmarks at scale ~5.
 */
import { ASSUMPTION_NAMES, ASSUMPTIONS } from "../domain/assumptions.js";
import type { BudgetKind } from "../domain/budget/budget.js";
import { daysInclusive } from "../domain/calendar/dates.js";
import {
  type FinancialYear,
  formatPeriodRef,
  type PeriodRef,
  parsePeriodRef,
  periodEnd,
  periodStart,
  periodsOf,
} from "../domain/calendar/financial.js";
import { englishTermCalendar, schoolDayCounter, type TermCalendar } from "../domain/calendar/terms.js";
import type { CouncilRegisters } from "../domain/registers.js";
import type { Ssda903Return } from "../domain/ssda903/tables.js";
import type { Council } from "../store/store.js";
import {
  addOtherCosts,
  addPlacementCosts,
  addStaffingCosts,
  addTransportCosts,
  Ledger,
  ledgerActuals,
} from "./actuals.js";
import { demoAdjustments } from "./adjustments.js";
import { BUDGET_CATALOGUE, BUDGET_YEARS, buildBudgetLines, type CostByLine } from "./budget.js";
import { demoBudgetAssumptions } from "./budget-assumptions.js";
import { demoPlacementPrices, demoPlannedMoves } from "./known-events.js";
import { demoMeasures } from "./measures.js";
import { demoMtfp } from "./mtfp.js";
import { SIMULATION_START, type SimulatedPlacement, simulatePlacements } from "./placements.js";
import { demoConversionPlans, demoRetenders } from "./plans.js";
import { Random } from "./random.js";
import { demoSavingProgress } from "./saving-progress.js";
import { demoSavingRows, demoSavingYears, savingsByLine } from "./savings.js";
import { demoScrutiny, noScrutiny } from "./scrutiny.js";
import { demoSsda903Returns } from "./ssda903.js";
import { demoPostcodeGrid } from "./ssda903-places.js";
import { ACADEMIC_YEARS, simulateTransport } from "./transport.js";
import { demoTransportBook } from "./transport-book.js";
import { demoTransportScenarios } from "./transport-scenarios.js";
import { type SimulatedPost, simulateWorkforce } from "./workforce.js";

export const DEMOSHIRE_AS_AT = "2024-25:P7";
/** The seed the CLI uses for Demoshire unless told otherwise. */
export const DEMOSHIRE_SEED = 2024;

export interface GenerateOptions {
  seed: number;
  /** 1 = Demoshire (about 420 children looked after); about 5 = a large council. */
  scale: number;
  /** The reporting period the registers stand at ("2024-25:P7" or its PeriodRef); within 2024-25. */
  asAt?: PeriodRef | string;
}

export class DemoOptionsError extends Error {}

function checkOptions(options: GenerateOptions): PeriodRef {
  if (!Number.isSafeInteger(options.seed))
    throw new DemoOptionsError(`seed must be a whole number, got ${options.seed}`);
  if (!(options.scale >= 0.2 && options.scale <= 20)) {
    throw new DemoOptionsError(`scale must be between 0.2 and 20 (1 = Demoshire), got ${options.scale}`);
  }
  const given = options.asAt ?? DEMOSHIRE_AS_AT;
  const asAt = typeof given === "string" ? parsePeriodRef(given) : given;
  if (asAt.year !== "2024-25") {
    throw new DemoOptionsError(
      `asAt must be a period of 2024-25 (the demo's history runs 2021-22 to 2024-25), got ${formatPeriodRef(asAt)}`,
    );
  }
  return asAt;
}

/** Each academic year's English term calendar, by the year it starts (Demoshire's and Marchford's). */
export function termCalendars(): Map<number, TermCalendar> {
  return new Map(ACADEMIC_YEARS.map((year) => [year, englishTermCalendar(year)]));
}

export interface GeneratedCouncil {
  council: Council;
  registers: CouncilRegisters;
  /** SSDA903 returns for 2021 to 2024 and the 2025 in-year extract, built from the same children (ssda903.ts). */
  ssda903: Ssda903Return[];
}

/** The generated council plus the price and pay history behind its registers' current figures. */
export interface SimulatedCouncil extends GeneratedCouncil {
  asAt: PeriodRef;
  placements: SimulatedPlacement[];
  posts: SimulatedPost[];
}

export function generateCouncil(options: GenerateOptions): GeneratedCouncil {
  const { council, registers, ssda903 } = simulateCouncil(options);
  return { council, registers, ssda903 };
}

export function simulateCouncil(options: GenerateOptions): SimulatedCouncil {
  const asAt = checkOptions(options);
  const { scale } = options;
  const council: Council =
    scale === 1
      ? { la: "DEMO", name: "Demoshire", region: "West Midlands", demo: true }
      : { la: "LARGE", name: "Largeshire", region: "West Midlands", demo: true };
  const root = new Random(options.seed);
  const until = periodEnd(asAt);

  const calendars = termCalendars();
  const calendar: TermCalendar = {
    terms: [...calendars.values()].flatMap((c) => c.terms),
    closures: [...calendars.values()].flatMap((c) => c.closures),
  };
  const schoolDays = schoolDayCounter(calendar);

  const placements = simulatePlacements({ rng: root.fork(1), scale, council: council.name, until });
  const posts = simulateWorkforce({ rng: root.fork(2), scale, from: SIMULATION_START, until });
  const transport = simulateTransport({ rng: root.fork(3), scale, calendars, until });

  const refs: PeriodRef[] = BUDGET_YEARS.flatMap((year) => periodsOf(year)).filter(
    (ref) => ref.year !== asAt.year || ref.period <= asAt.period,
  );
  const ledger = new Ledger(refs);
  addPlacementCosts(ledger, placements);
  addStaffingCosts(ledger, posts);
  addTransportCosts(ledger, transport.routes, schoolDays);

  const cost: CostByLine = new Map(
    BUDGET_CATALOGUE.map((spec) => [
      spec.costCentre,
      new Map<FinancialYear, number>(
        BUDGET_YEARS.map((year) => [year, ledger.yearTotal(spec.costCentre, year)]),
      ),
    ]),
  );
  const profileWeights = (kind: BudgetKind, year: FinancialYear) =>
    periodsOf(year).map((ref) =>
      kind === "transport"
        ? schoolDays(periodStart(ref), periodEnd(ref))
        : kind === "other"
          ? 1
          : daysInclusive(periodStart(ref), periodEnd(ref)),
    );
  const conversionPlans = demoConversionPlans(scale);
  const savingYears = demoSavingYears(scale, conversionPlans);
  const budgetLines = buildBudgetLines(cost, scale, profileWeights, savingsByLine(savingYears));
  addOtherCosts(ledger, budgetLines, BUDGET_CATALOGUE, root.fork(4));

  const known = {
    budgetLines,
    actuals: ledgerActuals(ledger, budgetLines),
    placements: placements.map((p) => p.placement),
    workforce: posts.map((p) => p.post),
    htstRoutes: transport.routes,
    htstPupils: transport.pupils,
    terms: calendar.terms,
    closures: calendar.closures,
    // An assumption Outturn measures from history is left out, so Demoshire's own history sets it.
    assumptions: ASSUMPTION_NAMES.filter((name) => !("measured" in ASSUMPTIONS[name])).map((name) => ({
      name,
      value: ASSUMPTIONS[name].default,
      note: "Outturn's default",
    })),
    placementPrices: demoPlacementPrices(placements, until),
    plannedMoves: demoPlannedMoves(placements, until, scale, root.fork(31)),
    adjustments: demoAdjustments(asAt, scale),
    conversionPlans,
    routeRetenders: demoRetenders(transport.routes, until, scale),
    ...demoMtfp(scale),
    ...demoMeasures(asAt),
    postcodeGrid: demoPostcodeGrid(),
    demandCosts: [],
    demandScenarios: [],
    // Its own stream from the seed, not forked from root, so the draws before it are undisturbed.
    ...demoTransportBook({
      rng: new Random(options.seed).fork(8),
      scale,
      routes: transport.routes,
      pupils: transport.pupils,
      on: until,
    }),
    transportScenarios: demoTransportScenarios(),
    transportPlans: [],
    // Demoshire's own committee, questions and recommendations (no random draws); none for Largeshire.
    ...(scale === 1 ? demoScrutiny() : noScrutiny()),
  };
  const withAssumptions = { ...known, budgetAssumptions: demoBudgetAssumptions(known) };
  const registers: CouncilRegisters = {
    ...withAssumptions,
    savings: demoSavingRows(),
    savingYears,
    ...demoSavingProgress(withAssumptions, savingYears, conversionPlans, scale, until),
  };
  // Forked last, so the 903 draws never disturb the registers'.
  const ssda903 = demoSsda903Returns({
    placements,
    rng: root.fork(903),
    scale,
    council: council.name,
    until,
  });
  return { council, asAt, placements, posts, registers, ssda903 };
}
