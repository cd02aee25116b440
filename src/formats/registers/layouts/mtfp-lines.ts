import { MTFP_KINDS } from "../../../domain/mtfp/mtfp.js";
import { FINANCIAL_YEAR, listed, POUNDS_NOT_NEGATIVE, percent, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

export const mtfpLines = defineLayout({
  register: "mtfp-lines",
  title: "MTFP lines",
  summary:
    "The lines of the medium term financial plan the council enters for each year: the base brought forward, additional funding, pressures and mitigations.",
  columns: {
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The plan year the line belongs to.",
      example: "2024-25",
    }),
    ref: required(TEXT, {
      header: "Ref",
      description: "The council's reference for the line; unique within a year in the file.",
      example: "INF-1",
    }),
    kind: required(listed(MTFP_KINDS), {
      header: "Kind",
      description:
        "base: the budget brought forward into the first plan year; funding: additional funding for demand and cost pressures; pay-award, inflation, demand, pressure: what the year's pressures add; mitigation: what management action takes off. A year's pay-award, inflation or demand lines replace what Outturn would compute from the MTFP assumptions.",
      example: "inflation",
    }),
    costCentre: optional(
      TEXT,
      {
        header: "Cost centre",
        description: "The budget line the line concerns; blank for the directorate as a whole.",
        example: "",
      },
      null,
    ),
    description: required(TEXT, {
      header: "Description",
      description: "What the line is, as the plan prints it.",
      example: "Inflation pressures (90% funded)",
    }),
    amount: required(POUNDS_NOT_NEGATIVE, {
      header: "Amount (£)",
      description:
        "What the line adds to the budget (for a mitigation, takes off), in pounds: the funded amount. The kind says which way it goes.",
      example: "2121000",
    }),
    fundedShare: optional(
      percent({ above: 0, max: 100 }),
      {
        header: "Funded share (%)",
        description:
          "The percentage of the full pressure that the amount funds, e.g. 90 when inflation is funded to 90%; the rest is a gap the directorate must absorb. Blank is 100.",
        example: "90",
      },
      100,
    ),
  },
  key: ["year", "ref"],
  row: (cells) => cells,
});
