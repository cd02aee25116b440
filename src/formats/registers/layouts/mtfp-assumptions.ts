import { FINANCIAL_YEAR, percent } from "../cells.js";
import { defineLayout, required } from "../layout.js";

export const mtfpAssumptions = defineLayout({
  register: "mtfp-assumptions",
  title: "MTFP assumptions",
  summary:
    "The planning assumptions for each plan year; Outturn computes a year's pay award, inflation and demand pressures from them and the budget lines, unless the year's MTFP lines give those pressures.",
  columns: {
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The plan year; one row per year.",
      example: "2024-25",
    }),
    payAward: required(percent({ min: 0 }), {
      header: "Pay award (%)",
      description: "The pay award on staffing budget lines, as a percentage.",
      example: "4",
    }),
    contractInflation: required(percent({ min: 0 }), {
      header: "Contract inflation (%)",
      description: "Inflation on placements, transport and other budget lines, as a percentage.",
      example: "6.5",
    }),
    inflationFunded: required(percent({ min: 0, max: 100 }), {
      header: "Inflation funded (%)",
      description:
        "The share of the inflation pressure the budget funds, e.g. 90; the rest is a gap the directorate must absorb.",
      example: "90",
    }),
    demandGrowth: required(percent(), {
      header: "Demand growth (%)",
      description:
        "Growth in demand on placements and transport budget lines, as a percentage; negative when demand is expected to fall.",
      example: "5",
    }),
  },
  key: ["year"],
  row: (cells) => cells,
});
