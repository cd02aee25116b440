/**
 * `outturn savings` (the savings tracker at a period end, unevidenced savings flagged) and
 * `outturn mtfp` (the medium term financial plan and its scenarios against it).
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { formatPeriodRef, type PeriodRef, periodEnd } from "../domain/calendar/financial.js";
import { mtfpPlan } from "../domain/mtfp/plan.js";
import { mtfpScenario, scenarioNames } from "../domain/mtfp/scenario.js";
import { savingsTracker } from "../domain/savings/tracker.js";
import { councilPlanOptions, councilTracker } from "../report/demand/council-links.js";
import { mtfpTable } from "../report/mtfp-text.js";
import { savingsCsv, savingsTable } from "../report/savings-text.js";
import type { Store } from "../store/store.js";
import { chooseCouncil, periodArgument, printFrom, UserError } from "./context.js";

type TextFormat = "text" | "json" | "csv";
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function savingsCommand(
  store: Store,
  o: { period?: PeriodRef; la?: string; format: TextFormat },
): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const registers = await store.council(council.la).registers();
  const period = o.period ?? latestPeriodWithActuals(registers.actuals);
  if (!period)
    throw new UserError(
      "There are no ledger actuals yet, so no period to track the savings at: give one, e.g. --period 2024-25:P7.",
    );
  const tracker = await councilTracker(
    store.council(council.la),
    registers,
    savingsTracker(registers, period.year, periodEnd(period)),
  );
  if (o.format === "json") return json({ council, period: formatPeriodRef(period), ...tracker });
  if (o.format === "csv") return savingsCsv(tracker);
  return savingsTable(tracker, council.name, formatPeriodRef(period));
}

/** A scenario the register does not hold is the user's mistake: exit code 2, naming the ones it does. */
function unknownScenario(name: string, known: string[]): UserError {
  const list =
    known.length === 0
      ? "there are none: import mtfp-scenarios"
      : `the scenarios are: ${known.map((k) => `"${k}"`).join(", ")}`;
  return new UserError(`No MTFP scenario "${name}"; ${list}.`, 2);
}

export async function mtfpCommand(
  store: Store,
  o: { scenario?: string; la?: string; format: Exclude<TextFormat, "csv"> },
): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const registers = await store.council(council.la).registers();
  const names = scenarioNames(registers);
  if (o.scenario !== undefined && !names.includes(o.scenario)) throw unknownScenario(o.scenario, names);
  const plan = mtfpPlan(registers, await councilPlanOptions(store.council(council.la), registers));
  if (!plan) {
    if (o.format === "json")
      return json({ council, plan: null, ...(o.scenario ? { scenario: null } : { scenarios: [] }) });
    return `${council.name} has no medium term financial plan yet: import mtfp-lines or mtfp-assumptions (see docs/formats.md).\n`;
  }
  if (o.scenario !== undefined) {
    const scenario = mtfpScenario(registers, plan, o.scenario);
    return o.format === "json"
      ? json({ council, plan, scenario })
      : mtfpTable({ councilName: council.name, plan, scenario });
  }
  const scenarios = names.map((name) => mtfpScenario(registers, plan, name));
  return o.format === "json"
    ? json({ council, plan, scenarios })
    : mtfpTable({ councilName: council.name, plan, scenarios });
}

/** --format text|json[|csv]; "table", the other listings' word, is taken as text. */
function formatOption(allowed: TextFormat[]): Option {
  return new Option("--format <format>", `output form: ${allowed.join(", ")}`)
    .default("text")
    .argParser((value: string) => {
      const format = value === "table" ? "text" : value;
      if (!(allowed as string[]).includes(format))
        throw new InvalidArgumentError(`must be one of: ${allowed.join(", ")}`);
      return format;
    });
}

/** Adds `savings` and `mtfp` to the program. */
export function addSavingsCommands(program: Command, store: () => string): void {
  const print = printFrom(store);
  program
    .command("savings")
    .description(
      "The savings tracker: BRAG summary, each saving's delivery and at risk, unevidenced savings flagged",
    )
    .option("--period <period>", "e.g. 2024-25:P7 (default: the latest period with actuals)", periodArgument)
    .option("--la <code>", "council code")
    .addOption(formatOption(["text", "json", "csv"]))
    .action((o: Parameters<typeof savingsCommand>[1]) => print((s) => savingsCommand(s, o)));
  program
    .command("mtfp")
    .description("The medium term financial plan year by year, and its scenarios' gaps against it")
    .option("--scenario <name>", 'one scenario to compare with the plan, e.g. "Savings slip by 50%"')
    .option("--la <code>", "council code")
    .addOption(formatOption(["text", "json"]))
    .action((o: Parameters<typeof mtfpCommand>[1]) => print((s) => mtfpCommand(s, o)));
}
