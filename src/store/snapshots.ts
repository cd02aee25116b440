/**
 * Forecast snapshots: a closed period's forecast, kept as the JSON it was frozen as. This module
 * only inserts and reads them; no code path updates or deletes a snapshot.
 */
import { formatPeriodRef, type PeriodRef } from "../domain/calendar/financial.js";
import type { ForecastOutturn } from "../domain/outturn/forecast.js";
import type { SqlValue } from "./schema.js";
import { type Actor, type ForecastSnapshot, StoreError } from "./store.js";
import type { CouncilQueries } from "./tenancy.js";

const TABLE = "forecast_snapshots";

function fromRecord(record: Record<string, SqlValue>): ForecastSnapshot {
  return {
    period: formatPeriodRef({ year: String(record.year), period: Number(record.period) } as PeriodRef),
    frozenBy: String(record.frozen_by),
    frozenAt: String(record.frozen_at),
    source: String(record.source),
    forecast: JSON.parse(String(record.forecast)) as ForecastOutturn,
  };
}

function alreadyClosed(la: string, snapshot: ForecastSnapshot): StoreError {
  return new StoreError(
    `${snapshot.period} is already closed for council ${la} (by ${snapshot.frozenBy} at ${snapshot.frozenAt}); a closed period's forecast never changes`,
  );
}

export async function readSnapshots(
  queries: CouncilQueries,
  period?: PeriodRef,
): Promise<ForecastSnapshot[]> {
  let query = queries.select(TABLE).selectAll();
  if (period) query = query.where("year", "=", period.year).where("period", "=", period.period);
  const records = await query.orderBy("year").orderBy("period").execute();
  return records.map(fromRecord);
}

/** Inserts the period's snapshot in one transaction; refuses a period that already has one. */
export async function insertSnapshot(
  queries: CouncilQueries,
  period: PeriodRef,
  forecast: ForecastOutturn,
  actor: Actor,
): Promise<ForecastSnapshot> {
  const name = formatPeriodRef(period);
  if (forecast.period !== name)
    throw new StoreError(`the forecast to freeze is for ${forecast.period}, not the period closed, ${name}`);
  const snapshot: ForecastSnapshot = {
    period: name,
    frozenBy: actor.by,
    frozenAt: actor.at,
    source: actor.source,
    forecast,
  };
  await queries.transaction(async (q) => {
    const [existing] = await readSnapshots(q, period);
    if (existing) throw alreadyClosed(q.la, existing);
    await q.insert(TABLE, [
      {
        year: period.year,
        period: period.period,
        forecast: JSON.stringify(forecast),
        frozen_by: actor.by,
        frozen_at: actor.at,
        source: actor.source,
      },
    ]);
  });
  return snapshot;
}
