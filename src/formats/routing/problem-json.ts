/**
 * A routing problem written as JSON (`outturn route --input problem.json`) → a RoutingProblem, the
 * contract's shape with plain arrays. Travel is either the matrices, `{ "size": n, "time": [[…]…],
 * "distance": [[…]…] }` (row `from`, column `to`), or the places, `{ "points": [{ "x", "y",
 * "area" }…], "circuity"?, "mph"? }`, eastings and northings in metres estimated by travelMatrix.
 * Fields that may be left out: a stop's service (0), a request's maxRide (null: no limit), alone and
 * needsAssistant (false), a vehicle type's maxDuration and assistantCost (null), incompatible ([]),
 * name (the file's). A vehicle type's count is null for as many as wanted.
 *
 * A file with any problem is refused whole; each problem names the file, the JSON path, the value and
 * the rule, e.g. `problem.json, at requests[2].pickup.window (value [30,10]): must open no later than it closes`.
 */
import { z } from "zod";
import type { RoutingProblem, TravelMatrix } from "../../domain/routing/model.js";
import { AREA_TYPES, TravelSettingsError, travelMatrix } from "../../domain/routing/travel.js";
import { instanceName } from "./cordeau.js";
import { crossProblems, type ProblemJsonIssue, readableIssue } from "./problem-json-rules.js";

export type { ProblemJsonIssue } from "./problem-json-rules.js";

const number = (what = "a number") => z.number({ error: `must be ${what}` });
const atLeast0 = () => number().min(0, { error: "must be 0 or more" });
const orNull = (schema: z.ZodNumber, what: string) =>
  z.union([schema, z.null()], { error: `must be ${what}, or null` }).default(null);
const window = z
  .tuple([number(), number()], { error: "must be [opens, closes], two numbers" })
  .refine(([open, close]) => open <= close, { error: "must open no later than it closes" });
const amounts = z.array(atLeast0(), { error: "must be a list of numbers, one for each dimension" });
const location = z.int({ error: "must be a whole number, a place in the travel matrix" });

const stop = z.strictObject({ location, window, service: atLeast0().default(0) });

const request = z.strictObject({
  id: z.string({ error: "must be text" }).min(1, { error: "must not be empty" }),
  pickup: stop,
  dropoff: stop,
  load: amounts,
  maxRide: orNull(atLeast0(), "a number of 0 or more"),
  alone: z.boolean({ error: "must be true or false" }).default(false),
  needsAssistant: z.boolean({ error: "must be true or false" }).default(false),
});

const vehicleType = z.strictObject({
  id: z.string({ error: "must be text" }).min(1, { error: "must not be empty" }),
  count: z.union([z.int().min(0, { error: "must be 0 or more" }), z.null()], {
    error: "must be a whole number of 0 or more, or null (as many as wanted)",
  }),
  capacity: amounts,
  depot: location,
  window,
  maxDuration: orNull(number().gt(0, { error: "must be above 0" }), "a number above 0"),
  fixedCost: atLeast0(),
  distanceCost: atLeast0(),
  assistantCost: orNull(atLeast0(), "a number of 0 or more"),
});

const matrixRow = z.array(atLeast0(), { error: "must be a list of numbers" });
const matrix = z.strictObject({
  size: z.int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }),
  time: z.array(matrixRow, { error: "must be a list of rows" }),
  distance: z.array(matrixRow, { error: "must be a list of rows" }),
});

const points = z.strictObject({
  points: z
    .array(
      z.strictObject({
        x: number(),
        y: number(),
        area: z.enum(AREA_TYPES, { error: `must be one of ${AREA_TYPES.join(", ")}` }),
        id: z.string().optional(),
      }),
      { error: "must be a list of places" },
    )
    .min(1, { error: "must name at least one place" }),
  circuity: number().optional(),
  mph: z.record(z.enum(AREA_TYPES), number()).optional(),
});

type Travel = z.infer<typeof matrix> | z.infer<typeof points>;

/** Travel's two forms, told apart by "points", so a fault in either is reported in its own terms. */
function travelIssues(data: unknown): { travel: Travel | null; issues: ProblemJsonIssue[] } {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { travel: null, issues: [] };
  const raw = (data as { travel?: unknown }).travel;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const rule = raw === undefined ? "is required" : 'must be { "size", "time", "distance" } or { "points" }';
    return { travel: null, issues: [readableIssue(data, { path: ["travel"], message: rule })] };
  }
  const parsed = ("points" in raw ? points : matrix).safeParse(raw, { error: plainWords });
  if (parsed.success) return { travel: parsed.data, issues: [] };
  return {
    travel: null,
    issues: parsed.error.issues.map((i) => readableIssue(data, { ...i, path: ["travel", ...i.path] })),
  };
}

const problem = z.strictObject(
  {
    name: z.string({ error: "must be text" }).optional(),
    dimensions: z
      .array(z.string({ error: "must be text" }).min(1, { error: "must not be empty" }), {
        error: "must be a list of names",
      })
      .min(1, { error: "must name at least one dimension, e.g. seats" }),
    travel: z.unknown(),
    vehicleTypes: z
      .array(vehicleType, { error: "must be a list" })
      .min(1, { error: "must have at least one" }),
    requests: z.array(request, { error: "must be a list" }).min(1, { error: "must have at least one" }),
    incompatible: z
      .array(z.tuple([z.string(), z.string()], { error: "must be a pair of request ids" }), {
        error: "must be a list of pairs",
      })
      .default([]),
  },
  { error: "must be an object with dimensions, travel, vehicleTypes and requests" },
);

/** Zod's own words for a wrong type, where a schema gives none of its own. */
const KINDS: Record<string, string> = {
  object: "an object",
  array: "a list",
  number: "a number",
  string: "text",
};
const plainWords = (issue: { code: string; expected?: string }) =>
  issue.code === "invalid_type" ? `must be ${KINDS[issue.expected ?? ""] ?? issue.expected}` : undefined;

export type ProblemJson = z.infer<typeof problem>;

export class ProblemJsonError extends Error {
  override name = "ProblemJsonError";
  constructor(
    readonly file: string,
    readonly issues: readonly ProblemJsonIssue[],
  ) {
    const shown = issues
      .slice(0, 20)
      .map((i) => `${file}, at ${i.path}${i.value ? ` (value ${i.value})` : ""}: ${i.rule}`);
    const more = issues.length > 20 ? [`… and ${issues.length - 20} more`] : [];
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super([`${file} cannot be read as a routing problem (${count}).`, ...shown, ...more].join("\n"));
  }
}

/** `file` names the file in errors and, when the JSON has no name, the problem. */
export function parseProblemJson(text: string, file: string): RoutingProblem {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ProblemJsonError(file, [
      { path: "(the whole file)", value: "", rule: `is not JSON: ${(error as Error).message}` },
    ]);
  }
  const issues: ProblemJsonIssue[] = [];
  const shape = problem.safeParse(data, { error: plainWords });
  if (!shape.success) issues.push(...shape.error.issues.map((i) => readableIssue(data, i)));
  const place = travelIssues(data);
  issues.push(...place.issues);
  if (!shape.success || !place.travel || issues.length > 0) throw new ProblemJsonError(file, issues);

  const p = shape.data;
  const t = place.travel;
  let matrices: TravelMatrix;
  if ("points" in t) {
    try {
      matrices = travelMatrix(t.points, { circuity: t.circuity, mph: t.mph });
    } catch (error) {
      if (!(error instanceof TravelSettingsError)) throw error;
      const path = error.message.includes("circuity") ? "travel.circuity" : "travel.mph";
      throw new ProblemJsonError(file, [{ path, value: "", rule: error.message }]);
    }
  } else {
    matrices = { size: t.size, time: flat(t.time), distance: flat(t.distance) };
  }
  const cross = crossProblems(p, matrices.size, "points" in t ? null : t, data);
  if (cross.length > 0) throw new ProblemJsonError(file, cross);
  return {
    name: p.name ?? instanceName(file),
    dimensions: p.dimensions,
    travel: matrices,
    vehicleTypes: p.vehicleTypes.map((v) => ({ ...v, count: v.count ?? Number.POSITIVE_INFINITY })),
    requests: p.requests,
    incompatible: p.incompatible,
  };
}

const flat = (rows: readonly (readonly number[])[]) => Float64Array.from(rows.flat());
