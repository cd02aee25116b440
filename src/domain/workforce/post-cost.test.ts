import { describe, expect, it } from "vitest";
import type { Post } from "./post.js";
import { missingRate, postCost } from "./post-cost.js";

const post: Post = {
  postRef: "S1",
  team: "Assessment",
  role: "Social worker",
  costCentre: "SW",
  fte: 1,
  status: "permanent",
  annualCost: 3_650_000,
  dayRate: 50_000,
  start: "2020-01-01",
  end: null,
};

describe("postCost", () => {
  it("pro-rates a permanent post's annual cost × FTE by calendar days", () => {
    // £36,500 a year = 10000 a day; November 2024 = 30 days
    expect(postCost(post, "2024-11-01", "2024-11-30", 365)).toBe(300_000);
    // 3650000 × 0.6 = 2190000; × 30 ÷ 365 = 180000
    expect(postCost({ ...post, fte: 0.6 }, "2024-11-01", "2024-11-30", 365)).toBe(180_000);
  });

  it("costs an agency post its day rate × FTE × 228 billed days a year, pro rata to calendar days", () => {
    // 50000 × 0.5 = 25000 a day × 228 = 5700000 a year; November: × 30 ÷ 365 = 468493.15 → 468493
    expect(postCost({ ...post, status: "agency", fte: 0.5 }, "2024-11-01", "2024-11-30", 365)).toBe(468_493);
  });

  it("costs a vacancy nothing", () => {
    expect(postCost({ ...post, status: "vacant" }, "2024-11-01", "2024-11-30", 365)).toBe(0);
  });

  it("counts only the days the post exists", () => {
    // starts 21 Nov: 10 days; ends 10 Nov: 10 days
    expect(postCost({ ...post, start: "2024-11-21" }, "2024-11-01", "2024-11-30", 365)).toBe(100_000);
    expect(postCost({ ...post, end: "2024-11-10" }, "2024-11-01", "2024-11-30", 365)).toBe(100_000);
    expect(postCost({ ...post, end: "2024-10-31" }, "2024-11-01", "2024-11-30", 365)).toBe(0);
  });

  it("returns null for a post with no rate for its status, and says which", () => {
    const agency = { ...post, status: "agency" as const, dayRate: null };
    expect(postCost(agency, "2024-11-01", "2024-11-30", 365)).toBeNull();
    expect(missingRate(agency)).toBe("agency post has no day rate");
    const permanent = { ...post, annualCost: null };
    expect(postCost(permanent, "2024-11-01", "2024-11-30", 365)).toBeNull();
    expect(missingRate(permanent)).toBe("permanent post has no annual cost");
    expect(postCost({ ...permanent, end: "2024-10-31" }, "2024-11-01", "2024-11-30", 365)).toBe(0);
  });
});
