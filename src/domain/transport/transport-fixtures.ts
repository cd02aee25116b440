/** Rows for the transport tests: a route and a pupil with every field, the SEND transport budget line, and three years' term calendars. */
import type { BudgetLine } from "../budget/budget.js";
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

/** The 2024-25 SEND transport line (cost centre SEND) the routes are forecast on. */
export const SEND_TRANSPORT_LINE: BudgetLine = {
  year: "2024-25",
  costCentre: "SEND",
  name: "SEND transport",
  serviceArea: "Education",
  kind: "transport",
  annualBudget: 1_200,
  profile: Array(12).fill(100),
};

/** The English calendars of the academic years starting 2022, 2023 and 2024. */
export const CALENDAR: TermCalendar = (() => {
  const years = [2022, 2023, 2024].map(englishTermCalendar);
  return { terms: years.flatMap((c) => c.terms), closures: years.flatMap((c) => c.closures) };
})();
