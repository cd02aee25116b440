/**
 * The problem JSON's faults as a person reads them (the JSON path, the value, the rule), and the
 * rules across its fields that no one field's schema can check: places inside the travel matrix, a
 * number for each dimension, ids used once, incompatible pairs of known requests.
 */
import type { ProblemJson } from "./problem-json.js";

export interface ProblemJsonIssue {
  /** Where, as JSON paths are written: `requests[2].pickup.window`. */
  path: string;
  /** The value found there, as JSON (cut at 40 characters); empty when there is none. */
  value: string;
  rule: string;
}

export type JsonPath = readonly PropertyKey[];

export function pathText(path: JsonPath): string {
  if (path.length === 0) return "(the top level)";
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let here = data;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function shown(value: unknown): string {
  if (value === undefined) return "none";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A zod issue (or one made alike) in the file's terms. */
export function readableIssue(
  data: unknown,
  issue: { path: JsonPath; message: string; code?: string; keys?: readonly string[] },
): ProblemJsonIssue {
  const value = valueAt(data, issue.path);
  if (issue.code === "unrecognized_keys" && issue.keys) {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    const rule = `${keys} ${issue.keys.length === 1 ? "is not a field" : "are not fields"} here (a misspelling?)`;
    return { path: pathText(issue.path), value: "", rule };
  }
  const missing = value === undefined && issue.code === "invalid_type";
  if (missing) return { path: pathText(issue.path), value: "", rule: "is required" };
  return { path: pathText(issue.path), value: shown(value), rule: issue.message };
}

interface Matrix {
  size: number;
  time: readonly (readonly number[])[];
  distance: readonly (readonly number[])[];
}

/** Every broken rule across fields; `matrix` is null when travel is estimated from points. */
export function crossProblems(p: ProblemJson, size: number, matrix: Matrix | null, data: unknown) {
  const issues: ProblemJsonIssue[] = [];
  const fail = (path: JsonPath, rule: string) =>
    issues.push({ path: pathText(path), value: shown(valueAt(data, path)), rule });

  for (const key of ["time", "distance"] as const) {
    const rows = matrix?.[key];
    if (!rows) continue;
    if (rows.length !== size) fail(["travel", key], `must have ${size} rows, one for each place (size)`);
    rows.forEach((row, i) => {
      if (row.length !== size) fail(["travel", key, i], `must have ${size} numbers, one for each place`);
    });
  }
  const place = (path: JsonPath, at: number) => {
    if (at < 0 || at >= size)
      fail(path, `must be a place from 0 to ${size - 1} (travel covers ${size} places)`);
  };
  const dimensions = p.dimensions.length;
  const fits = (path: JsonPath, amounts: readonly number[]) => {
    if (amounts.length !== dimensions)
      fail(path, `must have ${dimensions} number${dimensions === 1 ? "" : "s"} (${p.dimensions.join(", ")})`);
  };
  const once = (list: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) fail([list, i, "id"], "is already the id of an earlier one; ids must be unique");
      seen.add(id);
    });
  };

  p.vehicleTypes.forEach((v, i) => {
    place(["vehicleTypes", i, "depot"], v.depot);
    fits(["vehicleTypes", i, "capacity"], v.capacity);
  });
  p.requests.forEach((q, i) => {
    place(["requests", i, "pickup", "location"], q.pickup.location);
    place(["requests", i, "dropoff", "location"], q.dropoff.location);
    fits(["requests", i, "load"], q.load);
  });
  once(
    "vehicleTypes",
    p.vehicleTypes.map((v) => v.id),
  );
  once(
    "requests",
    p.requests.map((q) => q.id),
  );
  const ids = new Set(p.requests.map((q) => q.id));
  p.incompatible.forEach((pair, i) => {
    pair.forEach((id, k) => {
      if (!ids.has(id)) fail(["incompatible", i, k], "must be the id of a request");
    });
    if (pair[0] === pair[1]) fail(["incompatible", i], "must name two different requests");
  });
  return issues;
}
