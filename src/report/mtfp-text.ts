/**
 * The medium term financial plan as terminal tables: each year in seed 002's Table 3 layout, the
 * Table 4 overview, savings by programme, the reconciliation with the budget lines, and the
 * scenarios' gaps against the plan. Money in whole pounds; amounts taken off in brackets.
 */
import { previousYear } from "../domain/calendar/financial.js";
import { formatPounds, type Pence } from "../domain/money/money.js";
import type { MtfpPlan, MtfpReconciliation, MtfpYear } from "../domain/mtfp/plan.js";
import type { MtfpScenarioResult } from "../domain/mtfp/scenario.js";
import { textTable } from "./text-table.js";

const money = (p: Pence) => formatPounds(p, { wholePounds: true });
/** An amount the plan takes off, bracketed as the seed prints it: (£800,000). */
const off = (p: Pence) => (p === 0 ? money(0) : `(${money(p)})`);

export interface MtfpView {
  councilName: string;
  plan: MtfpPlan;
  /** The one scenario asked for, compared in full; else every scenario's gap by year. */
  scenario?: MtfpScenarioResult;
  scenarios?: MtfpScenarioResult[];
}

export function mtfpTable(view: MtfpView): string {
  const { plan } = view;
  const first = plan.years[0]?.year ?? plan.baseYear;
  const last = plan.years.at(-1)?.year ?? first;
  const lines = [`${view.councilName}: medium term financial plan ${first} to ${last}`];
  for (const year of plan.years) lines.push("", ...yearLines(year));
  lines.push("", "Overview:", ...overview(plan));
  lines.push("", "Savings by programme:", ...savingsByProgramme(plan));
  lines.push("", "Reconciliation:", ...reconciliation(plan.reconciliation, first));
  if (view.scenario) lines.push("", ...scenarioLines(plan, view.scenario));
  else if (view.scenarios) lines.push("", ...scenarioGaps(plan, view.scenarios));
  const compared = view.scenario ? [view.scenario] : (view.scenarios ?? []);
  const warnings = [
    ...plan.warnings,
    ...compared.flatMap((s) => s.warnings.map((w) => `${s.scenario}: ${w}`)),
  ];
  if (warnings.length > 0) lines.push("", "Warnings:", ...warnings.map((w) => `  ${w}`));
  return `${lines.map((l) => l.trimEnd()).join("\n")}\n`;
}

/** One year as seed 002's Table 3 lays it out, then which pressures were computed. */
function yearLines(y: MtfpYear): string[] {
  const inflation =
    y.inflationFundedShare === null
      ? "Inflation pressures"
      : `Inflation pressures (${y.inflationFundedShare}% funded)`;
  const rows = [
    [`${previousYear(y.year)} base budget b/f`, money(y.baseBroughtForward)],
    ["Additional funding demand/cost pressures", money(y.funding)],
    ["Pay award", money(y.payAward)],
    [inflation, money(y.inflation)],
    ["Demand pressures", money(y.demand)],
    ["Other pressures", money(y.otherPressures)],
    ["Mitigations", off(y.mitigations)],
    ["Planned directorate savings", off(y.savings)],
    [`${y.year} proposed base budget c/f`, money(y.baseCarriedForward)],
  ];
  return [...textTable([y.year, "£"], rows), ...computedNote(y)];
}

/** Which pressures Outturn computed from the planning assumptions; each line's basis is in the JSON. */
function computedNote(y: MtfpYear): string[] {
  const counts = new Map<string, number>();
  for (const l of y.lines.filter((l) => l.source === "computed"))
    counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
  if (counts.size === 0) return [];
  const parts = [...counts].map(
    ([kind, n]) => `${kind.replace("-", " ")} on ${n} budget line${n === 1 ? "" : "s"}`,
  );
  return [`Computed from the planning assumptions: ${parts.join(", ")} (each line's basis: --format json).`];
}

const yearHeader = (plan: MtfpPlan) => plan.years.map((y, i) => `Year ${i + 1} ${y.year}`);

/** Seed 002's Table 4, with the need and the gap beneath it. */
function overview(plan: MtfpPlan): string[] {
  const row = (label: string, cell: (y: MtfpYear) => string, total = "") => [
    label,
    ...plan.years.map(cell),
    total,
  ];
  return textTable(
    ["", ...yearHeader(plan), "Total"],
    [
      row("Base budget b/f", (y) => money(y.baseBroughtForward)),
      row("Additional funding", (y) => money(y.funding)),
      row("Pressures - mitigations", (y) => money(y.pressures - y.mitigations)),
      row("Planned savings to reduce base budget", (y) => off(y.savings), off(plan.totalSavings)),
      row("Base budget c/f", (y) => money(y.baseCarriedForward)),
      row("Unfunded pressures in the year", (y) => money(y.unfunded)),
      row("Need", (y) => money(y.need)),
      row("Gap (need - base budget c/f)", (y) => money(y.gap)),
    ],
  );
}

function savingsByProgramme(plan: MtfpPlan): string[] {
  const rows = plan.savingsByProgramme.map((g) => [
    g.name || "(no programme)",
    ...g.byYear.map(money),
    money(g.total),
  ]);
  rows.push(["Total", ...plan.years.map((y) => money(y.savings)), money(plan.totalSavings)]);
  return textTable(["Programme", ...yearHeader(plan), "Total"], rows);
}

function reconciliation(r: MtfpReconciliation, first: string): string[] {
  const source = r.baseSource === "entered" ? "the entered base line" : `the ${r.baseYear} budget lines`;
  const against = (lines: Pence | null, difference: Pence | null, year: string) =>
    lines === null
      ? `no ${year} budget lines to compare with`
      : `${year} budget lines ${money(lines)}, difference ${money(difference ?? 0)}`;
  return [
    `  Base b/f into ${first}: ${money(r.baseBroughtForward)} from ${source}; ${against(r.baseYearBudgetLines, r.baseDifference, r.baseYear)}`,
    `  ${first} base budget c/f: ${money(r.firstYearCarriedForward)}; ${against(r.firstYearBudgetLines, r.firstYearDifference, first)}`,
  ];
}

/** One scenario in full: its gap beside the plan's, year by year, and what each lever costs. */
function scenarioLines(plan: MtfpPlan, s: MtfpScenarioResult): string[] {
  const rows = s.years.map((y, i) => {
    const planYear = plan.years[i];
    return [y.year, money(planYear?.gap ?? 0), money(y.need), money(y.gap), money(y.gapAgainstPlan)];
  });
  const levers = s.levers.map((l) => [
    `${l.lever.lever}${l.lever.scope ? ` (${l.lever.scope})` : ""} ${l.lever.value}%`,
    ...l.byYear.map(money),
  ]);
  return [
    `Scenario "${s.scenario}" against the plan:`,
    ...textTable(["Year", "Plan gap", "Scenario need", "Scenario gap", "Difference"], rows),
    "",
    ...textTable(["Lever", ...yearHeader(plan)], levers),
    ...s.levers.map((l) => `  ${l.lever.lever}: ${l.basis}`),
  ];
}

/** Every scenario's gap by year beside the plan's, then each one's difference from it. */
function scenarioGaps(plan: MtfpPlan, scenarios: MtfpScenarioResult[]): string[] {
  if (scenarios.length === 0) return ["No scenarios: import mtfp-scenarios to compare any with the plan."];
  const header = ["", ...yearHeader(plan)];
  return [
    "Gap by year, the plan and each scenario:",
    ...textTable(header, [
      ["Plan", ...plan.years.map((y) => money(y.gap))],
      ...scenarios.map((s) => [s.scenario, ...s.years.map((y) => money(y.gap))]),
    ]),
    "",
    "Difference from the plan's gap:",
    ...textTable(
      header,
      scenarios.map((s) => [s.scenario, ...s.years.map((y) => money(y.gapAgainstPlan))]),
    ),
  ];
}
