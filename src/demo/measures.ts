/**
 * Demoshire's measure registers: its own targets for a few measures, the values it enters each
 * month (EHC plans within 20 weeks, care leavers in education, employment or training) and its
 * under-18 population each year (Herefordshire's ONS estimates, as the DfE publishes them), and
 * commentary on the as-at period.
 */
import {
  comparePeriods,
  formatPeriodRef,
  type PeriodRef,
  periodsOf,
  previousYear,
} from "../domain/calendar/financial.js";
import type { MeasureComment, MeasureSetting, MeasureValue } from "../domain/measures/measure.js";

export interface DemoMeasures {
  measureSettings: MeasureSetting[];
  measureValues: MeasureValue[];
  measureComments: MeasureComment[];
}

/** A gentle, deterministic wave around `level`, one value a month, to 1 decimal place. */
const wave = (level: number, swing: number, i: number) =>
  Math.round((level + swing * Math.sin(i / 2)) * 10) / 10;

export function demoMeasures(asAt: PeriodRef): DemoMeasures {
  const months = [...periodsOf(previousYear(asAt.year)), ...periodsOf(asAt.year)].filter(
    (ref) => comparePeriods(ref, asAt) <= 0,
  );
  const monthly = (measure: string, level: number, swing: number, drift: number) =>
    months.map((ref, i) => ({
      measure,
      period: formatPeriodRef(ref),
      value: wave(level + drift * i, swing, i),
    }));
  const period = formatPeriodRef(asAt);
  return {
    measureSettings: [
      { measure: "ehcp-20-weeks", target: 60, tolerance: 5, owner: "Head of SEND" },
      { measure: "residential-weekly-cost", target: 5_500_00, tolerance: 500_00, owner: "" },
      { measure: "agency-social-workers", target: 12, tolerance: 3, owner: "Head of workforce" },
    ],
    measureValues: [
      ...monthly("ehcp-20-weeks", 74, 4, -0.5),
      ...monthly("care-leavers-eet", 55, 3, 0.1),
      { measure: "under-18-population", period: `${previousYear(asAt.year)}:P1`, value: 33_961 },
      { measure: "under-18-population", period: `${asAt.year}:P1`, value: 34_052 },
    ],
    measureComments: [
      {
        measure: "ehcp-20-weeks",
        period,
        date: "2024-11-08",
        author: "Head of SEND",
        text: "Requests for assessment are up a fifth on last year; two locum educational psychologists start in December.",
      },
      {
        measure: "agency-social-workers",
        period,
        date: "2024-11-11",
        author: "Head of workforce",
        text: "Six permanent offers made in the assessment teams; the conversions take effect from January.",
      },
      {
        measure: "forecast-overspend",
        period,
        date: "2024-11-12",
        author: "Finance business partner, children's services",
        text: "The overspend is in external residential placements; see the key pressures.",
      },
    ],
  };
}
