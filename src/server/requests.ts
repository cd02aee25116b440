/** Turning what a request asks for into domain values, or an HTTP error a person can act on. */
import { type PeriodRef, parsePeriodRef } from "../domain/calendar/financial.js";
import { REGISTER_NAMES, type RegisterName } from "../domain/registers.js";
import type { Council, Store } from "../store/store.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The council asked for, or the first in the store; a 404 when there is none. */
export async function councilOrNotFound(store: Store, la: string | undefined): Promise<Council> {
  const councils = await store.councils();
  const council = la ? councils.find((c) => c.la === la) : councils[0];
  if (!council) throw new HttpError(404, la ? `No council "${la}".` : "The store holds no council yet.");
  return council;
}

/** The period asked for, else the latest the ledger has actuals for. */
export function choosePeriod(asked: string | undefined, latest: PeriodRef | null): PeriodRef {
  if (asked) {
    try {
      return parsePeriodRef(asked);
    } catch (error) {
      throw new HttpError(400, (error as Error).message);
    }
  }
  if (!latest)
    throw new HttpError(404, "There are no ledger actuals yet, so there is no period to forecast from.");
  return latest;
}

export function registerOrNotFound(name: string): RegisterName {
  if (!(REGISTER_NAMES as readonly string[]).includes(name))
    throw new HttpError(404, `No register "${name}".`);
  return name as RegisterName;
}
