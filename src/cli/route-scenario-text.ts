/**
 * `outturn route --scenario`'s text: the scenario against today's arrangements (a school day, its
 * financial year and the one-off cost, to the penny), each run's routes, vehicles, pupils carried,
 * cost and rides, each council alone and together across the border, then the notes and warnings. Counts
 * and money only: no pupil's reference, cost or ride.
 */
import { formatPounds, sum } from "../domain/money/money.js";
import type { RunPlan, ScenarioResult } from "../domain/transport/scenarios/model.js";
import { textTable } from "../report/text-table.js";
import type { ScenarioReport } from "./route-scenario.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function settingsLine(r: ScenarioReport): string {
  const s = r.settings;
  const budget =
    s.iterations === null ? `a ${s.timeLimitSeconds} s limit` : `at most ${s.iterations} iterations`;
  return `Seed ${s.seed}, ${plural(s.workers, "worker")}, ${budget} a run: solved in ${r.seconds.toFixed(1)} s.`;
}

function moneyTable(res: ScenarioResult): string[] {
  const todayYear = res.current.dailyCost * res.schoolDays;
  return [
    ...textTable(
      ["", "Today", "Plan", "Saving"],
      [
        ["A school day", res.current.dailyCost, res.dailyCost, res.dailySaving].map(cell),
        [
          `${res.year} (${res.schoolDays} school days)`,
          todayYear,
          res.annualCost,
          todayYear - res.annualCost,
        ].map(cell),
      ],
    ),
    `One-off cost ${formatPounds(res.oneOffCost)}; the saving in ${res.year} net of it: ${formatPounds(res.annualSaving)}.`,
  ];
}

const cell = (value: string | number) => (typeof value === "string" ? value : formatPounds(value));

/** Each run's rides from the pupils' figures: carried, the mean and the longest, and whether all are within their limit. */
function rides(res: ScenarioResult, run: "morning" | "afternoon") {
  const field = run === "morning" ? "morningRideMinutes" : "afternoonRideMinutes";
  const carried = res.pupils.filter((p) => p[field] !== null);
  const minutes = carried.map((p) => p[field] as number);
  return {
    carried: carried.length,
    mean: minutes.length === 0 ? 0 : minutes.reduce((a, b) => a + b, 0) / minutes.length,
    longest: minutes.length === 0 ? 0 : Math.max(...minutes),
    within: carried.every((p) => (p[field] as number) <= p.maxRide),
  };
}

function runTable(res: ScenarioResult): string[] {
  const row = (plan: RunPlan) => {
    const r = rides(res, plan.run);
    return [
      plan.run,
      String(plan.routes.length),
      String(plan.objective.vehicles),
      String(r.carried),
      String(plan.unserved.length),
      formatPounds(sum(plan.routeCosts)),
      `${r.mean.toFixed(1)} min`,
      `${r.longest.toFixed(1)} min`,
    ];
  };
  const within = [res.morning, res.afternoon].every((p) => rides(res, p.run).within);
  return [
    ...textTable(
      ["Run", "Routes", "Vehicles", "Pupils", "Not carried", "Cost", "Mean ride", "Longest ride"],
      [row(res.morning), row(res.afternoon)],
    ),
    within
      ? "Every pupil carried rides within their own longest ride."
      : "Some pupils ride beyond their limit.",
  ];
}

/** Across the border: each council's routes solved alone, and both together (the notes say what working together saves). */
function borderTable(res: ScenarioResult): string[] {
  if (!res.border) return [];
  const rows = res.border.map((b) => [
    b.council,
    String(b.pupils),
    formatPounds(b.currentDailyCost),
    formatPounds(b.aloneDailyCost),
  ]);
  return ["", ...textTable(["Solved", "Pupils", "Today a day", "Plan a day"], rows)];
}

const listed = (title: string, items: readonly string[]) =>
  items.length === 0 ? [] : ["", `${title}:`, ...items.map((item) => `  - ${item}`)];

export function scenarioText(r: ScenarioReport): string {
  const res = r.result;
  const lines = [
    `${r.council.name}: transport scenario "${res.scenario}" (${res.policy}) on ${res.on}, against today's arrangements.`,
    settingsLine(r),
    `Today's arrangements cost ${formatPounds(res.current.dailyCost)} a day: ${res.current.basis}.`,
    "",
    ...moneyTable(res),
    "",
    ...runTable(res),
    ...borderTable(res),
    ...listed("Notes", res.notes),
    ...listed("Warnings", res.warnings),
  ];
  if (r.saved) lines.push("", `Saved as the plan of "${res.scenario}" (transport-plans).`);
  return `${lines.join("\n")}\n`;
}
