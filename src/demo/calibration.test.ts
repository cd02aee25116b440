import { describe, expect, it } from "vitest";
import { sum } from "../domain/money/money.js";
import { measureCalibration } from "./calibration.js";
import { SOCIAL_WORKER_AGENCY_PREMIUM } from "./establishment.js";
import { DEMOSHIRE_SEED, simulateCouncil } from "./generate.js";

const figures = measureCalibration(simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 }));

describe("Demoshire is calibrated to Herefordshire (seed 002) and England's figures", () => {
  it("looks after 410-450 children at the as-at date, with starters and leavers as in the DfE table", () => {
    expect(figures.childrenLookedAfter.asAt).toBeGreaterThanOrEqual(410);
    expect(figures.childrenLookedAfter.asAt).toBeLessThanOrEqual(450);
    expect(figures.childrenLookedAfter["31 March 2022"]).toBeGreaterThanOrEqual(360);
    for (const year of ["2021-22", "2022-23", "2023-24"]) {
      const flow = figures.flows[year];
      expect(flow?.starters).toBeGreaterThanOrEqual(95);
      expect(flow?.starters).toBeLessThanOrEqual(165);
      expect(flow?.ceased).toBeGreaterThanOrEqual(77);
      expect(flow?.ceased).toBeLessThanOrEqual(124);
    }
  });

  it("places children in about England's mix", () => {
    const { mix } = figures;
    const between = (share: number | undefined, low: number, high: number) => {
      expect(share).toBeGreaterThanOrEqual(low);
      expect(share).toBeLessThanOrEqual(high);
    };
    between(mix.foster, 0.6, 0.74);
    between(mix["secure and children's homes"], 0.07, 0.13);
    between(mix.supported, 0.04, 0.1);
    between(mix["with parents"], 0.03, 0.09);
    between(mix.adoption, 0.005, 0.05);
    between(mix["other residential and schools"], 0.02, 0.1);
  });

  it("prices residential care near the seed's £4,860 a week in 2022-23, with a tail to about £15k", () => {
    expect(figures.residentialWeekly2022_23).toBeGreaterThanOrEqual(4_400_00);
    expect(figures.residentialWeekly2022_23).toBeLessThanOrEqual(5_400_00);
    expect(figures.maxWeeklyCost).toBeGreaterThan(10_000_00);
    expect(figures.maxWeeklyCost).toBeLessThanOrEqual(16_000_00);
    expect(figures.residentialOutOfArea).toBeGreaterThan(0.7);
    expect(figures.withContributions).toBeGreaterThan(0);
  });

  it("makes IFA foster care dearer than in-house, and supported accommodation £1,500-£3,500 a week", () => {
    expect(figures.ifaWeekly).toBeGreaterThan(figures.inHouseWeekly);
    expect(figures.ifaWeekly).toBeGreaterThanOrEqual(900_00);
    expect(figures.ifaWeekly).toBeLessThanOrEqual(1_150_00);
    expect(figures.inHouseWeekly).toBeGreaterThanOrEqual(350_00);
    expect(figures.inHouseWeekly).toBeLessThanOrEqual(520_00);
    expect(figures.supportedWeekly).toBeGreaterThanOrEqual(1_500_00);
    expect(figures.supportedWeekly).toBeLessThanOrEqual(3_500_00);
  });

  it("staffs about 90 social worker posts, 60-70% agency, at the seed's agency premium", () => {
    const sw = figures.socialWorkers;
    expect(sw.posts).toBeGreaterThanOrEqual(80);
    expect(sw.posts).toBeLessThanOrEqual(95);
    expect(sw.agencyShare).toBeGreaterThanOrEqual(0.6);
    expect(sw.agencyShare).toBeLessThanOrEqual(0.7);
    expect(sw.agencyShareSeptember2023).toBeGreaterThanOrEqual(0.65);
    expect(Math.abs(sw.meanPremium - SOCIAL_WORKER_AGENCY_PREMIUM)).toBeLessThanOrEqual(3_000_00);
    expect(figures.teamManagerAgencyShare).toBeGreaterThanOrEqual(0.2);
    expect(figures.teamManagerAgencyShare).toBeLessThanOrEqual(0.45);
  });

  it("carries vacant posts at every period end, 5-10% of the establishment at the as-at date", () => {
    // About 195 posts: 10-19 vacant at the as-at date, and never none at a period end since April 2022.
    expect(figures.vacancies.asAt).toBeGreaterThanOrEqual(0.05);
    expect(figures.vacancies.asAt).toBeLessThanOrEqual(0.1);
    expect(figures.vacancies.fewest).toBeGreaterThanOrEqual(0.03);
    expect(figures.vacancies.most).toBeLessThanOrEqual(0.15);
  });

  it("carries about 1,200 pupils on home-to-school transport, 40-50% with an EHCP, EHCP numbers up ~49%", () => {
    const t = figures.transport;
    expect(t.pupils).toBeGreaterThanOrEqual(1_100);
    expect(t.pupils).toBeLessThanOrEqual(1_300);
    expect(t.ehcpShare).toBeGreaterThanOrEqual(0.4);
    expect(t.ehcpShare).toBeLessThanOrEqual(0.5);
    expect(t.ehcpInSpecial).toBeGreaterThan(0.7);
    expect(t.ehcpGrowth).toBeGreaterThanOrEqual(0.4);
    expect(t.ehcpGrowth).toBeLessThanOrEqual(0.6);
    for (const daily of t.taxiDaily) expect(daily >= 60_00 && daily <= 180_00).toBe(true);
    for (const daily of t.mainstreamDaily) expect(daily >= 200_00 && daily <= 350_00).toBe(true);
    expect(t.withAssistant).toBeGreaterThan(0.1);
  });

  it("overspends 2023-24 as the seed did: £50.8m budget, about £60-68m spent, agency and SEND transport over", () => {
    const year = figures.budget["2023-24"];
    expect(year?.budget).toBe(50_812_000_00);
    expect(year?.actual).toBeGreaterThanOrEqual(60_000_000_00);
    expect(year?.actual).toBeLessThanOrEqual(68_000_000_00);
    expect(figures.variance2023_24.socialWorkTeams).toBeGreaterThan(1_500_000_00);
    expect(figures.variance2023_24.sendTransport).toBeGreaterThan(1_000_000_00);
  });
});

describe("a large council (scale 5) for benchmarks", () => {
  it("has about 2,000 children looked after, 5-6,000 pupils on transport and budgets × 5", () => {
    const large = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 5 });
    expect(large.council).toMatchObject({ la: "LARGE", name: "Largeshire", demo: true });
    const measured = measureCalibration(large);
    expect(measured.childrenLookedAfter.asAt).toBeGreaterThanOrEqual(1_900);
    expect(measured.childrenLookedAfter.asAt).toBeLessThanOrEqual(2_300);
    expect(measured.transport.pupils).toBeGreaterThanOrEqual(5_000);
    expect(measured.transport.pupils).toBeLessThanOrEqual(6_500);
    const budget2324 = sum(
      large.registers.budgetLines.filter((l) => l.year === "2023-24").map((l) => l.annualBudget),
    );
    expect(budget2324).toBe(5 * 50_812_000_00);
  });
});
