/** Opens the store at a location: a postgres:// or postgresql:// URL, or else a SQLite file path. */
import { openPostgresStore } from "./postgres.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export function openStore(location: string): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location) : openSqliteStore(location);
}
