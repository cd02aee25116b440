/** What every command needs: the store, the council it works on, and who is acting. */
import { userInfo } from "node:os";
import { InvalidArgumentError } from "commander";
import { type PeriodRef, parsePeriodRef } from "../domain/calendar/financial.js";
import { openStore } from "../store/open.js";
import type { Actor, Council, Store } from "../store/store.js";
import { UserError } from "./common.js";

/** What every per-period listing command takes. */
export interface PeriodOutputOptions {
  period: PeriodRef;
  la?: string;
  format: "table" | "json" | "csv";
}

/** What a member sees is the default; an officer asks for everything with this flag. */
export const UNSUPPRESSED_FLAG = "--unsuppressed";
export const UNSUPPRESSED_HELP =
  "show child-level rows and counts of people from 1 to the council's small-number threshold (officers only: never share with members)";

export { DEFAULT_STORE, storeLocation, UserError } from "./common.js";

/** A --period value as a period, e.g. 2024-25:P7; commander reports why a bad one is not. */
export function periodArgument(value: string): PeriodRef {
  try {
    return parsePeriodRef(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** The store's location as it is safe to print: a PostgreSQL URL without its password. */
export function displayLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, "$1:***@");
}

export async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Runs `work` on the store at `location` and writes what it returns to stdout. */
export function printFrom(location: () => string) {
  return (work: (store: Store) => Promise<string>) =>
    withStore(location(), async (store) => {
      process.stdout.write(await work(store));
    });
}

/** The council named by `la`, or the only/first one in the store. */
export async function chooseCouncil(store: Store, la: string | undefined): Promise<Council> {
  const councils = await store.councils();
  if (councils.length === 0)
    throw new UserError("The store holds no council yet: run `outturn demo`, or import registers with --la.");
  if (!la) return councils[0] as Council;
  const council = councils.find((c) => c.la === la);
  if (!council)
    throw new UserError(
      `No council "${la}" in the store; it holds: ${councils.map((c) => c.la).join(", ")}.`,
    );
  return council;
}

export function actor(by: string | undefined, source: string): Actor {
  return { by: by ?? userInfo().username, source, at: new Date().toISOString() };
}
