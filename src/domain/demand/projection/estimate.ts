/**
 * The rates of the demand model from a council's SSDA903 history: the history cut into spells by
 * state (split at age-bracket birthdays), the daily stock by state (stock.ts), each day's
 * transitions, and their mean daily rates and the entry rates over the reference period.
 */
import { fromDay, toDay } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import type { DemandRates, DemandSettings, EntryRate, TransitionRate } from "../model.js";
import { cutSpells, OPEN, type Spells } from "./spells.js";
import { bracketOf, CATEGORIES, CODES, categoryOf, NIC, sortCodes, stateLabel } from "./states.js";
import { dailyStock, seenPairs, seenStates, stockAt, stockDay } from "./stock.js";

/** The history cannot be modelled as asked. */
export class DemandModelError extends Error {}

/**
 * The pairs the model holds: every move between the categories seen in a bracket and out of care
 * (the peer's "unique transitions"), and every other pair some spell made (ageing). Outturn also
 * holds each ageing pair into a state seen, made or not, so a scenario can move it.
 */
function modelPairs(spells: Spells, compatibility: DemandSettings["compatibility"]): Uint8Array {
  const pairs = seenPairs(spells);
  const states = seenStates(spells);
  for (let f = 0; f < CODES; f++) {
    if (!states[f] || categoryOf(f) === NIC) continue;
    const base = bracketOf(f) * CATEGORIES;
    for (let c = 0; c < CATEGORIES; c++) if (states[base + c] || c === NIC) pairs[f * CODES + base + c] = 1;
    const older = f + CATEGORIES;
    if (compatibility === "outturn" && older < CODES && states[older]) pairs[f * CODES + older] = 1;
  }
  return pairs;
}

/**
 * For each pair, the sum over the spells that end in the period of 1 ÷ the source state's stock
 * the day before. A spell leaving a state that held no one the day before (it started and ended
 * that day) makes the peer's rate infinite: an error, as the spec has it; Outturn never cuts one.
 */
function sumOfShares(spells: Spells, stock: Int32Array, from: number, to: number): Float64Array {
  const sums = new Float64Array(CODES * CODES);
  const { end, state, next } = spells;
  for (let i = 0; i < spells.count; i++) {
    const day = end[i] as number;
    if (day === OPEN || day < from || day > to) continue;
    const f = state[i] as number;
    const before = stock[(day - from) * CODES + f] as number;
    const p = f * CODES + (next[i] as number);
    if (before === 0)
      throw new DemandModelError(
        `${stateLabel(f)} held no child on ${fromDay(day - 1)}, yet a child moved out of it on ${fromDay(day)}: its rate would be infinite`,
      );
    sums[p] = (sums[p] as number) + 1 / before;
  }
  return sums;
}

/** The rates from spells already cut: the core of estimateRates, shared with projectDemand. */
export function ratesFromSpells(
  spells: Spells,
  history: Ssda903History,
  settings: DemandSettings,
): DemandRates {
  const [from, to] = [toDay(settings.referenceStart), toDay(settings.referenceEnd)];
  const days = to - from + 1;
  const stock = dailyStock(spells, from - 1, to);
  const pairs = modelPairs(spells, settings.compatibility);
  // The mean over the period's days of count ÷ stock the day before is the sum over the spells
  // ending in it of 1 ÷ that stock, over the days the source state had children the day before.
  const sums = sumOfShares(spells, stock, from, to);
  const daysHeld = new Int32Array(CODES);
  for (let j = 0; j < days; j++)
    for (let c = 0; c < CODES; c++) if ((stock[j * CODES + c] as number) > 0) (daysHeld[c] as number)++;
  const rateOf = new Float64Array(CODES * CODES);
  const inModel = new Uint8Array(CODES);
  for (let p = 0; p < pairs.length; p++) {
    if (!pairs[p]) continue;
    const f = Math.floor(p / CODES);
    inModel[f] = 1;
    inModel[p % CODES] = 1;
    const n = daysHeld[f] as number;
    rateOf[p] = n === 0 ? 0 : (sums[p] as number) / n;
  }
  const entrants = new Float64Array(CODES);
  for (let i = 0; i < spells.count; i++) {
    const start = spells.start[i] as number;
    if (spells.entry[i] && start >= from && start <= to) (entrants[spells.state[i] as number] as number)++;
  }
  const atStart = stockAt(spells, stockDay(history, settings.start, settings.compatibility));
  for (let c = 0; c < CODES; c++) if (entrants[c] || atStart[c]) inModel[c] = 1;
  const states = sortCodes(Array.from(inModel.keys()).filter((c) => inModel[c] === 1));
  const transitions: TransitionRate[] = [];
  for (const f of states)
    for (const t of states)
      if (pairs[f * CODES + t])
        transitions.push({ from: stateLabel(f), to: stateLabel(t), rate: rateOf[f * CODES + t] as number });
  const entries: EntryRate[] = states.map((c) => ({
    to: stateLabel(c),
    perDay: (entrants[c] as number) / days,
  }));
  return { states: states.map(stateLabel), transitions, entries };
}

export function estimateRates(history: Ssda903History, settings: DemandSettings): DemandRates {
  return ratesFromSpells(cutSpells(history, settings.compatibility), history, settings);
}
