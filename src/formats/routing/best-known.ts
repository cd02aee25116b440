/**
 * The best-known results the benchmarks measure against. For benchmarks and tests only: the product
 * never needs them at run time, and the Li & Lim table is read from the file passed in.
 */
import { parse } from "csv-parse/sync";
import { RoutingFileError, type RoutingFileProblem } from "./errors.js";

/**
 * Cordeau's set "a": the optimal total distances, reported by Cordeau (2006, Operations Research
 * 54(3)) and Ropke, Cordeau & Laporte (2007, Networks 49(4)), as the benchmark folder's README gives them.
 */
export const CORDEAU_A_BEST_KNOWN: Readonly<Record<string, number>> = {
  "a2-16": 294.25,
  "a2-20": 344.83,
  "a2-24": 431.12,
  "a3-24": 344.83,
  "a3-30": 494.85,
  "a3-36": 583.19,
  "a4-32": 485.5,
  "a4-40": 557.69,
  "a4-48": 668.82,
  "a5-40": 498.41,
  "a5-50": 686.62,
  "a5-60": 808.42,
  "a6-48": 604.12,
  "a6-60": 819.25,
  "a6-72": 916.05,
  "a7-56": 724.04,
  "a7-70": 889.12,
  "a7-84": 1033.37,
  "a8-64": 747.46,
  "a8-80": 945.73,
  "a8-96": 1229.66,
};

export interface LiLimBestKnown {
  instance: string;
  routes: number;
  distance: number;
  /** When it was found (ISO date) and by whom, as the table gives them. */
  when: string;
  who: string;
}

const COLUMNS = ["instance", "when", "routes", "distance", "who"] as const;

/** best-known.csv (columns benchmark, clients, instance, when, routes, distance, who) → by instance. */
export function parseLiLimBestKnown(text: string, file: string): Map<string, LiLimBestKnown> {
  const problems: RoutingFileProblem[] = [];
  const fail = (line: number, column: string, value: string, rule: string) =>
    problems.push({ file, line, column, value, rule });
  let records: Record<string, string>[] = [];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    fail(0, "", "", `not readable as CSV: ${(error as Error).message}`);
    throw new RoutingFileError(problems);
  }
  const header = Object.keys(records[0] ?? {});
  for (const column of COLUMNS)
    if (!header.includes(column)) fail(1, column, "", `the file must have the column ${column}`);
  if (problems.length) throw new RoutingFileError(problems);

  const table = new Map<string, LiLimBestKnown>();
  records.forEach((record, i) => {
    const line = i + 2;
    const instance = record.instance ?? "";
    const routes = Number(record.routes);
    const distance = Number(record.distance);
    if (instance === "") fail(line, "instance", "", "must name the instance");
    else if (table.has(instance)) fail(line, "instance", instance, "an instance may appear only once");
    if (!Number.isInteger(routes) || routes < 1)
      fail(line, "routes", record.routes ?? "", "must be a whole number above 0");
    if (!Number.isFinite(distance) || distance <= 0 || record.distance === "") {
      fail(line, "distance", record.distance ?? "", "must be a number above 0");
    }
    table.set(instance, { instance, routes, distance, when: record.when ?? "", who: record.who ?? "" });
  });
  if (problems.length) throw new RoutingFileError(problems);
  return table;
}
