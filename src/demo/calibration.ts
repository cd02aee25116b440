/**
 * Measures a generated council against the figures it is calibrated to (the seed and DfE), so the
 * tests can hold it to them and docs/demoshire.md can print what it actually reproduces.
 */
import { addDays, daysInclusive, type IsoDate, maxDate, minDate } from "../domain/calendar/dates.js";
import {
  comparePeriods,
  type FinancialYear,
  periodEnd,
  periodsOf,
  yearEnd,
  yearStart,
} from "../domain/calendar/financial.js";
import { netWeeklyCost, type PlaceCode, type Placement } from "../domain/placements/placement.js";
import { AGENCY_DAYS_PER_YEAR } from "../domain/workforce/post-cost.js";
import type { SimulatedCouncil } from "./generate.js";
import { RESIDENTIAL_KINDS } from "./market.js";
import { routeDailyCost } from "./transport.js";
import { measureTransportBook } from "./transport-book-calibration.js";

export const MIX_GROUPS: Record<string, readonly PlaceCode[]> = {
  foster: ["U1", "U2", "U3", "U4", "U5", "U6"],
  "secure and children's homes": ["K1", "K2"],
  supported: ["H5", "P2", "K3"],
  "with parents": ["P1"],
  adoption: ["A3", "A4", "A5", "A6"],
  "other residential and schools": ["R1", "R2", "R3", "R5", "P3", "S1"],
};

const runningOn = <T extends { start: IsoDate; end: IsoDate | null }>(rows: readonly T[], day: IsoDate) =>
  rows.filter((r) => r.start <= day && (r.end === null || r.end >= day));
const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function childrenOn(placements: readonly Placement[], day: IsoDate): number {
  return new Set(runningOn(placements, day).map((p) => p.childRef)).size;
}

/** Starters (first placement starts in the year) and leavers (last placement ends in the year). */
function flowsIn(
  placements: readonly Placement[],
  year: FinancialYear,
): { starters: number; ceased: number } {
  const span = new Map<string, { first: IsoDate; last: IsoDate | null }>();
  for (const p of placements) {
    const s = span.get(p.childRef);
    if (!s) span.set(p.childRef, { first: p.start, last: p.end });
    else {
      s.first = minDate(s.first, p.start);
      s.last = s.last === null || p.end === null ? null : maxDate(s.last, p.end);
    }
  }
  const inYear = (d: IsoDate) => d >= yearStart(year) && d <= yearEnd(year);
  let starters = 0;
  let ceased = 0;
  for (const s of span.values()) {
    if (s.first >= "2021-04-02" && inYear(s.first)) starters++;
    if (s.last !== null && inYear(addDays(s.last, 1))) ceased++;
  }
  return { starters, ceased };
}

export function measureCalibration(sim: SimulatedCouncil) {
  const { registers } = sim;
  const asAtDay = periodEnd(sim.asAt);
  const running = runningOn(registers.placements, asAtDay);
  const mix = Object.fromEntries(
    Object.entries(MIX_GROUPS).map(([group, codes]) => [
      group,
      share(running.filter((p) => codes.includes(p.placeCode)).length, running.length),
    ]),
  );
  const weekly = (filter: (p: Placement) => boolean) => mean(running.filter(filter).map((p) => p.weeklyCost));
  const foster = (p: Placement) => ["U4", "U5", "U6"].includes(p.placeCode);

  let residentialDays = 0;
  let residentialCost = 0;
  for (const { placement, kind, prices } of sim.placements) {
    if (!RESIDENTIAL_KINDS.includes(kind)) continue;
    const from = maxDate(placement.start, "2022-04-01");
    const to = minDate(placement.end ?? "2023-03-31", "2023-03-31");
    const price = [...prices].reverse().find((p) => p.from <= from);
    if (from > to || !price) continue;
    residentialDays += daysInclusive(from, to);
    residentialCost += daysInclusive(from, to) * price.weeklyCost;
  }

  const socialWorkers = (day: IsoDate) =>
    runningOn(registers.workforce, day).filter((p) => p.role === "Social worker");
  const agencyShare = (posts: typeof registers.workforce) =>
    share(
      posts.filter((p) => p.status === "agency").length,
      posts.filter((p) => p.status !== "vacant").length,
    );
  const workersNow = socialWorkers(asAtDay);
  const permanentCost = mean(
    workersNow.filter((p) => p.status === "permanent").map((p) => p.annualCost ?? 0),
  );
  const premiums = workersNow
    .filter((p) => p.status === "agency")
    .map((p) => (p.dayRate ?? 0) * AGENCY_DAYS_PER_YEAR - permanentCost);
  const managers = runningOn(registers.workforce, asAtDay).filter((p) => p.role === "Team manager");
  const vacancyShare = (day: IsoDate) => {
    const posts = runningOn(registers.workforce, day);
    return share(posts.filter((p) => p.status === "vacant").length, posts.length);
  };
  // Every period end from 2022-23 (after the first year, when the posts were all opened at once).
  const vacancyShares = (["2022-23", "2023-24", "2024-25"] as const)
    .flatMap((year) => periodsOf(year))
    .filter((ref) => comparePeriods(ref, sim.asAt) <= 0)
    .map((ref) => vacancyShare(periodEnd(ref)));

  const pupils = runningOn(registers.htstPupils, asAtDay);
  const ehcp = pupils.filter((p) => p.ehcp);
  const routes = new Map(registers.htstRoutes.map((r) => [r.routeRef, r]));
  const routesNow = runningOn(registers.htstRoutes, asAtDay);
  const ehcpOnFirstDay = (day: IsoDate) => runningOn(registers.htstPupils, day).filter((p) => p.ehcp).length;
  const years = [...new Set(registers.budgetLines.map((l) => l.year))];
  const total = (year: FinancialYear, rows: readonly { year: string; amount: number }[]) =>
    rows.filter((r) => r.year === year).reduce((s, r) => s + r.amount, 0);
  const budgets = registers.budgetLines.map((l) => ({
    year: l.year,
    amount: l.annualBudget,
    costCentre: l.costCentre,
  }));
  const variance = (year: FinancialYear, centres: string[]) =>
    total(
      year,
      registers.actuals.filter((a) => centres.includes(a.costCentre)),
    ) -
    total(
      year,
      budgets.filter((b) => centres.includes(b.costCentre)),
    );

  return {
    childrenLookedAfter: {
      asAt: childrenOn(registers.placements, asAtDay),
      "31 March 2022": childrenOn(registers.placements, "2022-03-31"),
      "31 March 2023": childrenOn(registers.placements, "2023-03-31"),
      "31 March 2024": childrenOn(registers.placements, "2024-03-31"),
    },
    flows: Object.fromEntries(years.map((y) => [y, flowsIn(registers.placements, y)])),
    mix,
    residentialWeekly2022_23: residentialDays === 0 ? 0 : residentialCost / residentialDays,
    maxWeeklyCost: Math.max(...registers.placements.map((p) => p.weeklyCost)),
    ifaWeekly: weekly((p) => foster(p) && p.providerCode !== "PR1"),
    inHouseWeekly: weekly((p) => foster(p) && p.providerCode === "PR1"),
    supportedWeekly: weekly((p) => ["H5", "K3"].includes(p.placeCode)),
    residentialOutOfArea: share(
      running.filter((p) => ["K1", "K2"].includes(p.placeCode) && p.area === "out").length,
      running.filter((p) => ["K1", "K2"].includes(p.placeCode)).length,
    ),
    withContributions: running.filter((p) => netWeeklyCost(p) < p.weeklyCost).length,
    socialWorkers: {
      posts: workersNow.length,
      agency: workersNow.filter((p) => p.status === "agency").length,
      vacant: workersNow.filter((p) => p.status === "vacant").length,
      agencyShare: agencyShare(workersNow),
      agencyShareSeptember2023: agencyShare(socialWorkers("2023-09-30")),
      meanPremium: mean(premiums),
    },
    teamManagerAgencyShare: agencyShare(managers),
    /** Vacant posts ÷ all posts of the establishment. */
    vacancies: {
      asAt: vacancyShare(asAtDay),
      fewest: Math.min(...vacancyShares),
      most: Math.max(...vacancyShares),
    },
    transport: {
      pupils: pupils.length,
      ehcpShare: share(ehcp.length, pupils.length),
      ehcpInSpecial: share(ehcp.filter((p) => p.setting === "special").length, ehcp.length),
      ehcpSingleOccupancy: share(
        ehcp.filter((p) => routes.get(p.routeRef)?.occupancy === "single").length,
        ehcp.length,
      ),
      ehcpGrowth: ehcpOnFirstDay("2024-09-30") / ehcpOnFirstDay("2020-09-30") - 1,
      taxiDaily: routesNow
        .filter((r) => r.occupancy === "single" && r.dailyCost !== null)
        .map((r) => r.dailyCost ?? 0),
      mainstreamDaily: routesNow
        .filter((r) => r.costCentre === "HTS-MAIN")
        .map((r) => routeDailyCost(r) - r.assistantDailyCost),
      withAssistant: share(routesNow.filter((r) => r.passengerAssistant).length, routesNow.length),
    },
    budget: Object.fromEntries(
      years.map((y) => [y, { budget: total(y, budgets), actual: total(y, registers.actuals) }]),
    ),
    transportBook: measureTransportBook(registers, asAtDay),
    variance2023_24: {
      socialWorkTeams: variance("2023-24", ["SW-ASMT", "SW-FSP", "LAC-CIC"]),
      sendTransport: variance("2023-24", ["SEND-TRN"]),
    },
  };
}
