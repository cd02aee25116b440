/** The cells the measure registers share: a period written 2024-25:P7, and a measure's figure. */
import { z } from "zod";
import { formatPeriodRef, parsePeriodRef } from "../../../domain/calendar/financial.js";
import { type CellType, cellText } from "../cells.js";

const PERIOD_RULE =
  "must be a period written 2024-25:P7 (the financial year, then P1 for April to P12 for March)";

/** A period as one cell, "2024-25:P7" (spaces and a lower-case p allowed); kept as "2024-25:P7". */
export const PERIOD_REF: CellType<string> = {
  kind: "text",
  rule: PERIOD_RULE,
  schema: z.preprocess(
    (cell) => cellText(cell).replace(/\s+/g, "").replace(/:p/, ":P"),
    z.string().transform((text, ctx) => {
      try {
        return formatPeriodRef(parsePeriodRef(text));
      } catch {
        ctx.addIssue({ code: "custom", message: PERIOD_RULE });
        return z.NEVER;
      }
    }),
  ),
};

const FIGURE = /^-?\d+(\.\d+)?$/;

/** A number as a person types a figure: "£", "," and a closing "%" are dropped ("46.4%" is 46.4). */
function figure(cell: unknown): number {
  if (typeof cell === "number") return cell;
  const text = cellText(cell).replace(/[£,]/g, "").replace(/%$/, "").trim();
  return FIGURE.test(text) ? Number(text) : Number.NaN;
}

/** A measure's figure in its unit, e.g. 46.4 for 46.4% or 20,417 children; `min` bounds it below. */
export function measureFigure(min?: number): CellType<number> {
  const rule = `must be a number${min === undefined ? "" : `, ${min} or more`}, e.g. 46.4 (for 46.4%) or 20,417`;
  const number = z.number({ error: rule });
  return {
    kind: "number",
    rule,
    schema: z.preprocess(figure, min === undefined ? number : number.min(min, { error: rule })),
  };
}
