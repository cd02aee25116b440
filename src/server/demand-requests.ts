/**
 * What the demand routes ask for, turned into the council's projection, or an HTTP error a person
 * can act on: the period the page is opened at, and the reference period, start and months, each
 * checked, and checked against what the council's SSDA903 returns cover.
 */

import type { FastifyRequest } from "fastify";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { daysInMonth, type IsoDate, isIsoDate, isoDate, toDay } from "../domain/calendar/dates.js";
import { formatPeriodRef, periodEnd, periodOf } from "../domain/calendar/financial.js";
import { coverageOf } from "../domain/demand/backtest/window.js";
import type { DemandSettings } from "../domain/demand/model.js";
import { MAX_DAYS } from "../domain/demand/projection/project.js";
import { longDate } from "../domain/demand/words.js";
import { type Audience, audienceFor } from "../domain/disclosure/audience.js";
import type { CouncilRegisters } from "../domain/registers.js";
import type { Ssda903History } from "../domain/ssda903/history.js";
import { type CouncilDemand, councilDemand, coveredTo } from "../report/demand/council-demand.js";
import { councilHistory } from "../report/measures/council-measures.js";
import type { Council, Store } from "../store/store.js";
import { councilOf, viewerOf } from "./access.js";
import { choosePeriod, HttpError } from "./requests.js";

export interface DemandQuery {
  la?: string;
  period?: string;
  /** "2023-03-31..2024-03-31" */
  reference?: string;
  start?: string;
  months?: string;
}

/** The same day `months` months later, the last day of the month where it has no such day. */
export function monthsLater(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  return isoDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

const bad = (message: string) => new HttpError(400, message);

/** What a query can ask for: the reference period, the start, and months rather than days. */
export type AskedSettings = Partial<Pick<DemandSettings, "referenceStart" | "referenceEnd" | "start">> & {
  months?: number;
};

/** The settings the query asks for; a 400 naming the parameter and its rule when one is wrong. */
export function askedSettings(query: DemandQuery): AskedSettings {
  const asked: AskedSettings = {};
  if (query.reference !== undefined && query.reference !== "") {
    const [from, to, ...rest] = query.reference.split("..");
    if (rest.length > 0 || !from || !to || !isIsoDate(from) || !isIsoDate(to) || from >= to)
      throw bad(
        `reference must be two dates written 2023-03-31..2024-03-31, the first before the second; "${query.reference}" is not.`,
      );
    Object.assign(asked, { referenceStart: from, referenceEnd: to });
  }
  if (query.start !== undefined && query.start !== "") {
    if (!isIsoDate(query.start))
      throw bad(`start must be a date written 2024-03-31; "${query.start}" is not.`);
    asked.start = query.start;
  }
  if (query.months !== undefined && query.months !== "") {
    const months = /^\d+$/.test(query.months) ? Number(query.months) : Number.NaN;
    if (!(months >= 1 && months <= 48))
      throw bad(`months must be a whole number from 1 to 48 (4 years); "${query.months}" is not.`);
    asked.months = months;
  }
  return asked;
}

/** The days `months` months run from `start`. */
const daysFor = (start: IsoDate, months: number) =>
  Math.min(MAX_DAYS, toDay(monthsLater(start, months)) - toDay(start));

export interface DemandRequest {
  council: Council;
  registers: CouncilRegisters;
  history: Ssda903History;
  audience: Audience;
  period: string;
  demand: CouncilDemand;
}

/** The period the page is opened at: asked, else the latest with actuals, else today's. */
function periodFor(asked: string | undefined, registers: CouncilRegisters, today: IsoDate): string {
  const latest = latestPeriodWithActuals(registers.actuals) ?? periodOf(today);
  return formatPeriodRef(choosePeriod(asked, latest));
}

/** The viewer's council's projection with the settings the query asks for, as the viewer reads it. */
export async function demandRequest(
  store: Store,
  request: FastifyRequest<{ Querystring: DemandQuery }>,
  today: IsoDate,
): Promise<DemandRequest> {
  const query = request.query;
  const asked = askedSettings(query);
  const council = await councilOf(store, request);
  const councilStore = store.council(council.la);
  const registers = await councilStore.registers();
  const period = periodFor(query.period, registers, today);
  const asAt = periodEnd(choosePeriod(period, null));
  const history = await councilHistory(councilStore);
  const covered = coveredTo(history, asAt);
  const coverage = coverageOf(history, covered ?? undefined);
  if (covered === null || typeof coverage === "string")
    throw new HttpError(
      404,
      `${council.name} has no SSDA903 returns loaded, so there is nothing to project from. Import them with "outturn import-903".`,
    );
  const { months, ...settings } = asked;
  const start = settings.start ?? covered;
  const wanted = { ...settings, ...(months === undefined ? {} : { days: daysFor(start, months) }) };
  const outside = [settings.referenceStart, settings.referenceEnd, settings.start].some(
    (d) => d !== undefined && (d < coverage.first || d > coverage.last),
  );
  if (outside)
    throw bad(
      `The reference period and the start must lie within what ${council.name}'s returns cover, ${longDate(coverage.first)} to ${longDate(coverage.last)}.`,
    );
  let demand: CouncilDemand | null;
  try {
    demand = councilDemand(registers, history, asAt, wanted);
  } catch (error) {
    // Settings the query asked for can make a model the data cannot fit; the default settings cannot.
    if (Object.keys(asked).length === 0) throw error;
    throw bad(`The demand model cannot run with these settings: ${(error as Error).message}.`);
  }
  if (!demand) throw new HttpError(404, `${council.name} has no SSDA903 returns loaded.`);
  return {
    council,
    registers,
    history,
    audience: audienceFor(viewerOf(request).reader, registers.assumptions),
    period,
    demand,
  };
}

/** The months the settings run, when they are a whole number of months; else blank. */
export function monthsFor(settings: DemandSettings): string {
  for (let m = 1; m <= 48; m++) if (daysFor(settings.start, m) === settings.days) return String(m);
  return "";
}
