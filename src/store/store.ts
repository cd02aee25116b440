/**
 * The one interface over persistence. Two implementations: embedded SQLite (the default, one file)
 * and PostgreSQL (for a server with many councils). Every read and write goes through a
 * CouncilStore, which is bound to one council's `la`, so no query can run without it.
 */
import type { PeriodRef } from "../domain/calendar/financial.js";
import type { ForecastOutturn } from "../domain/outturn/forecast.js";
import type { CouncilRegisters, RegisterName, RegisterRows } from "../domain/registers.js";
import type { Ssda903Return } from "../domain/ssda903/tables.js";
import type { AccessStore } from "./access-store.js";

export interface Council {
  la: string;
  name: string;
  region: string;
  /** True for a demonstration council such as Demoshire; the UI says so plainly. */
  demo: boolean;
}

/** A change to a figure a person entered. */
export interface AuditEntry {
  id: number;
  la: string;
  at: string; // ISO timestamp
  by: string;
  /** The register, or "ssda903" for a collection year's 903 return (key "2024/episodes"). */
  register: RegisterName | "ssda903";
  key: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  source: string; // e.g. "import placements.xlsx", "cli", "api"
}

/** A council's tables as stored: table → rows of column → value (without `la`). */
export type CouncilTables = Record<string, Record<string, string | number | null>[]>;

/** Which audit entries to read: every given condition holds; dates are ISO days, both inclusive. */
export interface AuditFilter {
  register?: string;
  key?: string;
  field?: string;
  by?: string;
  from?: string;
  to?: string;
  newestFirst?: boolean;
  limit?: number;
  offset?: number;
}

export interface Actor {
  by: string;
  source: string;
  /** The moment of the change; passed in, never read from a clock deep inside. */
  at: string;
}

export interface ReplaceResult {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/** A closed period's forecast, frozen when the period was closed and never changed afterwards. */
export interface ForecastSnapshot {
  /** e.g. "2024-25:P7" */
  period: string;
  frozenBy: string;
  /** ISO timestamp of the closing. */
  frozenAt: string;
  /** Where the closing came from, e.g. "cli", "api", "demo". */
  source: string;
  forecast: ForecastOutturn;
}

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  migrate(): Promise<void>;
  councils(): Promise<Council[]>;
  saveCouncil(council: Council): Promise<void>;
  council(la: string): CouncilStore;
  /** Users and sessions, across councils: sign-in finds the council from the user. */
  access(): AccessStore;
  close(): Promise<void>;
}

export interface CouncilStore {
  readonly la: string;
  /** All registers at once, as the domain computes on them. */
  registers(): Promise<CouncilRegisters>;
  rows<R extends RegisterName>(register: R): Promise<RegisterRows[R][]>;
  /**
   * Replaces a register in one transaction, all or nothing. For actuals, only the (year, period)
   * pairs present in `rows` are replaced; for budget lines, only the years present; every other
   * register (terms and closures included) is replaced whole. Changed figures on rows with the same key are audited.
   */
  replace<R extends RegisterName>(register: R, rows: RegisterRows[R][], actor: Actor): Promise<ReplaceResult>;
  /** Changes one figure of one row, found by its key, and audits it. Throws if the row is absent. */
  updateFigure<R extends RegisterName>(
    register: R,
    key: string,
    field: keyof RegisterRows[R] & string,
    value: unknown,
    actor: Actor,
  ): Promise<void>;
  /** Every council table's rows as stored, for a backup (backup.ts). */
  dump(): Promise<CouncilTables>;
  /**
   * Writes a backup's council row and tables in one transaction, all or nothing, audit entries as
   * they were; refuses a council that has data unless `replace` (backup.ts).
   */
  restore(council: Omit<Council, "la">, tables: CouncilTables, replace: boolean): Promise<void>;
  /** The audit trail, oldest first unless the filter asks otherwise; the filter runs in SQL. */
  audit(filter?: AuditFilter): Promise<AuditEntry[]>;
  /**
   * A value that changes whenever any of the council's data changes: every change is audited, so the
   * newest audit entry, with the number of closed periods. What is computed from the data can be kept
   * until it changes, even when another process (an import from the command line) made the change.
   */
  version(): Promise<string>;
  /**
   * Closes a period: freezes its forecast outturn, the registers' forecast as they stand now unless
   * `forecast` is given (the demo's history). Refuses a period already closed; nothing ever changes
   * or deletes a snapshot afterwards.
   */
  closePeriod(period: PeriodRef, actor: Actor, forecast?: ForecastOutturn): Promise<ForecastSnapshot>;
  /** Every closed period's snapshot, oldest first. */
  snapshots(): Promise<ForecastSnapshot[]>;
  /** The period's snapshot, or null while the period is open. */
  snapshot(period: PeriodRef): Promise<ForecastSnapshot | null>;
  /**
   * Replaces the given collection years' SSDA903 returns in one transaction, all or nothing; other
   * years stay. Each year and table that changed is audited (row count and fingerprint, never values).
   */
  replaceSsda903(returns: readonly Ssda903Return[], actor: Actor): Promise<ReplaceResult>;
  /** Every collection year's 903 return, oldest first. */
  ssda903Returns(): Promise<Ssda903Return[]>;
}

/** A request the store refuses (unknown key or field, a value of the wrong kind, a repeated key, ...). */
export class StoreError extends Error {}
