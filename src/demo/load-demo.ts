/**
 * Puts a generated council into a store: the council record, each register in turn, its SSDA903
 * returns, then its history: every period before the as-at period closed, with the forecast made
 * from the registers as they stood at that period's end. Periods already closed in the store are
 * kept as they are. Beside Demoshire (scale 1) goes its neighbour Marchford, its transport book alone,
 * and the two councils' demo users (DEMO_USERS), whose passwords are published on the sign-in page.
 */

import type { Role } from "../domain/access/roles.js";
import { comparePeriods, formatPeriodRef, periodsOf } from "../domain/calendar/financial.js";
import { forecastOutturn } from "../domain/outturn/forecast.js";
import {
  type CouncilRegisters,
  REGISTER_FIELD,
  REGISTER_NAMES,
  type RegisterRows,
} from "../domain/registers.js";
import { hashPassword } from "../server/sign-in/passwords.js";
import type { Actor, CouncilStore, Store } from "../store/store.js";
import { registersAsAt } from "./as-at.js";
import { BUDGET_YEARS } from "./budget.js";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, simulateCouncil } from "./generate.js";
import { generateMarchford } from "./marchford.js";

export interface DemoUser {
  la: string;
  username: string;
  name: string;
  role: Role;
  /** Not secret: these councils are invented, and the sign-in page shows them. */
  password: string;
}

const demoshire = (username: string, name: string, role: Role): DemoUser => ({
  la: "DEMO",
  username,
  name,
  role,
  password: `demoshire-${username}`,
});

/** One Demoshire user per role, and Marchford's finance officer. */
export const DEMO_USERS: readonly DemoUser[] = [
  demoshire("administrator", "Ada Administrator", "administrator"),
  demoshire("finance", "Fin Officer", "finance-officer"),
  demoshire("analyst", "Ana Analyst", "analyst"),
  demoshire("manager", "Mo Manager", "manager"),
  demoshire("member", "Cllr Mem Member", "member"),
  {
    la: "MARCH",
    username: "marchford-finance",
    name: "Marchford Finance",
    role: "finance-officer",
    password: "marchford-finance",
  },
];

/** The demo users, their passwords set again, unlocked and turned on. */
async function saveDemoUsers(store: Store, at: string): Promise<void> {
  const access = store.access();
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  for (const [i, { password: _, ...user }] of DEMO_USERS.entries()) {
    const kept = await access.user(user.username);
    await access.saveUser({
      ...user,
      passwordHash: hashes[i] as string,
      failedAttempts: 0,
      lockedUntil: null,
      disabled: false,
      createdAt: kept?.createdAt ?? at,
    });
  }
}

export interface DemoOptions {
  seed?: number;
  scale?: number;
  onProgress?: (done: number, total: number, step: string) => void;
}

async function replaceRegisters(
  councilStore: CouncilStore,
  registers: CouncilRegisters,
  actor: Actor,
  step: (register: string) => void,
): Promise<void> {
  for (const register of REGISTER_NAMES) {
    step(register);
    const rows = registers[REGISTER_FIELD[register]] as RegisterRows[typeof register][];
    await councilStore.replace(register, rows, actor);
  }
}

/**
 * Generates Demoshire (or a scaled council) and writes it to the store, with Marchford beside
 * Demoshire. Returns the generated council's `la`.
 */
export async function loadDemo(store: Store, actor: Actor, options: DemoOptions = {}): Promise<string> {
  const progress = options.onProgress ?? (() => {});
  const seed = options.seed ?? DEMOSHIRE_SEED;
  const neighbour = (options.scale ?? 1) === 1;
  const total = REGISTER_NAMES.length + 3 + (neighbour ? 1 : 0);
  progress(0, total, "generating");
  const simulated = simulateCouncil({ seed, scale: options.scale ?? 1, asAt: DEMOSHIRE_AS_AT });
  const { council, registers, ssda903 } = simulated;
  await store.saveCouncil(council);
  const councilStore = store.council(council.la);
  let done = 1;
  await replaceRegisters(councilStore, registers, actor, (register) => progress(done++, total, register));
  if (neighbour) {
    const marchford = generateMarchford(seed, simulated.asAt);
    progress(done++, total, marchford.council.name);
    await store.saveCouncil(marchford.council);
    await replaceRegisters(store.council(marchford.council.la), marchford.registers, actor, () => {});
    await saveDemoUsers(store, actor.at);
  }
  progress(done++, total, "ssda903");
  await councilStore.replaceSsda903(ssda903, actor);
  progress(done, total, "closed periods");
  const closed = new Set((await councilStore.snapshots()).map((s) => s.period));
  const past = BUDGET_YEARS.flatMap(periodsOf).filter((ref) => comparePeriods(ref, simulated.asAt) < 0);
  for (const period of past.filter((ref) => !closed.has(formatPeriodRef(ref)))) {
    await councilStore.closePeriod(period, actor, forecastOutturn(registersAsAt(simulated, period), period));
  }
  progress(total, total, "done");
  return council.la;
}
