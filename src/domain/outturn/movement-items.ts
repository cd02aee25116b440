/**
 * The part of a line's movement that the priced register rows explain: each placement, post and
 * route is matched between the two forecasts by register and key, and what it adds now is set
 * against what it still had to cost after the previous forecast's next period.
 */
import type { Pence } from "../money/money.js";
import type { ForecastItem } from "./context.js";
import type { DriverName } from "./drivers.js";

/** The driver whose amount a register's items make up. */
export const ITEM_DRIVER: Readonly<Record<ForecastItem["register"], DriverName>> = {
  placements: "commitments",
  workforce: "posts",
  "htst-routes": "routes",
};

export type ItemReasonName =
  | "new-placements"
  | "ended-placements"
  | "price-changes"
  | "placement-changes"
  | "staffing-changes"
  | "transport-changes";

/** One row's part of the movement, e.g. a placement that started in the month. */
export interface MovementDetail {
  ref: string;
  amount: Pence;
  note: string;
}

export interface ItemMovement {
  reason: ItemReasonName;
  detail: MovementDetail;
}

type Totals = Pick<ForecastItem, "register" | "key" | "rate" | "remaining" | "nextPeriod">;

/** A line's items by register and key, added together should two sources price the same row. */
export function itemTotals(items: readonly ForecastItem[]): Map<string, Totals> {
  const byKey = new Map<string, Totals>();
  for (const item of items) {
    const id = `${item.register}\u0000${item.key}`;
    const seen = byKey.get(id);
    if (seen) {
      seen.remaining += item.remaining;
      seen.nextPeriod += item.nextPeriod;
    } else {
      byKey.set(id, {
        register: item.register,
        key: item.key,
        rate: item.rate,
        remaining: item.remaining,
        nextPeriod: item.nextPeriod,
      });
    }
  }
  return byKey;
}

const OTHER_REGISTERS = { workforce: "staffing-changes", "htst-routes": "transport-changes" } as const;

function reasonFor(register: ForecastItem["register"], change: "new" | "ended" | "re-priced" | "changed") {
  if (register !== "placements") return OTHER_REGISTERS[register];
  if (change === "new") return "new-placements";
  if (change === "ended") return "ended-placements";
  return change === "re-priced" ? "price-changes" : "placement-changes";
}

/**
 * Each row whose part is not zero: a new row adds what it costs from now; an ended row takes off
 * what it had left after the previous next period; a continuing row adds the difference.
 */
export function itemMovements(previous: Map<string, Totals>, current: Map<string, Totals>): ItemMovement[] {
  const movements: ItemMovement[] = [];
  const add = (row: Totals, change: Parameters<typeof reasonFor>[1], amount: Pence) => {
    if (amount !== 0)
      movements.push({
        reason: reasonFor(row.register, change),
        detail: { ref: row.key, amount, note: change },
      });
  };
  for (const [id, now] of current) {
    const before = previous.get(id);
    if (!before) add(now, "new", now.remaining);
    else {
      const change = before.rate === now.rate ? "changed" : "re-priced";
      add(now, change, now.remaining - (before.remaining - before.nextPeriod));
    }
  }
  for (const [id, before] of previous) {
    if (!current.has(id)) add(before, "ended", -(before.remaining - before.nextPeriod));
  }
  return movements;
}
