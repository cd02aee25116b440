/**
 * The server store: PostgreSQL through a pg pool. bigint (int8) columns come back as JS numbers,
 * set on this pool only (the global pg type parsers are left alone); a value beyond the safe
 * integers throws rather than losing pence.
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { KyselyStore } from "./kysely-store.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

const INT8 = 20;

function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value))
    throw new RangeError(`bigint ${text} is beyond JavaScript's safe integers`);
  return value;
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8 && format !== "binary"
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, types, max: 8 });
  return new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), "postgres");
}
