/**
 * `outturn agency` and `outturn transport` on Demoshire: the figures they print are the ones the
 * forecast uses, and seed 002's S3 shows the premium its target implies beside the measured one.
 */
import { describe, expect, it } from "vitest";
import { demoStore } from "../support/cli.js";

const { cli } = demoStore("outturn-staffing-");
const json = async (...args: string[]) => {
  const result = await cli(...args, "--period", "2024-25:P7", "--format", "json");
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
};
type Driver = { driver: string; amount: number };
type Line = { costCentre: string; drivers: Driver[] };
const driverTotal = (lines: Line[], driver: string) =>
  lines.flatMap((l) => l.drivers).reduce((sum, d) => sum + (d.driver === driver ? d.amount : 0), 0);

let forecastJson: Promise<{ lines: Line[] }> | undefined;
const forecast = () => {
  forecastJson ??= json("forecast");
  return forecastJson;
};

describe("outturn agency", () => {
  it("lists agency posts with premiums that add up, and the S3 plan the forecast takes off", async () => {
    const agency = await json("agency");
    const premiums = agency.posts.map((a: { premium: number | null }) => a.premium ?? 0);
    expect(premiums.reduce((a: number, b: number) => a + b, 0)).toBe(agency.total.premium);
    expect(agency.byStatus.map((s: { status: string }) => s.status)).toEqual([
      "permanent",
      "agency",
      "vacant",
    ]);
    const [s3] = agency.plans;
    expect(s3.plan.saving).toBe("S3");
    expect(s3.conversions).toHaveLength(30);
    expect(s3.impliedPremium).toBe(4_471_111); // £1,006,000 ÷ (30 × 0.75)
    expect(driverTotal((await forecast()).lines, "conversions")).toBe(-s3.remaining);
  });

  it("prints the seed's average premium and the gap to the one S3 implies", async () => {
    const table = await cli("agency", "--period", "2024-25:P7");
    expect(table.stdout).toContain("seed 002 quotes £55,572");
    expect(table.stdout).toContain("implies £44,711 a post");
    expect(table.stdout).toContain("seed 002's average £55,572 (gap £10,861)");
  });
});

describe("outturn transport", () => {
  it("gives cost per pupil by EHCP and mainstream, and re-tenders that the forecast adds", async () => {
    const transport = await json("transport");
    for (const group of [transport.cost.ehcp, transport.cost.mainstream]) {
      expect(group.pupils).toBeGreaterThan(0);
      expect(Math.abs(group.perPupil * group.pupils - group.dailyCost)).toBeLessThanOrEqual(group.pupils / 2);
    }
    expect(transport.retenders.length).toBeGreaterThan(0);
    const added = transport.retenders.reduce((sum: number, r: { remaining: number }) => sum + r.remaining, 0);
    expect(driverTotal((await forecast()).lines, "re-tenders")).toBe(added);
    const table = await cli("transport", "--period", "2024-25:P7", "--format", "csv");
    expect(table.stdout.split("\n")[0]).toBe(
      "Pupils,Number,Daily cost (£),Per pupil a day (£),Per pupil a year (£)",
    );
  });
});
