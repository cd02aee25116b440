/**
 * The measure engine: for a period, each measure's value (with its counts), RAG against its target,
 * direction of travel against the previous period (or year), its history and its commentary.
 * Service measures come from the SSDA903 history, finance measures from the registers, and entered
 * measures from the measure-values register.
 */
import type { IsoDate } from "../calendar/dates.js";
import {
  comparePeriods,
  type PeriodRef,
  parsePeriodRef,
  periodEnd,
  periodOf,
} from "../calendar/financial.js";
import type { ForecastOutturn } from "../outturn/forecast.js";
import type { CouncilRegisters } from "../registers.js";
import type { Ssda903History } from "../ssda903/history.js";
import { isMeasureId, MEASURE_IDS, measureCatalogue } from "./catalogue.js";
import { FINANCE_MEASURES, type FinanceContext } from "./finance.js";
import {
  type Direction,
  type MeasureComment,
  type MeasureDefinition,
  type MeasureValue,
  notAvailable,
  type Rag,
  type Reading,
} from "./measure.js";
import { historyPoints, type MeasurePointRef } from "./points.js";
import { directionOf, ragOf } from "./rag.js";
import { readService, type ServiceContext, serviceContext } from "./service.js";

export interface MeasuresInput {
  registers: CouncilRegisters;
  history: Ssda903History;
  period: PeriodRef;
  /** The under-18 population to use where the council has entered none (e.g. from the benchmark pack). */
  population?: number | null;
  /** Forecasts already made (closed periods' snapshots), so history need not recompute them. */
  forecasts?: readonly ForecastOutturn[];
}

export interface MeasurePoint {
  period: string;
  asAt: IsoDate;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Why there is no value; null when there is one. */
  notAvailable: string | null;
  rag: Rag | null;
}

export interface MeasureResult extends MeasurePoint {
  definition: MeasureDefinition;
  previous: MeasurePoint | null;
  direction: Direction | null;
  /** Oldest first, ending with this period. */
  history: MeasurePoint[];
  /** This period's comments, oldest first. */
  commentary: MeasureComment[];
}

export interface MeasuresReport {
  period: string;
  asAt: IsoDate;
  measures: MeasureResult[];
  warnings: string[];
}

const NO_HISTORY: Ssda903History = { years: [], children: [], artefacts: [] };
/** An empty SSDA903 history, for a council that has not imported a return yet. */
export const emptyHistory = (): Ssda903History => ({ ...NO_HISTORY, years: [], children: [], artefacts: [] });

const ENTERED_NONE = "No value has been entered for this period.";

/** The entered value at a point: that period's (monthly), or the latest in its year up to it (annual). */
function enteredAt(values: readonly MeasureValue[], d: MeasureDefinition, at: MeasurePointRef): Reading {
  const candidates = values.filter((v) => {
    if (d.frequency === "monthly") return v.period === at.period;
    const ref = parsePeriodRef(v.period);
    return ref.year === at.ref.year && comparePeriods(ref, at.ref) <= 0;
  });
  const latest = candidates
    .sort((a, b) => comparePeriods(parsePeriodRef(a.period), parsePeriodRef(b.period)))
    .at(-1);
  return latest ? { value: latest.value, numerator: null, denominator: null } : notAvailable(ENTERED_NONE);
}

/** The latest entered under-18 population for a period on or before the day's. */
function enteredPopulation(values: readonly MeasureValue[]) {
  const rows = values
    .filter((v) => v.measure === "under-18-population")
    .map((v) => ({ ref: parsePeriodRef(v.period), value: v.value }))
    .sort((a, b) => comparePeriods(a.ref, b.ref));
  return (day: IsoDate) =>
    rows.filter((r) => comparePeriods(r.ref, periodOf(day)) <= 0).at(-1)?.value ?? null;
}

function warningsOf(registers: CouncilRegisters): string[] {
  const unknown = (register: string, rows: readonly { measure: string }[]) =>
    rows
      .filter((r) => !isMeasureId(r.measure))
      .map(
        (r) =>
          `${register}: no measure "${r.measure}" (the measures are ${MEASURE_IDS.join(", ")}); left out`,
      );
  const computed = registers.measureValues
    .filter(
      (v) =>
        isMeasureId(v.measure) && measureCatalogue([]).find((d) => d.id === v.measure)?.source === "computed",
    )
    .map(
      (v) =>
        `measure-values ${v.measure}/${v.period}: ${v.measure} is computed by Outturn, so the value entered is not used`,
    );
  return [
    ...unknown("measure-settings", registers.measureSettings),
    ...unknown("measure-values", registers.measureValues),
    ...unknown("measure-comments", registers.measureComments),
    ...computed,
  ];
}

/** Every measure of the catalogue (with the council's settings) at the period. */
export function measuresAt(input: MeasuresInput): MeasuresReport {
  const { registers, period } = input;
  const at = historyPoints(period, "monthly").at(-1) as MeasurePointRef;
  const fromRegister = enteredPopulation(registers.measureValues);
  const service: ServiceContext = serviceContext(
    input.history,
    (day) => fromRegister(day) ?? input.population ?? null,
  );
  const finance: FinanceContext = {
    registers,
    period: at.period,
    forecasts: new Map((input.forecasts ?? []).map((f) => [f.period, f])),
  };
  const read = (d: MeasureDefinition, point: MeasurePointRef): Reading => {
    if (d.source === "entered")
      return enteredAt(
        registers.measureValues.filter((v) => v.measure === d.id),
        d,
        point,
      );
    if (!isMeasureId(d.id)) return notAvailable("Not a measure Outturn computes.");
    const financeMeasure = FINANCE_MEASURES[d.id];
    if (financeMeasure) return financeMeasure(finance, point);
    return readService(service, d.id, point.asAt) ?? notAvailable("Not a measure Outturn computes.");
  };

  const measures = measureCatalogue(registers.measureSettings).map((d): MeasureResult => {
    const history = historyPoints(period, d.frequency).map((point) => toPoint(d, point, read(d, point)));
    const current = history.at(-1) as MeasurePoint;
    const previous = history.at(-2) ?? null;
    return {
      definition: d,
      ...current,
      previous,
      direction: directionOf(current.value, previous?.value ?? null, d),
      history,
      commentary: commentsFor(registers.measureComments, d, at),
    };
  });
  return { period: at.period, asAt: periodEnd(period), measures, warnings: warningsOf(registers) };
}

function toPoint(d: MeasureDefinition, point: MeasurePointRef, reading: Reading): MeasurePoint {
  const base = { period: point.period, asAt: point.asAt };
  if ("notAvailable" in reading)
    return {
      ...base,
      value: null,
      numerator: null,
      denominator: null,
      notAvailable: reading.notAvailable,
      rag: null,
    };
  return { ...base, ...reading, notAvailable: null, rag: ragOf(reading.value, d) };
}

/** The measure's comments for the period (for an annual measure, its year up to the period), oldest first. */
function commentsFor(
  comments: readonly MeasureComment[],
  d: MeasureDefinition,
  at: MeasurePointRef,
): MeasureComment[] {
  return comments
    .filter((c) => {
      if (c.measure !== d.id) return false;
      if (d.frequency === "monthly") return c.period === at.period;
      const ref = parsePeriodRef(c.period);
      return ref.year === at.ref.year && comparePeriods(ref, at.ref) <= 0;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.author.localeCompare(b.author));
}
