/**
 * What the transport routes ask for, turned into the council's scenarios with their stored plans, or
 * an HTTP error a person can act on: the council, the school day today's arrangements are taken on,
 * each scenario with its last solve, and today's cost of the arrangements on that day.
 */

import type { FastifyRequest } from "fastify";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import type { IsoDate } from "../domain/calendar/dates.js";
import { formatPeriodRef, periodEnd, periodOf } from "../domain/calendar/financial.js";
import { schoolDayCounter } from "../domain/calendar/terms.js";
import { type Audience, audienceFor, type Reader } from "../domain/disclosure/audience.js";
import type { Pence } from "../domain/money/money.js";
import type { CouncilRegisters } from "../domain/registers.js";
import { firstSchoolDay } from "../domain/transport/cost-per-pupil.js";
import { baseline } from "../domain/transport/scenarios/baseline.js";
import type {
  ScenarioResult,
  TransportPlan,
  TransportScenario,
} from "../domain/transport/scenarios/model.js";
import type { Council, Store } from "../store/store.js";
import { councilOf, type Viewer, viewerOf } from "./access.js";
import { HttpError } from "./requests.js";

export interface TransportQuery {
  la?: string;
  /** The scenario whose values fill the editor, to change it. */
  change?: string;
}

export interface ScenarioRow {
  scenario: TransportScenario;
  plan: TransportPlan | null;
  result: ScenarioResult | null;
}

/** A council's transport book and scenarios, as a reader sees them. */
export interface TransportBook {
  council: Council;
  registers: CouncilRegisters;
  audience: Audience;
  /** The period today falls in, for the document. */
  period: string;
  /** The school day today's arrangements are taken on (schoolDayFor); null when none is near. */
  on: IsoDate | null;
  rows: ScenarioRow[];
}

/** The book as the signed-in viewer asked for it. */
export interface TransportRequest extends TransportBook {
  viewer: Viewer;
}

/** The stored result of a plan, as evaluateScenario returned it. */
function planResult(plan: TransportPlan): ScenarioResult {
  try {
    return JSON.parse(plan.result) as ScenarioResult;
  } catch {
    throw new HttpError(
      500,
      `The stored plan of scenario "${plan.scenario}" cannot be read; solve it again.`,
    );
  }
}

/**
 * The school day a solve takes the book on, as `outturn route --scenario` does: the first on or after
 * the council's as-at date (the end of the latest period with ledger actuals, else today); null when
 * the term calendar has none in the 60 days from then.
 */
function schoolDayFor(registers: CouncilRegisters, today: IsoDate): IsoDate | null {
  const latest = latestPeriodWithActuals(registers.actuals);
  const counter = schoolDayCounter({ terms: registers.terms, closures: registers.closures });
  return firstSchoolDay(latest ? periodEnd(latest) : today, counter);
}

export async function transportBook(
  store: Store,
  council: Council,
  reader: Reader,
  today: IsoDate,
): Promise<TransportBook> {
  const registers = await store.council(council.la).registers();
  const plans = new Map(registers.transportPlans.map((p) => [p.scenario, p]));
  const rows = registers.transportScenarios.map((scenario) => {
    const plan = plans.get(scenario.scenario) ?? null;
    return { scenario, plan, result: plan ? planResult(plan) : null };
  });
  return {
    council,
    registers,
    audience: audienceFor(reader, registers.assumptions),
    period: formatPeriodRef(periodOf(today)),
    on: schoolDayFor(registers, today),
    rows,
  };
}

export async function transportRequest(
  store: Store,
  request: FastifyRequest<{ Querystring: TransportQuery }>,
  today: IsoDate,
): Promise<TransportRequest> {
  const viewer = viewerOf(request);
  return { ...(await transportBook(store, await councilOf(store, request), viewer.reader, today)), viewer };
}

/** The scenario of that name, or a 404 naming the scenarios there are. */
export function scenarioOrNotFound(r: TransportBook, name: string): ScenarioRow {
  const row = r.rows.find((s) => s.scenario.scenario === name);
  if (row) return row;
  const known = r.rows.map((s) => `"${s.scenario.scenario}"`).join(", ");
  throw new HttpError(
    404,
    `No transport scenario "${name}" for ${r.council.name}: ${known ? `the scenarios are ${known}` : "there are none yet"}.`,
  );
}

/**
 * Today's arrangements on the day for the pupils in the transport book who ride then (the pupils a
 * scenario is solved for): what they cost, and how many routes carry how many of them.
 */
export function todaysArrangements(
  r: TransportBook,
): { on: IsoDate; dailyCost: Pence; routes: number; pupils: number } | null {
  const { on, registers } = r;
  if (!on) return null;
  const riding = new Set(
    registers.htstPupils
      .filter((p) => p.start <= on && (p.end === null || p.end >= on))
      .map((p) => p.pupilRef),
  );
  const scope = registers.transportNeeds.map((n) => n.pupilRef).filter((ref) => riding.has(ref));
  const today = baseline(registers, scope, on);
  if (today.shares.size === 0) return null;
  return { on, dailyCost: today.dailyCost, routes: today.routes, pupils: today.shares.size };
}
