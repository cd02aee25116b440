import { describe, expect, it } from "vitest";
import { daysInclusive, maxDate, minDate } from "../domain/calendar/dates.js";
import { periodEnd, periodStart, periodsOf } from "../domain/calendar/financial.js";
import { schoolDayCounter } from "../domain/calendar/terms.js";
import { prorate, scale, sum } from "../domain/money/money.js";
import { netWeeklyCost } from "../domain/placements/placement.js";
import { AGENCY_DAYS_PER_YEAR } from "../domain/workforce/post-cost.js";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, DemoOptionsError, generateCouncil } from "./generate.js";
import { CLOSING_PROVIDER, PROVIDER_CLOSURE_DATE } from "./market.js";
import { routeDailyCost } from "./transport.js";

const demo = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
const { registers } = demo;
const asAtDay = periodEnd({ year: "2024-25", period: 7 });

describe("generateCouncil", () => {
  it("is deterministic: the same seed gives the same council, another seed a different one", () => {
    expect(generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT })).toEqual(demo);
    const other = generateCouncil({ seed: DEMOSHIRE_SEED + 1, scale: 1 });
    expect(other.registers.placements).not.toEqual(registers.placements);
    expect(other.registers.workforce).not.toEqual(registers.workforce);
    expect(other.registers.htstRoutes).not.toEqual(registers.htstRoutes);
  });

  it("names Demoshire at scale 1 and a large council otherwise, both marked as demos", () => {
    expect(demo.council).toEqual({ la: "DEMO", name: "Demoshire", region: "West Midlands", demo: true });
    expect(DEMOSHIRE_AS_AT).toBe("2024-25:P7");
  });

  it("rejects options it cannot honour, naming the value", () => {
    expect(() => generateCouncil({ seed: 1, scale: 0 })).toThrow(DemoOptionsError);
    expect(() => generateCouncil({ seed: 1.5, scale: 1 })).toThrow(/seed must be a whole number, got 1.5/);
    expect(() => generateCouncil({ seed: 1, scale: 1, asAt: "2023-24:P7" })).toThrow(/2023-24:P7/);
  });

  it("keeps placements sane: unique refs, end ≥ start, one running placement per child", () => {
    const refs = new Set(registers.placements.map((p) => p.placementRef));
    expect(refs.size).toBe(registers.placements.length);
    const byChild = new Map<string, typeof registers.placements>();
    for (const p of registers.placements) {
      expect(p.childRef).toMatch(/^C\d{6}$/);
      if (p.end !== null) expect(p.end >= p.start).toBe(true);
      expect(p.end === null || p.end <= asAtDay).toBe(true);
      expect(netWeeklyCost(p)).toBeGreaterThanOrEqual(0);
      byChild.set(p.childRef, [...(byChild.get(p.childRef) ?? []), p]);
    }
    for (const placements of byChild.values()) {
      const ordered = [...placements].sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < ordered.length; i++) {
        expect((ordered[i - 1]?.end ?? "9999-12-31") < (ordered[i]?.start ?? "")).toBe(true);
      }
    }
  });

  it("codes supported accommodation H5/P2 up to March 2024 and K3 from April 2024", () => {
    for (const p of registers.placements) {
      if (p.placeCode === "K3") expect(p.start >= "2024-04-01").toBe(true);
      if (p.placeCode === "H5" || p.placeCode === "P2")
        expect((p.end ?? "9999-12-31") <= "2024-03-31").toBe(true);
    }
  });

  it("closes every home of the failing provider on one day and moves its children elsewhere", () => {
    const closed = registers.placements.filter((p) => p.provider === CLOSING_PROVIDER);
    expect(closed.length).toBeGreaterThan(0);
    const dayBefore = "2023-11-16";
    const moved = closed.filter((p) => p.end === dayBefore);
    expect(moved.length).toBeGreaterThan(0);
    for (const p of closed) expect(p.end !== null && p.end <= dayBefore).toBe(true);
    for (const p of moved) {
      const next = registers.placements.find(
        (n) => n.childRef === p.childRef && n.start === PROVIDER_CLOSURE_DATE,
      );
      expect(next?.placeCode).toBe("K2");
      expect(next?.provider).not.toBe(CLOSING_PROVIDER);
    }
  });

  it("keeps posts, routes and pupils sane, and every pupil on a route that runs while they ride", () => {
    const routes = new Map(registers.htstRoutes.map((r) => [r.routeRef, r]));
    expect(new Set(registers.workforce.map((p) => p.postRef)).size).toBe(registers.workforce.length);
    for (const row of [...registers.workforce, ...registers.htstRoutes, ...registers.htstPupils]) {
      if (row.end !== null) expect(row.end >= row.start).toBe(true);
    }
    for (const post of registers.workforce) {
      expect(post.status === "agency" ? post.dayRate : post.annualCost).toBeGreaterThan(0);
    }
    for (const pupil of registers.htstPupils) {
      const route = routes.get(pupil.routeRef);
      expect(route, pupil.pupilRef).toBeDefined();
      expect(route && route.start <= pupil.start).toBe(true);
      expect(route && (route.end === null || (pupil.end !== null && pupil.end <= route.end))).toBe(true);
    }
  });

  it("puts every placement, post and route on a budget line of the right kind in every year", () => {
    const years = ["2021-22", "2022-23", "2023-24", "2024-25"];
    const kinds = new Map(registers.budgetLines.map((l) => [`${l.year} ${l.costCentre}`, l.kind]));
    const check = (rows: { costCentre: string }[], kind: string) => {
      for (const row of rows)
        for (const year of years) expect(kinds.get(`${year} ${row.costCentre}`)).toBe(kind);
    };
    check(registers.placements, "placements");
    check(registers.workforce, "staffing");
    check(registers.htstRoutes, "transport");
    for (const a of registers.actuals) expect(kinds.has(`${a.year} ${a.costCentre}`)).toBe(true);
  });

  it("sets budgets with the seed's totals to the pound and profiles that add up", () => {
    const total = (year: string) =>
      sum(registers.budgetLines.filter((l) => l.year === year).map((l) => l.annualBudget));
    expect(total("2023-24")).toBe(50_812_000_00);
    expect(total("2024-25")).toBe(65_132_000_00);
    for (const year of ["2021-22", "2022-23", "2023-24", "2024-25"]) {
      const lines = registers.budgetLines.filter((l) => l.year === year);
      expect(lines.length).toBeGreaterThanOrEqual(20);
      expect(lines.length).toBeLessThanOrEqual(30);
    }
    for (const line of registers.budgetLines) {
      expect(line.profile).toHaveLength(12);
      expect(sum(line.profile)).toBe(line.annualBudget);
    }
  });

  it("records an actual for every cost centre in every period up to the as-at period", () => {
    const lines = registers.budgetLines.filter((l) => l.year === "2021-22").length;
    expect(registers.actuals).toHaveLength(lines * (36 + 7));
    expect(registers.actuals.some((a) => a.year === "2024-25" && a.period > 7)).toBe(false);
  });

  it("makes 2024-25 actuals exactly what the registers' current figures cost", () => {
    const schoolDays = schoolDayCounter({ terms: registers.terms, closures: registers.closures });
    const spend = new Map<string, number>();
    const add = (key: string, amount: number) => spend.set(key, (spend.get(key) ?? 0) + amount);
    for (const ref of periodsOf("2024-25").slice(0, 7)) {
      const [from, to] = [periodStart(ref), periodEnd(ref)];
      const overlap = (row: { start: string; end: string | null }) =>
        [maxDate(row.start, from), minDate(row.end ?? to, to)] as const;
      for (const p of registers.placements) {
        const [a, b] = overlap(p);
        if (a <= b) add(`${ref.period} ${p.costCentre}`, prorate(netWeeklyCost(p), daysInclusive(a, b), 7));
      }
      for (const post of registers.workforce) {
        const [a, b] = overlap(post);
        if (a > b || post.status === "vacant") continue;
        const annual =
          post.status === "agency"
            ? scale(post.dayRate ?? 0, post.fte) * AGENCY_DAYS_PER_YEAR
            : scale(post.annualCost ?? 0, post.fte);
        add(`${ref.period} ${post.costCentre}`, prorate(annual, daysInclusive(a, b), 365));
      }
      for (const route of registers.htstRoutes) {
        const [a, b] = overlap(route);
        if (a <= b) add(`${ref.period} ${route.costCentre}`, routeDailyCost(route) * schoolDays(a, b));
      }
    }
    const kinds = new Map(registers.budgetLines.map((l) => [l.costCentre, l.kind]));
    const driven = registers.actuals.filter(
      (a) => a.year === "2024-25" && kinds.get(a.costCentre) !== "other",
    );
    expect(driven.length).toBe(17 * 7);
    for (const actual of driven)
      expect(actual.amount, `${actual.period} ${actual.costCentre}`).toBe(
        spend.get(`${actual.period} ${actual.costCentre}`) ?? 0,
      );
  });
});
