/**
 * Cells a person opens in a spreadsheet. Text that a spreadsheet would take for a formula (starting
 * = + - @, a tab or a return) is written with a leading apostrophe, so no exported cell ever runs as
 * one. In a CSV a number written as text ("-100.00") stays as it is, so it is still read as a number.
 * Every CSV and workbook goes through here.
 */
import { type Options, stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export const safeText = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

const safeCsvText = (value: string): string => (PLAIN_NUMBER.test(value) ? value : safeText(value));

/** CSV text of the rows, every string cell made safe. */
export function csv(rows: unknown[], options: Options = {}): string {
  return stringify(rows, { ...options, cast: { ...options.cast, string: safeCsvText } });
}
