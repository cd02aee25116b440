/**
 * A report table's columns, one maker a column type: `money("atRisk", "At risk", true)`. A column
 * holds a flag only when it is set, just as a written-out column would.
 */
import type { ReportColumn } from "./model.js";

/** Text; `wrap` for long text (a sentence) that wraps instead of widening the table. */
export const text = (key: string, label: string, wrap = false): ReportColumn => ({
  key,
  label,
  type: "text",
  ...(wrap ? { wrap } : {}),
});

/** Money in pence; `overspend` shows positive values (overspends) in red and negative ones in green. */
export const money = (key: string, label: string, overspend = false): ReportColumn => ({
  key,
  label,
  type: "money",
  ...(overspend ? { overspend } : {}),
});

/** A number; `decimals` fixes how many places it is shown to. */
export const number = (key: string, label: string, decimals?: number): ReportColumn => ({
  key,
  label,
  type: "number",
  ...(decimals !== undefined ? { decimals } : {}),
});

/** A count of people, suppressed for members where it is small. */
export const count = (key: string, label: string): ReportColumn => ({ key, label, type: "count" });

/** A ratio shown as a percent (0.02 is 2%). */
export const percent = (key: string, label: string): ReportColumn => ({ key, label, type: "percent" });
