/**
 * The stock: children in each state at the end of a day, counted from the spells, and the states and
 * pairs of states the spells hold.
 * A spell is in the stock from its start day up to the day before its end day, as the peer counts
 * DECOMs less DECs cumulatively, so a spell starting and ending the same day is never in it.
 */
import { type IsoDate, toDay } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import { collectionYearSpan } from "../../ssda903/tables.js";
import type { DemandSettings, StateName } from "../model.js";
import { cutSpells, OPEN, type Spells } from "./spells.js";
import { CODES, sortCodes, stateLabel } from "./states.js";

type Compatibility = DemandSettings["compatibility"];

/** Stock by day and state: row (day − from) × CODES + code. */
export function dailyStock(spells: Spells, from: number, to: number): Int32Array {
  const days = Math.max(0, to - from + 1);
  const stock = new Int32Array((days + 1) * CODES);
  const { start, end, state } = spells;
  for (let i = 0; i < spells.count; i++) {
    const a = Math.max(start[i] as number, from);
    const b = Math.min((end[i] as number) - 1, to);
    if (a > b) continue;
    const code = state[i] as number;
    (stock[(a - from) * CODES + code] as number)++;
    (stock[(b + 1 - from) * CODES + code] as number)--;
  }
  for (let i = CODES; i < days * CODES; i++) stock[i] = (stock[i] as number) + (stock[i - CODES] as number);
  return stock.subarray(0, days * CODES);
}

/** The stock at the end of one day, by state code. */
export function stockAt(spells: Spells, day: number): Int32Array {
  const stock = new Int32Array(CODES);
  const { start, end, state } = spells;
  for (let i = 0; i < spells.count; i++)
    if ((start[i] as number) <= day && day < (end[i] as number)) (stock[state[i] as number] as number)++;
  return stock;
}

/** The pairs any spell in the history moves between (the peer's transitions), as from × CODES + to. */
export function seenPairs(spells: Spells): Uint8Array {
  const seen = new Uint8Array(CODES * CODES);
  const { end, state, next } = spells;
  for (let i = 0; i < spells.count; i++)
    if (end[i] !== OPEN) seen[(state[i] as number) * CODES + (next[i] as number)] = 1;
  return seen;
}

/** The states any spell is in (the peer's stock columns). */
export function seenStates(spells: Spells): Uint8Array {
  const seen = new Uint8Array(CODES);
  for (let i = 0; i < spells.count; i++) seen[spells.state[i] as number] = 1;
  return seen;
}

/** The days the returns cover: 1 April of the first collection year to 31 March of the last (the peer's data range). */
export function dataRange(history: Ssda903History): [number, number] | null {
  const first = history.years[0];
  const last = history.years.at(-1);
  if (first === undefined || last === undefined) return null;
  return [toDay(collectionYearSpan(first).start), toDay(collectionYearSpan(last).end)];
}

/**
 * The day whose stock starts a projection: the day itself, or under "peer" the nearest day the
 * returns cover, as the peer reads its stock table.
 */
export function stockDay(history: Ssda903History, day: IsoDate, compatibility: Compatibility): number {
  const range = compatibility === "peer" ? dataRange(history) : null;
  const d = toDay(day);
  return range ? Math.min(Math.max(d, range[0]), range[1]) : d;
}

/** The children in each care state at the end of a day (states absent: 0). */
export function stockOn(
  history: Ssda903History,
  day: IsoDate,
  settings: Pick<DemandSettings, "compatibility">,
): Map<StateName, number> {
  return stockOnDays(history, [day], settings.compatibility)[0] as Map<StateName, number>;
}

/**
 * stockOn for many days at once: the history is cut into spells once, not once a day, so a
 * backtest's 60 or so days cost one cut (about 14 ms on the synthetic council, against 0.8 s for 61
 * calls of stockOn).
 */
export function stockOnDays(
  history: Ssda903History,
  days: readonly IsoDate[],
  compatibility: Compatibility,
): Map<StateName, number>[] {
  const spells = cutSpells(history, compatibility);
  return days.map((day) => {
    const stock = stockAt(spells, stockDay(history, day, compatibility));
    const out = new Map<StateName, number>();
    for (const code of sortCodes(stock.keys()))
      if ((stock[code] as number) > 0) out.set(stateLabel(code), stock[code] as number);
    return out;
  });
}

/**
 * Each state's stock at the end of every day from `from` to `to`, for the states any spell in the
 * history is in (the peer's stock table, day by day).
 */
export function stockSeries(
  history: Ssda903History,
  from: IsoDate,
  to: IsoDate,
  settings: Pick<DemandSettings, "compatibility">,
): Map<StateName, Int32Array> {
  const spells = cutSpells(history, settings.compatibility);
  const [first, last] = [toDay(from), toDay(to)];
  const stock = dailyStock(spells, first, last);
  const states = seenStates(spells);
  const out = new Map<StateName, Int32Array>();
  for (const code of sortCodes(Array.from(states.keys()).filter((c) => states[c] === 1))) {
    const series = new Int32Array(last - first + 1);
    for (let j = 0; j < series.length; j++) series[j] = stock[j * CODES + code] as number;
    out.set(stateLabel(code), series);
  }
  return out;
}
