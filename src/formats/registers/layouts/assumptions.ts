import { z } from "zod";
import {
  ASSUMPTION_NAMES,
  ASSUMPTIONS,
  type Assumption,
  type AssumptionSpec,
} from "../../../domain/assumptions.js";
import { parsePounds } from "../../../domain/money/money.js";
import { code, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

const NUMBER = /^-?\d+(\.\d+)?$/;

export const assumptions = defineLayout({
  register: "assumptions",
  title: "Assumptions",
  summary:
    "The council's forecasting assumptions, one row each; an assumption left out keeps Outturn's default (see the Guide).",
  columns: {
    name: required(code(ASSUMPTION_NAMES, `must be one of: ${ASSUMPTION_NAMES.join(", ")}`), {
      header: "Assumption",
      description: ASSUMPTION_NAMES.map((n) => `${n}: ${ASSUMPTIONS[n].description}`).join(" "),
      example: "high-cost-weekly-threshold",
    }),
    value: required(TEXT, {
      header: "Value",
      description:
        "Money in pounds (e.g. 5000), a percentage as a number (3.5 for 3.5%), a count of months, or a number.",
      example: "5000",
      alsoRule: "must be a number in the assumption's unit; money has at most 2 decimal places",
    }),
    note: optional(
      TEXT,
      { header: "Note", description: "Why the council chose this value.", example: "" },
      "",
    ),
  },
  key: ["name"],
  row: (cells) =>
    cells.transform((row, ctx): Assumption => {
      const spec: AssumptionSpec = ASSUMPTIONS[row.name];
      const unit = spec.unit;
      const text = row.value.trim().replace(/,/g, "");
      const invalid = () => {
        ctx.addIssue({ code: "custom", path: ["value"], message: `must be a number in ${unit}` });
        return z.NEVER;
      };
      if (unit === "pence") {
        try {
          return { ...row, value: parsePounds(text) };
        } catch {
          return invalid();
        }
      }
      if (!NUMBER.test(text)) return invalid();
      const value = Number(text);
      const outside =
        (spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max);
      if ((spec.whole && !Number.isInteger(value)) || outside) {
        const kind = spec.whole ? "whole number" : "number";
        const rule =
          spec.max === undefined
            ? `must be a ${kind} of ${spec.min ?? 0} or more`
            : `must be a ${kind} from ${spec.min ?? 0} to ${spec.max}`;
        ctx.addIssue({ code: "custom", path: ["value"], message: rule });
        return z.NEVER;
      }
      return { ...row, value };
    }),
});
