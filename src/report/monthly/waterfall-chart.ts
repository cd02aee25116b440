/**
 * The variance waterfall by driver: from nil, each driver of the key pressures table (summed over the
 * service areas it appears in) moves the running variance up or down, overspends first, and the
 * last bar is the total variance. In £m to one decimal place as the table rounds them, with a
 * rounding step when the rounded drivers do not add up to the rounded total.
 *
 * Drawn as stacked bars: an invisible base carries each step to where the running total stands.
 */
import type { BarSeriesOption } from "echarts";
import { type Pence, prorate } from "../../domain/money/money.js";
import type { KeyPressures } from "../../domain/variance/pressures.js";
import type { ReportChart } from "./model.js";

/** Pence in £0.1m, the waterfall's unit. */
const TENTH_OF_A_MILLION = 10_000_000;
/** Drivers that round to £0.0m are pooled as one step. */
const VARIOUS = "Various";
const COLOURS = { over: "#b3261e", under: "#1b7f3b", rounding: "#9aa3ad", total: "#1d3557" } as const;

export interface WaterfallStep {
  label: string;
  kind: "driver" | "rounding" | "total";
  /** The step in tenths of £1m: a driver's or rounding's change, or the total variance itself. */
  tenths: number;
  /** The running variance before and after the step, in tenths of £1m (0 and the total for the total). */
  from: number;
  to: number;
}

const tenths = (amount: Pence) => prorate(amount, 1, TENTH_OF_A_MILLION);

export function varianceWaterfall(pressures: KeyPressures): WaterfallStep[] {
  const byDriver = new Map<string, Pence>();
  for (const p of pressures.areas.flatMap((a) => a.pressures))
    byDriver.set(p.pressure, (byDriver.get(p.pressure) ?? 0) + p.amount);
  const shown = ([label, amount]: [string, Pence]) => label !== VARIOUS && tenths(amount) !== 0;
  const named = [...byDriver].filter(shown);
  const pooled = [...byDriver].filter((entry) => !shown(entry)).reduce((sum, [, amount]) => sum + amount, 0);
  const drivers = named
    .map(([label, amount]) => ({ label, tenths: tenths(amount) }))
    .sort((a, b) => b.tenths - a.tenths || a.label.localeCompare(b.label));
  if (tenths(pooled) !== 0) drivers.push({ label: VARIOUS, tenths: tenths(pooled) });
  const total = tenths(pressures.total.amount);
  const rounding = total - drivers.reduce((sum, d) => sum + d.tenths, 0);
  const steps: WaterfallStep[] = [];
  let running = 0;
  const step = (label: string, kind: WaterfallStep["kind"], change: number) => {
    steps.push({ label, kind, tenths: change, from: running, to: running + change });
    running += change;
  };
  for (const d of drivers) step(d.label, "driver", d.tenths);
  if (rounding !== 0) step("Rounding", "rounding", rounding);
  steps.push({ label: "Total variance", kind: "total", tenths: total, from: 0, to: total });
  return steps;
}

const millions = (t: number) => t / 10;
const signed = (t: number) => `${t > 0 ? "+" : t < 0 ? "−" : ""}${Math.abs(millions(t)).toFixed(1)}`;

function colour(s: WaterfallStep): string {
  if (s.kind !== "driver") return COLOURS[s.kind];
  return s.tenths > 0 ? COLOURS.over : COLOURS.under;
}

/** A step as three stacked parts in £m: the invisible base, the part above nil, the part below it. */
function parts(s: WaterfallStep): { base: number; above: number; below: number } {
  const [low, high] = [Math.min(s.from, s.to), Math.max(s.from, s.to)];
  if (low >= 0) return { base: millions(low), above: millions(high - low), below: 0 };
  if (high <= 0) return { base: millions(high), above: 0, below: millions(low - high) };
  return { base: 0, above: millions(high), below: millions(low) };
}

/** The part a step's label sits beside: the one it ends on when it crosses nil, else the one it has. */
function labelledPart(s: WaterfallStep, p: ReturnType<typeof parts>): "above" | "below" {
  if (p.above !== 0 && p.below !== 0) return s.to > 0 ? "above" : "below";
  return p.below !== 0 ? "below" : "above";
}

export function waterfallChart(pressures: KeyPressures): ReportChart {
  const steps = varianceWaterfall(pressures);
  const split = steps.map(parts);
  const visible = (part: "above" | "below"): BarSeriesOption => ({
    name: part,
    type: "bar",
    stack: "waterfall",
    barCategoryGap: "30%",
    data: steps.map((s, i) => {
      const p = split[i] ?? { base: 0, above: 0, below: 0 };
      return {
        value: p[part],
        itemStyle: { color: colour(s) },
        label: {
          show: labelledPart(s, p) === part,
          position: part === "above" ? "right" : "left",
          formatter: s.kind === "total" ? millions(s.tenths).toFixed(1) : signed(s.tenths),
          fontWeight: s.kind === "total" ? "bold" : "normal",
        },
      };
    }),
  });
  return {
    type: "chart",
    title: "Variance waterfall by driver",
    height: 110 + steps.length * 26,
    caption:
      "From nil, each driver adds to the variance (red, an overspend) or takes from it (green), in £m; the last bar is the total variance. A driver appearing in several service areas is shown once, summed.",
    option: {
      animation: false,
      textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
      title: {
        text: `Variance by driver, ${pressures.period} (£m)`,
        top: 4,
        textStyle: { fontSize: 14 },
      },
      grid: { left: 390, right: 60, top: 50, bottom: 30 },
      xAxis: { type: "value", axisLabel: { formatter: (v: number) => v.toFixed(1) } },
      yAxis: {
        type: "category",
        inverse: true,
        data: steps.map((s) => s.label),
        axisLabel: { fontWeight: "normal" },
      },
      series: [
        {
          name: "base",
          type: "bar",
          stack: "waterfall",
          silent: true,
          itemStyle: { color: "transparent" },
          data: split.map((p) => p.base),
        },
        visible("above"),
        visible("below"),
      ],
    },
  };
}
