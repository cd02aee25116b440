import { describe, expect, it } from "vitest";
import { formatPounds } from "../money/money.js";
import { type ConversionPlan, impliedPremium, planSavings, yearShare } from "./conversion.js";
import type { Post } from "./post.js";

const post = (postRef: string, fields: Partial<Post>): Post => ({
  postRef,
  team: "Assessment",
  role: "Social worker",
  costCentre: "SW",
  fte: 1,
  status: "agency",
  annualCost: null,
  dayRate: null,
  start: "2020-01-01",
  end: null,
  ...fields,
});
const plan = (fields: Partial<ConversionPlan>): ConversionPlan => ({
  ref: "CP1",
  saving: "S3",
  role: "Social worker",
  posts: 2,
  effectiveDate: "2024-07-01",
  target: null,
  note: "",
  ...fields,
});

describe("yearShare", () => {
  it("counts a plan's effect in months, a part month by its days", () => {
    const share = (from: string, to: string) => {
      const s = yearShare(from, to);
      return s.numerator / s.denominator;
    };
    expect(share("2024-07-01", "2025-03-31")).toBe(0.75); // July to March: 9 of 12 months
    expect(share("2024-11-16", "2025-03-31")).toBe(4.5 / 12); // 15 of November's 30 days + 4 months
    expect(share("2024-04-01", "2025-03-31")).toBe(1);
    expect(share("2025-01-01", "2024-12-31")).toBe(0);
  });
});

describe("impliedPremium", () => {
  it("reproduces seed 002's S3: £1,006k for 30 posts with a 3/4-year effect is £44,711 a post", () => {
    // 1,006,000 ÷ (30 × 0.75) = 44,711.11; the same paper quotes an average premium of £55,572.
    const implied = impliedPremium(1_006_000_00, 30, yearShare("2024-07-01", "2025-03-31"));
    expect(implied).toBe(4_471_111);
    expect(formatPounds(5_557_200 - (implied ?? 0), { wholePounds: true })).toBe("£10,861");
  });
});

describe("planSavings", () => {
  // Social worker permanent mean £52,000. Agency premiums a year: A1 £480 × 228 = £109,440 → £57,440;
  // A2 £500 × 228 = £114,000 → £62,000; A3 £400 × 228 = £91,200 → £39,200.
  const register = [
    post("PERM", { status: "permanent", annualCost: 5_200_000 }),
    post("A1", { dayRate: 48_000 }),
    post("A2", { dayRate: 50_000 }),
    post("A3", { dayRate: 40_000 }),
  ];

  it("converts the dearest agency posts first and saves their premium this year, in a full year and after the period end", () => {
    const [saving] = planSavings([plan({ target: 8_958_000 })], register, "2024-25", "2024-10-31");
    expect(saving?.conversions.map((c) => c.post.postRef)).toEqual(["A2", "A1"]);
    expect(saving?.fullYear).toBe(11_944_000); // £62,000 + £57,440
    expect(saving?.thisYear).toBe(8_958_000); // × 9/12 from 1 July
    // From 1 November, 5/12: £62,000 → 2,583,333.3p → 2,583,333; £57,440 → 2,393,333.3p → 2,393,333
    expect(saving?.remaining).toBe(4_976_666);
    expect(saving?.measuredPremium).toBe(5_972_000);
    // A target equal to what the posts save implies exactly their premium: no gap to explain.
    expect(saving?.impliedPremium).toBe(5_972_000);
    expect(saving?.missing).toBe(0);
  });

  it("does not convert a post twice, and counts the posts a later plan cannot find", () => {
    const [first, second] = planSavings(
      [plan({ ref: "CP2", effectiveDate: "2025-01-01" }), plan({ ref: "CP1" })],
      register,
      "2024-25",
      "2024-10-31",
    );
    expect(first?.plan.ref).toBe("CP1");
    expect(second?.conversions.map((c) => c.post.postRef)).toEqual(["A3"]);
    expect(second?.missing).toBe(1);
    expect(second?.thisYear).toBe(980_000); // £39,200 × 3/12
  });

  it("saves only until a converted post's end", () => {
    const ending = [...register.slice(0, 2), post("A2", { dayRate: 50_000, end: "2024-12-31" })];
    const [saving] = planSavings([plan({})], ending, "2024-25", "2024-10-31");
    // A2 £62,000 × 2/12 (Nov, Dec) = 1,033,333.3p; A1 £57,440 × 5/12 = 2,393,333.3p
    expect(saving?.remaining).toBe(1_033_333 + 2_393_333);
  });
});
