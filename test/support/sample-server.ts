/**
 * The real server over an in-memory SQLite store for one test file: Alphashire (901) holds the
 * registers and returns given, Betashire (902) a budget and actuals but no savings, plan or measures.
 * Built before the file's tests and closed after them; `get` asks the server for a URL, signed in to
 * the council the URL's `la` names (901 without one) as a member unless another role is given.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { Role } from "../../src/domain/access/roles.js";
import { type CouncilRegisters, REGISTER_FIELD, REGISTER_NAMES } from "../../src/domain/registers.js";
import type { Ssda903Return } from "../../src/domain/ssda903/tables.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "./sign-in.js";

const IMPORT = { by: "ana", source: "import", at: "2024-11-01T09:00:00.000Z" };

export function sampleServer(registers: CouncilRegisters, ssda903: Ssda903Return[] = []) {
  let store: Store | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    store = await openSqliteStore(":memory:");
    await store.migrate();
    await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: false });
    await store.saveCouncil({ la: "902", name: "Betashire", region: "West Midlands", demo: false });
    for (const name of REGISTER_NAMES) {
      const rows = registers[REGISTER_FIELD[name]] as never[];
      if (rows.length > 0) await store.council("901").replace(name, rows, IMPORT);
    }
    if (ssda903.length > 0) await store.council("901").replaceSsda903(ssda903, IMPORT);
    await store.council("902").replace("budget-lines", registers.budgetLines, IMPORT);
    await store.council("902").replace("actuals", registers.actuals, IMPORT);
    app = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z") });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  const sessions = new Map<string, Promise<SignedIn>>();
  return async (url: string, role: Role = "member") => {
    const la = new URL(url, "http://localhost").searchParams.get("la") ?? "901";
    const key = `${la} ${role}`;
    if (!sessions.has(key)) sessions.set(key, signedIn(app as FastifyInstance, store as Store, role, la));
    return (await (sessions.get(key) as Promise<SignedIn>)).inject({ url });
  };
}
