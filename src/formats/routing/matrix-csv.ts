/**
 * A council-supplied travel matrix, e.g. from OSRM or GraphHopper, as CSV with the columns from, to,
 * minutes and miles (any order, any case; other columns ignored), one row per ordered pair of place
 * ids. Rows for places the problem does not use are ignored; a pair the problem needs and the file
 * lacks, a value that is not a number of at least 0, or a pair given twice with different figures,
 * refuses the file with the file, line, column and value. A place to itself is 0 unless given.
 */
import { CsvError, parse } from "csv-parse/sync";
import type { TravelMatrix } from "../../domain/routing/model.js";
import type { GridPoint } from "../../domain/routing/travel.js";
import { RoutingFileError, type RoutingFileProblem } from "./errors.js";

const COLUMNS = ["from", "to", "minutes", "miles"] as const;
/** The most missing pairs listed one by one. */
const LISTED = 10;

/** The matrix between `ids`, in their order (an id may repeat: every place it names gets its figures). */
export function parseMatrixCsv(text: string, ids: readonly string[], file: string): TravelMatrix {
  const problems: RoutingFileProblem[] = [];
  const fail = (line: number, column: string, value: string, rule: string) => {
    problems.push({ file, line, column, value, rule });
  };
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // with `info`, csv-parse gives each record with the line it ends on; its types do not say so
    rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof rows;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    fail(typeof error.lines === "number" ? error.lines : 0, "", "", `must be valid CSV (${error.message})`);
    throw new RoutingFileError(problems);
  }
  const [head, ...body] = rows;
  const header = (head?.record ?? []).map((h) => h.toLowerCase());
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  for (const c of COLUMNS)
    if (at[c] < 0) fail(1, c, "", `the matrix must have the column ${c} (it needs ${COLUMNS.join(", ")})`);
  if (problems.length) throw new RoutingFileError(problems);

  const index = new Map<string, number[]>();
  ids.forEach((id, i) => {
    index.set(id, [...(index.get(id) ?? []), i]);
  });
  const size = ids.length;
  const time = new Float64Array(size * size).fill(Number.NaN);
  const distance = new Float64Array(size * size).fill(Number.NaN);
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const from = record[at.from] ?? "";
    const to = record[at.to] ?? "";
    const here = index.get(from);
    const there = index.get(to);
    if (!here || !there) continue;
    const figures = (["minutes", "miles"] as const).map((c) => {
      const raw = record[at[c]] ?? "";
      const value = raw === "" ? Number.NaN : Number(raw);
      if (!Number.isFinite(value) || value < 0) fail(line, c, raw, "must be a number of at least 0");
      return value;
    });
    const [minutes = Number.NaN, miles = Number.NaN] = figures;
    const pair = `${from}\u0000${to}`;
    const before = seen.get(pair);
    if (before !== undefined) {
      const [i = 0] = here;
      const [j = 0] = there;
      if (time[i * size + j] !== minutes || distance[i * size + j] !== miles) {
        fail(
          line,
          "from",
          from,
          `the pair ${from} → ${to} is given twice with different figures (first on line ${before})`,
        );
      }
      continue;
    }
    seen.set(pair, line);
    for (const i of here) {
      for (const j of there) {
        time[i * size + j] = minutes;
        distance[i * size + j] = miles;
      }
    }
  }
  if (problems.length) throw new RoutingFileError(problems);

  const missing: string[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      if (!Number.isNaN(time[i * size + j])) continue;
      if (ids[i] === ids[j]) {
        time[i * size + j] = 0;
        distance[i * size + j] = 0;
      } else if (!seen.has(`${ids[i]}\u0000${ids[j]}`)) {
        missing.push(`${ids[i]} → ${ids[j]}`);
        seen.set(`${ids[i]}\u0000${ids[j]}`, 0);
      }
    }
  }
  if (missing.length) {
    const more = missing.length > LISTED ? ` and ${missing.length - LISTED} more` : "";
    fail(
      0,
      "from, to",
      "",
      `the matrix has no row for ${missing.length} pair${missing.length === 1 ? "" : "s"} the problem needs: ${missing.slice(0, LISTED).join(", ")}${more}`,
    );
    throw new RoutingFileError(problems);
  }
  return { size, time, distance };
}

/** Which id a place has in the council's matrix: its `id` unless told otherwise (e.g. a SEND location's `ref`). */
export type IdOf<P extends GridPoint> = (point: P) => string | undefined;

/** A travel source reading the council's matrix for the problem's places, by their ids. */
export function csvMatrixSource<P extends GridPoint>(
  text: string,
  file: string,
  idOf: IdOf<P> = (p) => p.id,
): (points: readonly P[]) => TravelMatrix {
  return (points) => {
    const ids = points.map((p, i) => {
      const id = idOf(p);
      if (id === undefined || id === "") {
        const rule = `place ${i} of the problem has no id to find in the matrix`;
        throw new RoutingFileError([{ file, line: 0, column: "", value: "", rule }]);
      }
      return id;
    });
    return parseMatrixCsv(text, ids, file);
  };
}
