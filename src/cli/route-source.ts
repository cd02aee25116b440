/**
 * Where `outturn route` gets its problem: a Cordeau or Li & Lim benchmark file, a problem written as
 * JSON, or the council's own transport book in the store. A file that cannot be read, or a book that
 * breaks its rules, is a UserError that exits 2 with the reader's sentences.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { RoutingProblem } from "../domain/routing/model.js";
import { type Run, type SendProblem, transportProblem } from "../domain/routing/send-problem.js";
import { TransportBookError } from "../domain/transport/book-check.js";
import { CORDEAU_A_BEST_KNOWN, parseLiLimBestKnown } from "../formats/routing/best-known.js";
import { parseCordeau } from "../formats/routing/cordeau.js";
import { RoutingFileError } from "../formats/routing/errors.js";
import { parseLiLim } from "../formats/routing/lilim.js";
import { ProblemJsonError, parseProblemJson } from "../formats/routing/problem-json.js";
import { UserError } from "./common.js";

export type SourceKind = "cordeau" | "lilim" | "input" | "council";

export interface BestKnown {
  distance: number;
  /** Li & Lim ranks by vehicles first; Cordeau's set a does not count them. */
  vehicles: number | null;
  /** Who found it, as the table gives it. */
  by: string;
}

export interface RouteSource {
  kind: SourceKind;
  /** The file read; null for the council's book. */
  file: string | null;
  problem: RoutingProblem;
  /** A location as the user's own files number it (the node or task id); the index itself otherwise. */
  node: (location: number) => number;
  bestKnown: BestKnown | null;
  council: { la: string; name: string; run: Run; problem: SendProblem } | null;
}

const itself = (location: number) => location;

async function text(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "there is no such file" : (error as Error).message;
    throw new UserError(`${file} cannot be read: ${why}.`, 2);
  }
}

function parsed<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RoutingFileError || error instanceof ProblemJsonError)
      throw new UserError(error.message, 2);
    throw error;
  }
}

/** Li & Lim's best known for the instance, from best-known.csv beside the file when it is there. */
async function liLimBestKnown(file: string, name: string): Promise<BestKnown | null> {
  const table = join(dirname(file), "best-known.csv");
  if (!existsSync(table)) return null;
  try {
    const row = parseLiLimBestKnown(await readFile(table, "utf8"), table).get(name);
    return row ? { distance: row.distance, vehicles: row.routes, by: row.who } : null;
  } catch {
    return null;
  }
}

/** The task ids in the file's order (the depot first), which a stop's location indexes. */
function liLimIds(content: string): number[] {
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.slice(1).map((l) => Number(l.trim().split(/\s+/)[0]));
}

export async function benchmarkSource(kind: "cordeau" | "lilim", file: string): Promise<RouteSource> {
  const content = await text(file);
  if (kind === "cordeau") {
    const problem = parsed(() => parseCordeau(content, file));
    const best = CORDEAU_A_BEST_KNOWN[problem.name];
    const bestKnown = best === undefined ? null : { distance: best, vehicles: null, by: "Cordeau 2006" };
    return { kind, file, problem, node: itself, bestKnown, council: null };
  }
  const problem = parsed(() => parseLiLim(content, file));
  const ids = liLimIds(content);
  return {
    kind,
    file,
    problem,
    node: (location) => ids[location] ?? location,
    bestKnown: await liLimBestKnown(file, problem.name),
    council: null,
  };
}

export async function inputSource(file: string): Promise<RouteSource> {
  const content = await text(file);
  const problem = parsed(() => parseProblemJson(content, file));
  return { kind: "input", file, problem, node: itself, bestKnown: null, council: null };
}

/** The council's transport book for one run; the store is closed before the solver starts. */
export async function councilSource(store: string, la: string | undefined, run: Run): Promise<RouteSource> {
  const { chooseCouncil, withStore } = await import("./context.js");
  return withStore(store, async (s) => {
    let council: Awaited<ReturnType<typeof chooseCouncil>>;
    try {
      council = await chooseCouncil(s, la);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(error.message, 2);
      throw error;
    }
    const registers = await s.council(council.la).registers();
    if (registers.transportNeeds.length === 0)
      throw new UserError(
        `${council.name} has no pupils in its transport book (transport-needs), so there is nothing to route; import the book, or give --cordeau, --lilim or --input.`,
        2,
      );
    let problem: SendProblem;
    try {
      const built = transportProblem(registers, run);
      problem = { ...built, name: `${council.name} ${built.name}` };
    } catch (error) {
      if (error instanceof TransportBookError) throw new UserError(error.message, 2);
      throw error;
    }
    return {
      kind: "council",
      file: null,
      problem,
      node: itself,
      bestKnown: null,
      council: { la: council.la, name: council.name, run, problem },
    } satisfies RouteSource;
  });
}
