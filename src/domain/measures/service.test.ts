/**
 * Each service measure on the hand-made history (fixtures.ts) at 31 March 2024, against counts made
 * by hand: children A, B, C, D, G, H and I are looked after that day (E left in January, F had short
 * breaks only).
 */
import { describe, expect, it } from "vitest";
import type { MeasureId } from "./catalogue.js";
import { childOf, episode, FIXTURE_CHILDREN, fixtureHistory } from "./fixtures.js";
import { readService, serviceContext } from "./service.js";

const DAY = "2024-03-31";
const ctx = serviceContext(fixtureHistory(), () => 1_400);
const read = (id: MeasureId, day = DAY, context = ctx) => readService(context, id, day);

describe("service measures on the hand-made history at 31 March 2024", () => {
  it("counts the children looked after, and their rate per 10,000 to a whole number", () => {
    expect(read("cla-count")).toEqual({ value: 7, numerator: 7, denominator: null });
    // 7 ÷ 1,400 × 10,000 = 50.
    expect(read("cla-rate")).toEqual({ value: 50, numerator: 7, denominator: 1_400 });
  });

  it("counts each child who started or ceased once (B and G started; E and G ceased)", () => {
    expect(read("cla-starters")).toEqual({ value: 2, numerator: 2, denominator: null });
    expect(read("cla-ceased")).toEqual({ value: 2, numerator: 2, denominator: null });
  });

  it("finds B and C with 3 placements in the year: a legal-status change and a temporary placement are not moves", () => {
    const reading = read("stability-3-plus");
    expect(reading).toMatchObject({ numerator: 2, denominator: 7 });
    expect((reading as { value: number }).value).toBeCloseTo((2 / 7) * 100, 10);
  });

  it("finds A, D and H stable of the five under 16 looked after 2½ years (C moved; I's fostering for adoption is a change)", () => {
    expect(read("long-term-stability")).toEqual({ value: 60, numerator: 3, denominator: 5 });
  });

  it("leaves out of long-term stability a child whose care began as short breaks that became continuous", () => {
    // J had short breaks (V4) from 2019 and has been in care since June 2021; K only since June 2021.
    const continuous = (id: string, breaks: boolean) =>
      childOf(id, "2012-01-01", [
        ...(breaks ? [episode(id, "2019-01-01", "2021-06-01", "S", "U4", "PR1", { ls: "V4" })] : []),
        episode(id, "2021-06-01", null, breaks ? "L" : "S", "U4", "PR1"),
      ]);
    const context = serviceContext(
      fixtureHistory([continuous("J", true), continuous("K", false)]),
      () => null,
    );
    expect(read("cla-count", DAY, context)).toMatchObject({ numerator: 2 });
    expect(read("long-term-stability", DAY, context)).toEqual({ value: 100, numerator: 1, denominator: 1 });
  });

  it("splits the placements on the day: foster A, B, D, I; residential C, G; IFA B of in-house A, I; kinship D", () => {
    expect(read("placed-foster")).toMatchObject({ numerator: 4, denominator: 7 });
    expect(read("placed-residential")).toMatchObject({ numerator: 2, denominator: 7 });
    expect(read("foster-ifa-share")).toMatchObject({ numerator: 1, denominator: 3 });
    expect(read("placed-kinship")).toMatchObject({ numerator: 1, denominator: 7 });
  });

  it("counts D missing of the 8 looked after in the year (E was away, not missing; G's was the year before)", () => {
    expect(read("missing-share")).toEqual({ value: 12.5, numerator: 1, denominator: 8 });
  });

  it("says missing is not available, rather than 0%, when the returns hold no missing episode at all", () => {
    const none = FIXTURE_CHILDREN.map((c) => ({ ...c, missing: [] }));
    expect(
      read(
        "missing-share",
        DAY,
        serviceContext(fixtureHistory(none), () => null),
      ),
    ).toEqual({
      notAvailable:
        "The SSDA903 returns imported hold no missing episode at all: was the Missing table loaded?",
    });
  });

  it("says distance is not available when no new placement records one", () => {
    expect(read("placements-over-20-miles")).toEqual({
      notAvailable: "Not available: no placement that started in the 12 months has a recorded distance.",
    });
  });

  it("counts new placements over 20 miles of all 6 new placements once a distance is recorded", () => {
    const [a, b, ...rest] = FIXTURE_CHILDREN;
    const withDistance = childOf(
      "B",
      b?.dob ?? "",
      (b?.episodes ?? []).map((e, i) =>
        episode("B", e.decom, e.dec, e.rne, e.place, e.placeProvider, {
          plDistance: [25, 5, null][i] ?? null,
        }),
      ),
    );
    const context = serviceContext(
      fixtureHistory([a, withDistance, ...rest].filter((c) => c !== undefined)),
      () => null,
    );
    expect(read("placements-over-20-miles", DAY, context)).toMatchObject({ numerator: 1, denominator: 6 });
  });

  it("says what is missing instead of a value: the population, or returns that do not reach the day", () => {
    const noPopulation = serviceContext(fixtureHistory(), () => null);
    expect(read("cla-rate", DAY, noPopulation)).toEqual({
      notAvailable: "The under-18 population is not known: enter under-18-population in measure-values.",
    });
    expect(read("cla-count", "2024-10-31")).toEqual({
      notAvailable: "The SSDA903 returns imported run to 2024-03-31.",
    });
    // The 12 months to 31 October 2022 start before the returns do; the day itself is covered.
    expect(read("stability-3-plus", "2022-10-31")).toEqual({
      notAvailable:
        "The SSDA903 returns imported start on 2022-04-01; this needs the 12 months to 2022-10-31.",
    });
    expect(read("cla-count", "2022-10-31")).toMatchObject({ value: expect.any(Number) });
    const none = serviceContext({ years: [], children: [], artefacts: [] }, () => 1_000);
    expect(read("cla-count", DAY, none)).toEqual({ notAvailable: "No SSDA903 return has been imported." });
  });
});
