import { describe, expect, it } from "vitest";
import { agencyPremiumReport, permanentMeans } from "./agency-premium.js";
import type { Post } from "./post.js";
import { post } from "./post-fixtures.js";

const asAt = "2024-10-31";
const register: Post[] = [
  post("P1", { annualCost: 5_000_000 }),
  post("P2", { annualCost: 5_400_000, fte: 0.6 }),
  post("P3", { annualCost: 9_000_000, end: "2024-09-30" }), // left before asAt: not compared
  post("A1", { status: "agency", dayRate: 48_000 }),
  post("A2", { status: "agency", dayRate: 45_000, fte: 0.5 }),
  post("A3", { status: "agency", dayRate: 60_000, role: "Team manager" }),
  post("A4", { status: "agency", dayRate: 70_000, start: "2024-11-01" }), // not yet in post
  post("V1", { status: "vacant", annualCost: 5_200_000 }),
];

describe("agencyPremiumReport", () => {
  const report = agencyPremiumReport(register, asAt);

  it("prices each agency post's premium over the mean permanent cost of its role × its FTE", () => {
    // Social worker permanent mean (full-time) = (£50,000 + £54,000) ÷ 2 = £52,000.
    // A1: £480 × 228 = £109,440 − £52,000 = £57,440. A2: £450 × 0.5 × 228 = £51,300 − £26,000 = £25,300.
    expect(report.posts.map((a) => [a.post.postRef, a.agencyCost, a.permanentCost, a.premium])).toEqual([
      ["A1", 10_944_000, 5_200_000, 5_744_000],
      ["A2", 5_130_000, 2_600_000, 2_530_000],
      ["A3", 13_680_000, null, null],
    ]);
  });

  it("says so when a role has no permanent post to compare with, and leaves it out of the totals", () => {
    expect(report.posts[2]?.problem).toBe("no permanent Team manager post to compare with");
    // 2 posts: £160,740 agency − £78,000 permanent = £82,740; average £41,370.
    expect(report.total).toEqual({
      posts: 2,
      agencyCost: 16_074_000,
      permanentCost: 7_800_000,
      premium: 8_274_000,
      average: 4_137_000,
    });
    expect(report.byRole.map((r) => [r.role, r.posts, r.average])).toEqual([
      ["Social worker", 2, 4_137_000],
      ["Team manager", 0, null],
    ]);
  });

  it("counts headcount and FTE by status among the posts in post on the day", () => {
    expect(report.byStatus).toEqual([
      { status: "permanent", headcount: 2, fte: 1.6 },
      { status: "agency", headcount: 3, fte: 2.5 },
      { status: "vacant", headcount: 1, fte: 1 },
    ]);
  });

  it("rounds the mean permanent cost once, half away from zero", () => {
    // (£50,000.01 + £50,000.00) ÷ 2 = 5,000,000.5p → 5,000,001p
    const means = permanentMeans(
      [post("X", { annualCost: 5_000_001 }), post("Y", { annualCost: 5_000_000 })],
      asAt,
    );
    expect(means.get("Social worker")).toBe(5_000_001);
  });
});
