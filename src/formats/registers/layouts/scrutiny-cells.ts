/**
 * Cells of the scrutiny registers: long text (a question, a response, a report's narrative) that
 * keeps its line breaks, written with "\n" whichever way the file wrote them; and the row rules of
 * the domain (checks.ts) reported on the field at fault.
 */
import { z } from "zod";
import type { RowRule } from "../../../domain/scrutiny/checks.js";
import { type CellType, cellText } from "../cells.js";

/** An Excel cell holds at most 32,767 characters. */
const MAX_LONG_TEXT = 32_000;

export const LONG_TEXT: CellType<string> = {
  kind: "text",
  rule: `must be text of at most ${MAX_LONG_TEXT.toLocaleString("en-GB")} characters; line breaks are kept`,
  schema: z.preprocess(
    (cell) => cellText(cell).replace(/\r\n?/g, "\n"),
    z.string().max(MAX_LONG_TEXT, {
      error: `must be at most ${MAX_LONG_TEXT.toLocaleString("en-GB")} characters`,
    }),
  ),
};

/** Adds each broken row rule as an issue on its field, so the file's error names that column. */
export function addRowRules<T>(ctx: z.RefinementCtx, rules: readonly RowRule<T>[]): void {
  for (const { field, rule } of rules) ctx.addIssue({ code: "custom", path: [field], message: rule });
}
