/**
 * What `outturn project` writes. CSV: one row a projected day, the date then each state's population
 * under the peer's own column names (so the first columns diff directly against its
 * prediction_population.csv), then each state's variance, lower and upper band (±2σ, the lower
 * never below 0), six decimals as the peer writes them. JSON: the settings, the rates, the daily
 * projection and the backtest in words.
 */
import type { Backtest } from "../domain/demand/backtest/backtest.js";
import type { DemandProjection, DemandSettings } from "../domain/demand/model.js";

/** The ±2σ band of a projected population: lower clipped at 0. */
export function band(population: number, variance: number): [number, number] {
  const spread = 2 * Math.sqrt(variance);
  return [Math.max(0, population - spread), population + spread];
}

/** The CSV's header: date, the states, then "<state> (variance)", "(lower)" and "(upper)" for each. */
export function projectionCsvHeader(states: readonly string[]): string {
  const columns = ["date", ...states];
  for (const what of ["variance", "lower", "upper"]) for (const s of states) columns.push(`${s} (${what})`);
  return columns.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
}

const ZEROS = ["", "0", "00", "000", "0000", "00000"];

/**
 * `value.toFixed(6)`, quicker for the numbers a projection holds: whole part and millionths as small
 * integers. Where the millionths are within a hair of half of one, or the number is negative or
 * large, toFixed itself decides, so the text is always toFixed's.
 */
export function fixed6(value: number): string {
  if (!(value >= 0 && value < 1e9)) return value.toFixed(6);
  const whole = Math.floor(value);
  const millionths = (value - whole) * 1e6;
  const below = Math.floor(millionths);
  const rest = millionths - below;
  if (rest > 0.4999 && rest < 0.5001) return value.toFixed(6);
  let fraction = rest < 0.5 ? below : below + 1;
  let unit = whole;
  if (fraction === 1e6) {
    unit++;
    fraction = 0;
  }
  const digits = `${fraction}`;
  return `${unit}.${ZEROS[6 - digits.length] ?? ""}${digits}`;
}

export function projectionCsv(projection: DemandProjection): string {
  const n = projection.states.length;
  const lines = [projectionCsvHeader(projection.states)];
  // One array of cells a line, joined once: fewer intermediate strings than adding cell by cell.
  const cells = new Array<string>(1 + 4 * n);
  for (let d = 0; d < projection.dates.length; d++) {
    const pop = projection.population[d] as Float64Array;
    const variance = projection.variance[d] as Float64Array;
    cells[0] = projection.dates[d] as string;
    for (let s = 0; s < n; s++) {
      const p = pop[s] as number;
      const v = variance[s] as number;
      const spread = 2 * Math.sqrt(v);
      cells[1 + s] = fixed6(p);
      cells[1 + n + s] = fixed6(v);
      cells[1 + 2 * n + s] = fixed6(Math.max(0, p - spread));
      cells[1 + 3 * n + s] = fixed6(p + spread);
    }
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}\n`;
}

export interface ProjectionJsonParts {
  projection: DemandProjection;
  backtest: Backtest;
  /** Columns the returns had that the 903 does not, ignored. */
  notes: readonly string[];
}

const rows = (days: readonly Float64Array[]) => days.map((day) => Array.from(day));

function backtestJson(backtest: Backtest) {
  if (!backtest.ok) return { ok: false, reason: backtest.reason };
  const { settings, yearsBack, summary } = backtest;
  return { ok: true, settings, yearsBack, summary };
}

export function projectionJson({ projection, backtest, notes }: ProjectionJsonParts): string {
  const settings: DemandSettings = projection.settings;
  const bands = projection.population.map((pop, d) =>
    Array.from(pop, (p, s) => band(p, projection.variance[d]?.[s] as number)),
  );
  return `${JSON.stringify({
    settings,
    notes,
    rates: projection.rates,
    projection: {
      states: projection.states,
      initial: projection.initial,
      dates: projection.dates,
      population: rows(projection.population),
      variance: rows(projection.variance),
      lower: bands.map((day) => day.map(([low]) => low)),
      upper: bands.map((day) => day.map(([, high]) => high)),
    },
    backtest: backtestJson(backtest),
  })}\n`;
}
