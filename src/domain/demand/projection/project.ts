/**
 * The daily projection: pop ← M·pop + entrants, with variance ← (M∘(1−M))·pop + entrants added each
 * day, from the stock on the start day, the rates estimated over the reference period, and any
 * adjustments a scenario makes to them, each on the days of its window (firstDay to lastDay).
 */
import { fromDay, toDay } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import type { DemandProjection, DemandRates, DemandSettings, RateAdjustment } from "../model.js";
import { adjustRates } from "./adjust.js";
import { ratesFromSpells } from "./estimate.js";
import { cutSpells } from "./spells.js";
import { stateCodeOf } from "./states.js";
import { stockAt, stockDay } from "./stock.js";

/** The longest projection the model allows: four years of days. */
export const MAX_DAYS = 1461;

/**
 * The daily matrix, column-major by source state: m[from × n + to] is the chance a child in `from`
 * today is in `to` tomorrow. Staying is 1 less every move out; a state nothing leaves keeps its children.
 */
export function transitionMatrix(rates: DemandRates): Float64Array {
  const n = rates.states.length;
  const index = new Map(rates.states.map((s, i) => [s, i]));
  const m = new Float64Array(n * n);
  const leaves = new Float64Array(n);
  for (const { from, to, rate } of rates.transitions) {
    const f = index.get(from);
    const t = index.get(to);
    if (f === undefined || t === undefined || f === t) continue;
    m[f * n + t] = rate;
    leaves[f] = (leaves[f] as number) + rate;
  }
  for (let s = 0; s < n; s++) m[s * n + s] = 1 - (leaves[s] as number);
  return m;
}

/** The projection days (1 = the day after the start) an adjustment applies on, clipped to the horizon. */
function daysOf(a: RateAdjustment, settings: DemandSettings): [number, number] {
  const start = toDay(settings.start);
  const first = a.firstDay === undefined ? 1 : Math.max(1, toDay(a.firstDay) - start);
  const last = a.lastDay === undefined ? settings.days : Math.min(settings.days, toDay(a.lastDay) - start);
  return [first, last];
}

/** One day's move as arrays: the matrix's non-zero cells (a state moves to its own bracket and the next, not to all) and the entrants. */
interface Step {
  from: Int32Array;
  to: Int32Array;
  chance: Float64Array;
  spread: Float64Array;
  entries: Float64Array;
}

function stepOf(rates: DemandRates): Step {
  const n = rates.states.length;
  const m = transitionMatrix(rates);
  const cells: number[] = [];
  for (let c = 0; c < m.length; c++) if (m[c] !== 0) cells.push(c);
  const chance = Float64Array.from(cells, (c) => m[c] as number);
  const index = new Map(rates.states.map((s, i) => [s, i]));
  const entries = new Float64Array(n);
  for (const { to: state, perDay } of rates.entries) {
    const i = index.get(state);
    if (i !== undefined) entries[i] = (entries[i] as number) + perDay;
  }
  return {
    from: Int32Array.from(cells, (c) => Math.floor(c / n)),
    to: Int32Array.from(cells, (c) => c % n),
    chance,
    spread: chance.map((p) => p * (1 - p)),
    entries,
  };
}

/**
 * The step in force on each day 1 … days: the rates with the adjustments whose window holds that
 * day (an adjustment without firstDay or lastDay runs from the start or to the end).
 */
function stepsByDay(
  rates: DemandRates,
  settings: DemandSettings,
  adjustments: readonly RateAdjustment[],
): Step[] {
  const windows = adjustments.map((a) => daysOf(a, settings));
  const steps = new Map<string, Step>();
  const byDay: Step[] = [];
  for (let day = 1; day <= settings.days; day++) {
    const active = windows.map(([first, last]) => first <= day && day <= last);
    const key = active.map(Number).join("");
    let step = steps.get(key);
    if (!step) {
      step = stepOf(
        adjustRates(
          rates,
          adjustments.filter((_, i) => active[i]),
        ),
      );
      steps.set(key, step);
    }
    byDay.push(step);
  }
  return byDay;
}

/**
 * Projects from given rates and a starting stock (by state, in rates.states order), with any
 * adjustments applied on the days of their windows. The result's `rates` are the rates with every
 * adjustment applied, as they stand inside the windows.
 */
export function projectFrom(
  rates: DemandRates,
  initial: readonly number[],
  settings: DemandSettings,
  adjustments: readonly RateAdjustment[] = [],
): DemandProjection {
  const n = rates.states.length;
  if (initial.length !== n)
    throw new RangeError(`the starting stock has ${initial.length} states, the rates ${n}`);
  if (!Number.isInteger(settings.days) || settings.days < 1 || settings.days > MAX_DAYS)
    throw new RangeError(`a projection runs 1 to ${MAX_DAYS} days, not ${settings.days}`);
  const steps = stepsByDay(rates, settings, adjustments);
  let pop = new Float64Array(initial);
  let variance = new Float64Array(n);
  const population: Float64Array[] = [];
  const variances: Float64Array[] = [];
  const dates: string[] = [];
  const start = toDay(settings.start);
  for (let day = 1; day <= settings.days; day++) {
    const { from, to, chance, spread, entries } = steps[day - 1] as Step;
    const nextPop = entries.slice();
    const nextVar = variance.slice();
    for (let k = 0; k < chance.length; k++) {
      const f = from[k] as number;
      const t = to[k] as number;
      const p = pop[f] as number;
      nextPop[t] = (nextPop[t] as number) + (chance[k] as number) * p;
      nextVar[t] = (nextVar[t] as number) + (spread[k] as number) * p;
    }
    for (let t = 0; t < n; t++) nextVar[t] = (nextVar[t] as number) + (entries[t] as number);
    pop = nextPop;
    variance = nextVar;
    population.push(pop);
    variances.push(variance);
    dates.push(fromDay(start + day));
  }
  return {
    settings,
    states: rates.states,
    initial: [...initial],
    dates,
    population,
    variance: variances,
    rates: adjustRates(rates, adjustments),
  };
}

/** Estimates the rates from the history, adjusts them, and projects from the stock on the start day. */
export function projectDemand(
  history: Ssda903History,
  settings: DemandSettings,
  adjustments: readonly RateAdjustment[] = [],
): DemandProjection {
  const spells = cutSpells(history, settings.compatibility);
  const rates = ratesFromSpells(spells, history, settings);
  const stock = stockAt(spells, stockDay(history, settings.start, settings.compatibility));
  const initial = rates.states.map((s) => stock[stateCodeOf(s)] as number);
  return projectFrom(rates, initial, settings, adjustments);
}
