/** What the savings and MTFP routes ask for, turned into the tracker and plan, or an HTTP error a person can act on. */

import type { FastifyRequest } from "fastify";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { formatPeriodRef, type PeriodRef, periodEnd } from "../domain/calendar/financial.js";
import { audienceFor, type Reader } from "../domain/disclosure/audience.js";
import type { MtfpPlanOptions } from "../domain/mtfp/plan.js";
import { scenarioNames } from "../domain/mtfp/scenario.js";
import type { CouncilRegisters } from "../domain/registers.js";
import { savingsTracker } from "../domain/savings/tracker.js";
import { councilPlanOptions, councilTracker } from "../report/demand/council-links.js";
import { mtfpWithScenarios } from "../report/savings/mtfp-document.js";
import { trackerFor } from "../report/savings/shown-tracker.js";
import type { Council, Store } from "../store/store.js";
import { councilOf, viewerOf } from "./access.js";
import { choosePeriod, HttpError } from "./requests.js";

/** The viewer's council and its registers. */
export async function councilRegisters(store: Store, request: FastifyRequest) {
  const council = await councilOf(store, request);
  return { council, registers: await store.council(council.la).registers() };
}

/** The tracker for the period's year at the period's end (the latest period with actuals unless asked). */
export function trackerAt(registers: CouncilRegisters, asked: string | undefined, reader: Reader) {
  const period: PeriodRef = choosePeriod(asked, latestPeriodWithActuals(registers.actuals));
  const audience = audienceFor(reader, registers.assumptions);
  const tracker = trackerFor(savingsTracker(registers, period.year, periodEnd(period)), audience);
  return { period: formatPeriodRef(period), tracker };
}

/** The scenario asked for, or every scenario; a 400 naming the known ones for any other. */
export function chooseScenarios(registers: CouncilRegisters, asked: string | undefined): string[] {
  const known = scenarioNames(registers);
  if (asked === undefined || asked === "") return known;
  if (known.includes(asked)) return [asked];
  const names =
    known.length === 0 ? "there are none" : `the scenarios are ${known.map((n) => `"${n}"`).join(", ")}`;
  throw new HttpError(400, `No scenario "${asked}": ${names}.`);
}

/** trackerAt, with the demand scenarios that evidence each saving from the council's projection. */
export async function trackerWithScenarios(
  store: Store,
  council: Council,
  registers: CouncilRegisters,
  asked: string | undefined,
  reader: Reader,
) {
  const { period, tracker } = trackerAt(registers, asked, reader);
  return { period, tracker: await councilTracker(store.council(council.la), registers, tracker) };
}

/** The viewer's council's savings tracker, at the period the request asks for, as the viewer reads it. */
export async function viewerTracker(
  store: Store,
  request: FastifyRequest<{ Querystring: { period?: string } }>,
) {
  const { council, registers } = await councilRegisters(store, request);
  const reader = viewerOf(request).reader;
  return {
    council,
    registers,
    ...(await trackerWithScenarios(store, council, registers, request.query.period, reader)),
  };
}

/** The MTFP's options from the council's store: its demand pressure from the projection where that covers the plan. */
export const planOptionsFor = (store: Store, council: Council, registers: CouncilRegisters) =>
  councilPlanOptions(store.council(council.la), registers);

/** The plan with the scenarios asked for; a 404 when the council has no MTFP. */
export function mtfpOrNotFound(
  council: Council,
  registers: CouncilRegisters,
  asked: string | undefined,
  options: MtfpPlanOptions = {},
) {
  const names = chooseScenarios(registers, asked);
  const mtfp = mtfpWithScenarios(registers, names, options);
  if (!mtfp)
    throw new HttpError(
      404,
      `${council.name} has no medium term financial plan yet: import mtfp-lines or mtfp-assumptions.`,
    );
  return mtfp;
}
