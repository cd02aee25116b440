/**
 * What a crash test compares: the placements register, the whole audit trail (without ids and
 * times, which differ between runs), the workforce register (where the earlier committed change
 * is) and the closed periods' snapshots; read from a store opened and migrated afresh.
 */
import BetterSqlite3 from "better-sqlite3";
import { withStore } from "../../src/cli/context.js";
import type { Placement } from "../../src/domain/placements/placement.js";
import type { Post } from "../../src/domain/workforce/post.js";
import type { AuditEntry, ForecastSnapshot, Store } from "../../src/store/store.js";
import { LA } from "./mode.js";

export interface StoreState {
  placements: Placement[];
  audit: Omit<AuditEntry, "id" | "at">[];
  workforce: Post[];
  snapshots: Pick<ForecastSnapshot, "period" | "forecast">[];
}

export async function stateOf(store: Store): Promise<StoreState> {
  const council = store.council(LA);
  const placements = await council.rows("placements");
  return {
    placements: placements.sort((a, b) => a.placementRef.localeCompare(b.placementRef)),
    audit: (await council.audit()).map(({ id: _id, at: _at, ...entry }) => entry),
    workforce: await council.rows("workforce"),
    snapshots: (await council.snapshots()).map(({ period, forecast }) => ({ period, forecast })),
  };
}

/** Opens the store as a restarted process would (migrating it), and hands it to `work`. */
export const reopened = withStore;

/** A change committed before the process that is killed starts: it must survive the kill. */
export async function commitEarlierChange(store: Store): Promise<void> {
  const council = store.council(LA);
  const [post] = await council.rows("workforce");
  if (!post) throw new Error("Demoshire has no workforce rows to change");
  const actor = { by: "reliability", source: "cli", at: new Date().toISOString() };
  await council.updateFigure("workforce", post.postRef, "team", `${post.team} (checked)`, actor);
}

/** SQLite's own check of the file after the kill: "ok" when nothing in it is damaged. */
export function sqliteIntegrity(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.pragma("integrity_check", { simple: true }) as string) ?? "no answer";
  } finally {
    db.close();
  }
}
