/**
 * Travel matrices are cached: building one for a county's 700 places is half a million journeys, and
 * the same problem is solved again and again (morning and afternoon, each policy scenario). The key is
 * a SHA-256 hash of the places (grid references, area types and ids, in order) and of the source's
 * own key (its settings, or the CSV's text), so a changed setting or matrix never reuses a stale one.
 *
 * The cache lives in memory, for the process, keeping the most recently used few. A disk cache would
 * sit behind the same key in the store (a table of matrices by council and key, the two Float64Arrays
 * as blobs), looked up before the source is asked; never in src/domain, which reads no files.
 */
import { createHash } from "node:crypto";
import type { TravelMatrix } from "../../domain/routing/model.js";
import {
  type GridPoint,
  resolveTravelSettings,
  straightLine,
  type TravelSettings,
  type TravelSource,
} from "../../domain/routing/travel.js";
import { csvMatrixSource, type IdOf } from "./matrix-csv.js";

export class MatrixCache {
  private readonly entries = new Map<string, TravelMatrix>();
  hits = 0;
  misses = 0;

  constructor(readonly limit = 8) {}

  /** The matrix for `points` from `source`, built once per key (see matrixKey). */
  matrix<P extends GridPoint>(
    source: (points: readonly P[]) => TravelMatrix,
    sourceKey: string,
    points: readonly P[],
    idOf: IdOf<P> = (p) => p.id,
  ): TravelMatrix {
    const key = matrixKey(sourceKey, points, idOf);
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const built = source(points);
    this.entries.set(key, built);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return built;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** SHA-256 of the source's key and every place's grid reference, area and id, in order. */
export function matrixKey<P extends GridPoint>(
  sourceKey: string,
  points: readonly P[],
  idOf: IdOf<P> = (p) => p.id,
): string {
  const hash = createHash("sha256").update(sourceKey).update("\n");
  for (const p of points) hash.update(`${p.x},${p.y},${p.area},${idOf(p) ?? ""}\n`);
  return hash.digest("hex");
}

/** The process's cache, shared by every solve. */
export const matrixCache = new MatrixCache();

/** The straight-line source, cached by its settings (defaults filled in, so {} and the defaults share). */
export function cachedStraightLine(settings?: TravelSettings, cache = matrixCache): TravelSource {
  const resolved = resolveTravelSettings(settings);
  const key = `straight-line ${JSON.stringify(resolved)}`;
  const source = straightLine(resolved);
  return (points) => cache.matrix(source, key, points);
}

/**
 * The council's CSV matrix as a source, cached by a hash of the file's text and the places' ids, e.g.
 * `transportProblem(book, "morning", { matrix: cachedCsvMatrix(text, file, (l) => l.ref) })`.
 */
export function cachedCsvMatrix<P extends GridPoint>(
  text: string,
  file: string,
  idOf: IdOf<P> = (p) => p.id,
  cache = matrixCache,
): (points: readonly P[]) => TravelMatrix {
  const key = `csv ${createHash("sha256").update(text).digest("hex")}`;
  const source = csvMatrixSource(text, file, idOf);
  return (points) => cache.matrix(source, key, points, idOf);
}
