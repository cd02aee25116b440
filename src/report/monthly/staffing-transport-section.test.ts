/** The workforce and transport sections of the monthly report on Demoshire at 2024-25:P7. */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../demo/generate.js";
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import type { ReportSection, ReportTable } from "./model.js";
import { transportSection, workforceSection } from "./staffing-transport-section.js";

const { council, registers } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const input = {
  council,
  audience: OFFICER,
  registers,
  outturn: forecastOutturn(registers, parsePeriodRef(DEMOSHIRE_AS_AT)),
};
const table = (section: ReportSection | null, title: string) =>
  section?.blocks.find((b): b is ReportTable => b.type === "table" && b.title === title);
const column = (t: ReportTable | undefined, key: string) => t?.rows.map((r) => r.values[key] as number) ?? [];
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("the workforce section", () => {
  const section = workforceSection(input);
  it("totals the agency premium by role", () => {
    const byRole = table(section, "Agency premium by role");
    expect(sum(column(byRole, "premium"))).toBe(byRole?.total?.values.premium);
    expect(sum(column(byRole, "posts"))).toBe(byRole?.total?.values.posts);
  });
  it("shows S3's target-implied premium beside the premium of the posts it converts", () => {
    const [s3] = table(section, "Agency conversion plans")?.rows ?? [];
    expect(s3?.values).toMatchObject({ saving: "S3", posts: 30, implied: 4_471_111 });
    expect(s3?.values.measured as number).toBeGreaterThan(4_471_111);
  });
});

describe("the transport section", () => {
  it("shares the routes' daily cost between EHCP and mainstream pupils", () => {
    const perPupil = table(transportSection(input), "Transport cost per pupil");
    expect(perPupil?.rows.map((r) => r.values.group)).toEqual(["EHCP", "Mainstream", "Routes with no pupil"]);
    for (const row of perPupil?.rows.slice(0, 2) ?? []) {
      const { pupils, dailyCost, perPupil: each } = row.values as Record<string, number>;
      expect(Math.abs((each ?? 0) * (pupils ?? 0) - (dailyCost ?? 0))).toBeLessThanOrEqual((pupils ?? 0) / 2);
    }
  });
});
