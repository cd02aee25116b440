/** The kinds of cell the SEND transport book's registers share: area types, times of day, minutes, counts, lists of pupils. */
import { z } from "zod";
import { type CellType, cellText, listed } from "../cells.js";

export { METRES } from "./postcode-grid.js";

/** How built up a place is, which sets the speed of travel there. */
export const AREA = listed(["urban", "suburban", "rural"]);

const TIME_RULE = "must be a time of day written HH:MM (24-hour), e.g. 08:45";
const MINUTES_IN_DAY = 24 * 60;

/** Excel keeps a time as a fraction of a day (or a date on 30 December 1899); people type 8:45 or 08.45. */
function clockText(cell: unknown): string {
  const fromMinutes = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  if (cell instanceof Date) return fromMinutes(cell.getUTCHours() * 60 + cell.getUTCMinutes());
  if (typeof cell === "number")
    return cell >= 0 && cell < 1 ? fromMinutes(Math.round(cell * MINUTES_IN_DAY) % MINUTES_IN_DAY) : "";
  const match = /^(\d{1,2})[:.](\d{2})(:00)?$/.exec(cellText(cell));
  return match ? `${(match[1] ?? "").padStart(2, "0")}:${match[2]}` : cellText(cell);
}

export const TIME: CellType<string> = {
  kind: "text",
  rule: TIME_RULE,
  schema: z.preprocess(clockText, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: TIME_RULE })),
};

/** A whole number from a cell: an Excel number or text such as "20"; anything else is NaN. */
function whole(cell: unknown): number {
  if (typeof cell === "number") return cell;
  const text = cellText(cell).replace(/,/g, "");
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A whole number of at least `min`, with its rule. */
export function wholeNumber(rule: string, min = 0): CellType<number> {
  return {
    kind: "number",
    rule,
    schema: z.preprocess(whole, z.number({ error: rule }).int({ error: rule }).min(min, { error: rule })),
  };
}

const REFS_RULE = 'must be pupil refs separated by ";", e.g. P20944; P21007';

/** Pupil references separated by ";" (spaces and empty entries dropped, repeats kept once). */
export const PUPIL_REFS: CellType<string[]> = {
  kind: "text",
  rule: REFS_RULE,
  schema: z.preprocess(
    (cell) =>
      [
        ...new Set(
          cellText(cell)
            .split(";")
            .map((ref) => ref.trim()),
        ),
      ].filter((ref) => ref !== ""),
    z.array(z.string().max(200, { error: REFS_RULE })).min(1, { error: REFS_RULE }),
  ),
};
