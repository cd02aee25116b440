/** Turning what a request asks for into domain values, or an HTTP error a person can act on. */
import { type PeriodRef, parsePeriodRef } from "../domain/calendar/financial.js";
import type { Reader } from "../domain/disclosure/audience.js";
import type { ForecastOutturn } from "../domain/outturn/forecast.js";
import { REGISTER_NAMES, type RegisterName } from "../domain/registers.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
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

/**
 * The forecast as the reader may see it: a member gets no item (each placement, post and route still
 * costing something) and the data warnings only counted, since each names a row.
 */
export function forecastAsRead(outturn: ForecastOutturn, reader: Reader): ForecastOutturn {
  if (reader === "officer") return outturn;
  const count = outturn.warnings.length;
  const warnings =
    count === 0
      ? []
      : [`The registers have ${count} data warning${count === 1 ? "" : "s"}; an officer can see which rows.`];
  return { ...outturn, items: [], warnings };
}
