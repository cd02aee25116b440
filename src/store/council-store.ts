/** One council's view of the store. Every query goes through CouncilQueries, bound to its `la`. */
import type { PeriodRef } from "../domain/calendar/financial.js";
import { type ForecastOutturn, forecastOutturn } from "../domain/outturn/forecast.js";
import {
  type CouncilRegisters,
  REGISTER_FIELD,
  REGISTER_NAMES,
  type RegisterName,
  type RegisterRows,
} from "../domain/registers.js";
import type { Ssda903Return } from "../domain/ssda903/tables.js";
import { readAudit, recordChanges } from "./audit.js";
import { readCouncilTables, writeCouncilTables } from "./backup.js";
import { auditText, checkValue, FieldValueError, toColumn } from "./fields.js";
import { fieldOf, fromRecord, keyColumns, registerTable } from "./register-tables.js";
import { replaceRegister } from "./replace.js";
import { insertSnapshot, readSnapshots } from "./snapshots.js";
import { replaceSsda903Rows, ssda903Returns } from "./ssda903.js";
import type {
  Actor,
  AuditEntry,
  AuditFilter,
  Council,
  CouncilStore,
  CouncilTables,
  ForecastSnapshot,
  ReplaceResult,
} from "./store.js";
import { StoreError } from "./store.js";
import type { CouncilQueries } from "./tenancy.js";

export class SqlCouncilStore implements CouncilStore {
  readonly #queries: CouncilQueries;

  constructor(queries: CouncilQueries) {
    this.#queries = queries;
  }

  get la(): string {
    return this.#queries.la;
  }

  async rows<R extends RegisterName>(register: R): Promise<RegisterRows[R][]> {
    const table = registerTable(register);
    let query = this.#queries.select(table.table).selectAll();
    for (const column of table.order) query = query.orderBy(column);
    const records = await query.execute();
    return records.map((record) => fromRecord<RegisterRows[R]>(table, record));
  }

  async registers(): Promise<CouncilRegisters> {
    const loaded = await Promise.all(
      REGISTER_NAMES.map(async (name) => [REGISTER_FIELD[name], await this.rows(name)]),
    );
    return Object.fromEntries(loaded) as CouncilRegisters;
  }

  async replace<R extends RegisterName>(
    register: R,
    rows: RegisterRows[R][],
    actor: Actor,
  ): Promise<ReplaceResult> {
    await this.#requireCouncil();
    try {
      return await replaceRegister(this.#queries, register, rows, actor);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(`${register}: the store refused the rows, so nothing was changed: ${reason}`, {
        cause: error,
      });
    }
  }

  async updateFigure<R extends RegisterName>(
    register: R,
    key: string,
    field: keyof RegisterRows[R] & string,
    value: unknown,
    actor: Actor,
  ): Promise<void> {
    const table = registerTable(register);
    const spec = fieldOf(table, field);
    if (!spec) {
      const known = table.fields.map((f) => f.name).join(", ");
      throw new StoreError(`${register} has no field "${field}"; its fields are ${known}`);
    }
    if (table.key.includes(field))
      throw new StoreError(`${register}: "${field}" is part of the key and cannot change`);
    try {
      checkValue(spec, value);
    } catch (error) {
      if (error instanceof FieldValueError) throw new StoreError(`${register} "${key}": ${error.message}`);
      throw error;
    }
    const keyValues = table.parseKey(key);
    const notFound = () =>
      new StoreError(`${register} has no row with the key "${key}" for council ${this.la}`);
    if (!keyValues) throw notFound();
    const where = keyColumns(table, keyValues);
    await this.#queries.transaction(async (q) => {
      const record = await q
        .select(table.table)
        .selectAll()
        .where((eb) => eb.and(where))
        .executeTakeFirst();
      if (!record) throw notFound();
      const old = fromRecord<Record<string, unknown>>(table, record);
      const [oldValue, newValue] = [auditText(old[field]), auditText(value)];
      if (oldValue === newValue) return;
      await q
        .update(table.table, { [spec.column]: toColumn(spec, value) })
        .where((eb) => eb.and(where))
        .execute();
      await recordChanges(q, [{ register, key, field, oldValue, newValue }], actor);
    });
  }

  audit(filter?: AuditFilter): Promise<AuditEntry[]> {
    return readAudit(this.#queries, filter);
  }

  async version(): Promise<string> {
    const [changes] = await this.#queries
      .select("audit")
      .select((eb) => eb.fn.max("id").as("last"))
      .execute();
    const [closed] = await this.#queries
      .select("forecast_snapshots")
      .select((eb) => eb.fn.countAll().as("count"))
      .execute();
    return `${changes?.last ?? 0}/${closed?.count ?? 0}`;
  }

  dump(): Promise<CouncilTables> {
    return readCouncilTables(this.#queries);
  }

  restore(council: Omit<Council, "la">, tables: CouncilTables, replace: boolean): Promise<void> {
    return this.#queries.transaction((q) => writeCouncilTables(q, council, tables, replace));
  }

  async closePeriod(period: PeriodRef, actor: Actor, forecast?: ForecastOutturn): Promise<ForecastSnapshot> {
    await this.#requireCouncil();
    return this.#queries.transaction(async (q) => {
      const frozen = forecast ?? forecastOutturn(await new SqlCouncilStore(q).registers(), period);
      return insertSnapshot(q, period, frozen, actor);
    });
  }

  snapshots(): Promise<ForecastSnapshot[]> {
    return readSnapshots(this.#queries);
  }

  async snapshot(period: PeriodRef): Promise<ForecastSnapshot | null> {
    return (await readSnapshots(this.#queries, period))[0] ?? null;
  }

  async replaceSsda903(returns: readonly Ssda903Return[], actor: Actor): Promise<ReplaceResult> {
    await this.#requireCouncil();
    try {
      return await replaceSsda903Rows(this.#queries, returns, actor);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(`ssda903: the store refused the rows, so nothing was changed: ${reason}`, {
        cause: error,
      });
    }
  }

  ssda903Returns(): Promise<Ssda903Return[]> {
    return ssda903Returns(this.#queries);
  }

  async #requireCouncil(): Promise<void> {
    const council = await this.#queries.select("councils").select("la").executeTakeFirst();
    if (!council)
      throw new StoreError(`no council "${this.la}" in the store: save the council before its registers`);
  }
}
