/** Rows for the transport tests: a route and a pupil with every field, and three years' term calendars. */
import { englishTermCalendar, type TermCalendar } from "../calendar/terms.js";
import type { HtstPupil, HtstRoute } from "./htst.js";

export const route = (routeRef: string, fields: Partial<HtstRoute>): HtstRoute => ({
  routeRef,
  costCentre: "SEND",
  operator: "Cabs Ltd",
  dailyCost: null,
  dailyMiles: null,
  ratePerMile: null,
  occupancy: "single",
  passengerAssistant: false,
  assistantDailyCost: 0,
  start: "2022-09-01",
  end: null,
  ...fields,
});

export const pupil = (pupilRef: string, fields: Partial<HtstPupil>): HtstPupil => ({
  pupilRef,
  school: "Oakfield Special School",
  ehcp: true,
  setting: "special",
  routeRef: "R1",
  start: "2022-09-01",
  end: null,
  ...fields,
});

/** The English calendars of the academic years starting 2022, 2023 and 2024. */
export const CALENDAR: TermCalendar = (() => {
  const years = [2022, 2023, 2024].map(englishTermCalendar);
  return { terms: years.flatMap((c) => c.terms), closures: years.flatMap((c) => c.closures) };
})();
