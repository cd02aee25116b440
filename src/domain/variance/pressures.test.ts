import { describe, expect, it } from "vitest";
import { generateCouncil } from "../../demo/generate.js";
import type { BudgetKind } from "../budget/budget.js";
import { type ForecastLine, type ForecastOutturn, forecastOutturn } from "../outturn/forecast.js";
import type { TypeVariance } from "./decompose.js";
import { keyPressures } from "./pressures.js";
import { type LineVariance, type VarianceAnalysis, varianceAnalysis } from "./variance.js";

/** Only what the pressures read of a forecast line and of its variance analysis. */
const forecastLine = (costCentre: string, serviceArea: string, kind: BudgetKind, variance: number) =>
  ({ costCentre, name: `${costCentre} line`, serviceArea, kind, variance }) as ForecastLine;
const typed = (costType: string, overspend: number) =>
  ({ costType, actualCost: 1_000_000_00 + overspend, budgetedCost: 1_000_000_00 }) as TypeVariance;
const analysed = (costCentre: string, kind: "placements" | "staffing", types: TypeVariance[]) =>
  ({ costCentre, kind, types }) as LineVariance;

// LAC-RES: children's homes £2,230,000 over, kinship £10,000 over, supported £12,000 under: £2,228,000.
// LAC-CIC: agency social workers £1,460,000 and agency team managers £30,000 over, permanent £420,000
//          under: £1,070,000.
// SEND-TRN: £2,049,999 over. SAFE-LEGAL: £26,000 over. Total £5,373,999.
const lines = [
  forecastLine("LAC-RES", "Looked after children", "placements", 2_228_000_00),
  forecastLine("LAC-CIC", "Looked after children", "staffing", 1_070_000_00),
  forecastLine("SEND-TRN", "SEND transport", "transport", 2_049_999_00),
  forecastLine("SAFE-LEGAL", "Safeguarding", "other", 26_000_00),
];
const outturn = {
  period: "2024-25:P7",
  lines,
  serviceAreas: ["Looked after children", "SEND transport", "Safeguarding"].map((serviceArea) => ({
    serviceArea,
  })),
  total: { variance: 5_373_999_00 },
} as ForecastOutturn;
const analysis = {
  lines: [
    analysed("LAC-RES", "placements", [
      typed("childrens-homes", 2_230_000_00),
      typed("kinship", 10_000_00),
      typed("supported", -12_000_00),
    ]),
    analysed("LAC-CIC", "staffing", [
      typed("Social worker (agency)", 1_460_000_00),
      typed("Team manager (agency)", 30_000_00),
      typed("Social worker (permanent)", -420_000_00),
    ]),
  ],
} as VarianceAnalysis;

describe("keyPressures", () => {
  const table = keyPressures(outturn, analysis);

  it("groups the drivers by service area and what drives them, largest first, in £m to one decimal", () => {
    expect(
      table.areas.map((a) => [a.serviceArea, a.millions, a.pressures.map((p) => [p.pressure, p.millions])]),
    ).toEqual([
      [
        "Looked after children",
        3.3,
        [
          ["Children's homes and secure placements", 2.2],
          ["Agency staff", 1.5],
          ["Permanent staff", -0.4],
          // Kinship care (+£10,000) and supported accommodation (−£12,000) each round to 0.0.
          ["Various", 0],
        ],
      ],
      ["SEND transport", 2, [["SEND-TRN line", 2]]],
      ["Safeguarding", 0, [["SAFE-LEGAL line", 0]]],
    ]);
  });

  it("adds the drivers to the total variance in pence, and shows the rounding line as councils do", () => {
    const pence = table.areas.flatMap((a) => a.pressures).reduce((sum, p) => sum + p.amount, 0);
    expect(pence).toBe(5_373_999_00);
    // Total £5,373,999 → 5.4; the pressures 2.2 + 1.5 − 0.4 + 0.0 + 2.0 + 0.0 = 5.3: rounding 0.1.
    expect(table.total.millions).toBe(5.4);
    expect(table.rounding).toBe(0.1);
  });
});

describe("keyPressures on a line whose variance has no type", () => {
  it("shows what the types leave as the kind's other costs", () => {
    const table = keyPressures(
      {
        ...outturn,
        lines: [forecastLine("LAC-RES", "Looked after children", "placements", 75_000_00)],
        serviceAreas: [{ serviceArea: "Looked after children" }],
      } as ForecastOutturn,
      { lines: [analysed("LAC-RES", "placements", [])] } as unknown as VarianceAnalysis,
    );
    expect(table.areas[0]?.pressures).toEqual([
      { pressure: "Other placement costs", amount: 75_000_00, millions: 0.1 },
    ]);
  });
});

describe("keyPressures on Demoshire at P7", () => {
  it("shares out the whole variance: the pressures add up to it to the penny, and to one decimal with the rounding line", () => {
    const { registers } = generateCouncil({ seed: 2024, scale: 1 });
    const at = { year: "2024-25", period: 7 as const };
    const forecast = forecastOutturn(registers, at);
    const table = keyPressures(forecast, varianceAnalysis(registers, forecast, at));
    const pressures = table.areas.flatMap((a) => a.pressures);
    expect(pressures.reduce((sum, p) => sum + p.amount, 0)).toBe(forecast.total.variance);
    // Every penny of the placements and staffing lines has a type.
    const names = pressures.map((p) => p.pressure);
    expect(names).not.toContain("Other placement costs");
    expect(names).not.toContain("Other staffing costs");
    const tenths = pressures.reduce((sum, p) => sum + Math.round(p.millions * 10), 0);
    expect(tenths + Math.round(table.rounding * 10)).toBe(Math.round(table.total.millions * 10));
    expect(table.areas.map((a) => a.serviceArea)).toEqual(forecast.serviceAreas.map((a) => a.serviceArea));
  });
});
