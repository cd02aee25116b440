/**
 * Movement since last period: how each line's forecast moved from the previous period's snapshot
 * to this period's forecast, and why, in reasons that add up to the movement to the penny.
 *
 * The previous forecast expected the month just closed to cost its items' next-period cost, plus
 * an even share of every other driver's remaining (a manual adjustment is not spent over time, so
 * none of it). Then, for each line,
 *   movement = (actual in the month − that expectation)             "spend in the month against forecast"
 *            + Σ rows: now remaining − previously left after the month   new, ended, re-priced rows
 *            + Σ other drivers: now − previously left after the month   e.g. run-rate, adjustments
 * which is exactly current forecast − previous forecast, as the expectation cancels out. The
 * savings at risk line has no drivers or rows: its whole movement is its savings' forecast delivery.
 */
import { formatPeriodRef, parsePeriodRef } from "../calendar/financial.js";
import { type Pence, prorate } from "../money/money.js";
import type { ManualAdjustment } from "./adjustments.js";
import { DRIVERS, type DriverName } from "./drivers.js";
import type { ForecastItem, ForecastLine, ForecastOutturn } from "./forecast.js";
import {
  ITEM_DRIVER,
  type ItemReasonName,
  itemMovements,
  itemTotals,
  type MovementDetail,
} from "./movement-items.js";

export type { MovementDetail } from "./movement-items.js";

export type MovementReasonName =
  | "spend-against-forecast"
  | ItemReasonName
  | "savings"
  | "drivers"
  | "adjustments";

/** The words a report uses for each reason; "drivers" is named by its driver. */
export const MOVEMENT_REASONS: Readonly<Record<Exclude<MovementReasonName, "drivers">, string>> = {
  "spend-against-forecast": "Spend in the month against forecast",
  "new-placements": "New placements",
  "ended-placements": "Ended placements",
  "price-changes": "Price changes",
  "placement-changes": "Running placements re-forecast (end dates)",
  "staffing-changes": "Staffing changes (new, ended or re-priced posts)",
  "transport-changes": "Transport changes (new, ended or re-priced routes)",
  savings: "Savings delivery re-forecast",
  adjustments: "Manual adjustments",
};

const ORDER: readonly MovementReasonName[] = [
  "spend-against-forecast",
  ...(Object.keys(MOVEMENT_REASONS) as MovementReasonName[]).slice(1, -1),
  "drivers",
  "adjustments",
];

export interface MovementReason {
  reason: MovementReasonName;
  /** For "drivers": the driver that changed. */
  driver?: DriverName;
  words: string;
  amount: Pence;
  /** The rows (or adjustments, with their comments) behind the amount; empty on the totals. */
  details: MovementDetail[];
}

export interface LineMovement extends Pick<ForecastLine, "costCentre" | "name" | "serviceArea" | "kind"> {
  previous: Pence;
  current: Pence;
  movement: Pence;
  /** Actual to date now less actual to date then: the month's spend, with any revision of earlier months. */
  spentInMonth: Pence;
  /** What the previous forecast expected the month to cost. */
  expectedInMonth: Pence;
  /** Add up to `movement` exactly; reasons of £0 are left out. */
  reasons: MovementReason[];
}

export interface ForecastMovement {
  from: string;
  to: string;
  lines: LineMovement[];
  total: { previous: Pence; current: Pence; movement: Pence };
  /** Each reason over all lines, in report order. */
  reasons: MovementReason[];
}

export class MovementError extends Error {}

export function movement(
  previous: ForecastOutturn,
  current: ForecastOutturn,
  adjustments: readonly ManualAdjustment[],
): ForecastMovement {
  const [was, now] = [parsePeriodRef(previous.period), parsePeriodRef(current.period)];
  if (was.year !== now.year || was.period !== now.period - 1) {
    throw new MovementError(
      `the movement to ${current.period} is from the forecast at the period before it, not ${previous.period}` +
        (now.period === 1 ? `; P1 is the first period of ${now.year}, so it has none` : ""),
    );
  }
  const made = adjustments.filter((a) => a.year === now.year && a.period === now.period);
  const before = byCostCentre(previous);
  const after = byCostCentre(current);
  const costCentres = [...new Set([...after.lines.keys(), ...before.lines.keys()])];
  const lines = costCentres.map((costCentre) =>
    lineMovement(
      costCentre,
      before,
      after,
      12 - was.period,
      made.filter((a) => a.costCentre === costCentre),
    ),
  );
  const sum = (field: "previous" | "current" | "movement") => lines.reduce((t, l) => t + l[field], 0);
  return {
    from: previous.period,
    to: formatPeriodRef(now),
    lines,
    total: { previous: sum("previous"), current: sum("current"), movement: sum("movement") },
    reasons: totalReasons(lines),
  };
}

interface Indexed {
  lines: Map<string, ForecastLine>;
  items: Map<string, ForecastItem[]>;
}

function byCostCentre(outturn: ForecastOutturn): Indexed {
  const items = new Map<string, ForecastItem[]>();
  for (const item of outturn.items) items.set(item.costCentre, [...(items.get(item.costCentre) ?? []), item]);
  return { lines: new Map(outturn.lines.map((l) => [l.costCentre, l])), items };
}

/** A line's items that its own drivers count, and each driver's amount beyond those items. */
function split(line: ForecastLine | undefined, items: readonly ForecastItem[]) {
  const drivers = new Map((line?.drivers ?? []).map((d) => [d.driver, d.amount]));
  const counted = items.filter((item) => drivers.has(ITEM_DRIVER[item.register]));
  for (const item of counted) {
    const driver = ITEM_DRIVER[item.register];
    drivers.set(driver, (drivers.get(driver) ?? 0) - item.remaining);
  }
  return { items: itemTotals(counted), beyondItems: drivers };
}

function lineMovement(
  costCentre: string,
  before: Indexed,
  after: Indexed,
  periodsLeft: number,
  made: readonly ManualAdjustment[],
): LineMovement {
  const [was, now] = [before.lines.get(costCentre), after.lines.get(costCentre)];
  const then = split(was, before.items.get(costCentre) ?? []);
  const later = split(now, after.items.get(costCentre) ?? []);
  const reasons: MovementReason[] = [];
  const add = (reason: MovementReasonName, amount: Pence, details: MovementDetail[], driver?: DriverName) => {
    const words = driver
      ? DRIVERS[driver]
      : MOVEMENT_REASONS[reason as Exclude<MovementReasonName, "drivers">];
    reasons.push({ reason, ...(driver ? { driver } : {}), words, amount, details });
  };

  let expectedInMonth = [...then.items.values()].reduce((t, i) => t + i.nextPeriod, 0);
  for (const driver of Object.keys(DRIVERS) as DriverName[]) {
    if (!then.beyondItems.has(driver) && !later.beyondItems.has(driver)) continue;
    const previously = then.beyondItems.get(driver) ?? 0;
    const spent = driver === "adjustments" ? 0 : prorate(previously, 1, periodsLeft);
    expectedInMonth += spent;
    const amount = (later.beyondItems.get(driver) ?? 0) - (previously - spent);
    if (driver === "adjustments") add("adjustments", amount, adjustmentDetails(amount, made));
    else add("drivers", amount, [], driver);
  }
  for (const { reason, detail } of itemMovements(then.items, later.items)) {
    const existing = reasons.find((r) => r.reason === reason);
    if (existing) {
      existing.amount += detail.amount;
      existing.details.push(detail);
    } else add(reason, detail.amount, [detail]);
  }
  const spentInMonth = (now?.actualToDate ?? 0) - (was?.actualToDate ?? 0);
  add("spend-against-forecast", spentInMonth - expectedInMonth, []);

  const line = now ?? (was as ForecastLine);
  const [previous, current] = [was?.forecast ?? 0, now?.forecast ?? 0];
  // The savings line has no drivers or items: what moves it is the savings' forecast delivery.
  if (line.kind === "savings") add("savings", current - previous - (spentInMonth - expectedInMonth), []);
  return {
    costCentre,
    name: line.name,
    serviceArea: line.serviceArea,
    kind: line.kind,
    previous,
    current,
    movement: current - previous,
    spentInMonth,
    expectedInMonth,
    reasons: reasons.filter((r) => r.amount !== 0).sort((a, b) => rank(a) - rank(b)),
  };
}

function rank(reason: MovementReason): number {
  const driverRank = reason.driver ? Object.keys(DRIVERS).indexOf(reason.driver) / 100 : 0;
  return ORDER.indexOf(reason.reason) + driverRank;
}

/** The adjustments made in the month with their comments; any change to earlier ones, as one more. */
function adjustmentDetails(amount: Pence, made: readonly ManualAdjustment[]): MovementDetail[] {
  const details = made.map((a) => ({ ref: a.ref, amount: a.amount, note: `${a.comment} (${a.by})` }));
  const rest = amount - details.reduce((t, d) => t + d.amount, 0);
  if (rest !== 0)
    details.push({ ref: "earlier adjustments", amount: rest, note: "changed since the last period" });
  return details;
}

function totalReasons(lines: readonly LineMovement[]): MovementReason[] {
  const totals = new Map<string, MovementReason>();
  for (const reason of lines.flatMap((l) => l.reasons)) {
    const id = `${reason.reason}/${reason.driver ?? ""}`;
    const total = totals.get(id);
    if (total) total.amount += reason.amount;
    else totals.set(id, { ...reason, details: [] });
  }
  return [...totals.values()].sort((a, b) => rank(a) - rank(b));
}
