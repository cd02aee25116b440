/**
 * `outturn measures`: every measure that matters at a period end, with its RAG and direction of
 * travel, as text or JSON. Small numbers are suppressed as they are for members unless an officer
 * asks for them with --unsuppressed.
 */
import { type Command, Option } from "commander";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import type { PeriodRef } from "../domain/calendar/financial.js";
import { audienceFor } from "../domain/disclosure/audience.js";
import { councilMeasures } from "../report/measures/council-measures.js";
import { benchmarkFor } from "../report/measures/measure-benchmarks.js";
import { viewFor } from "../report/measures/member-view.js";
import { measuresTextTable } from "../report/measures-text.js";
import type { Store } from "../store/store.js";
import {
  chooseCouncil,
  periodArgument,
  printFrom,
  UNSUPPRESSED_FLAG,
  UNSUPPRESSED_HELP,
  UserError,
} from "./context.js";

export interface MeasuresOptions {
  period?: PeriodRef;
  la?: string;
  format: "text" | "json";
  unsuppressed?: boolean;
}

export async function measuresCommand(store: Store, o: MeasuresOptions): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const councilStore = store.council(council.la);
  const registers = await councilStore.registers();
  const period = o.period ?? latestPeriodWithActuals(registers.actuals);
  if (!period)
    throw new UserError(
      "There are no ledger actuals yet, so no period to read the measures at: give one, e.g. --period 2024-25:P7.",
    );
  const { report, benchmarks } = await councilMeasures(council, councilStore, registers, period);
  const view = viewFor(report, audienceFor(o.unsuppressed ? "officer" : "member", registers.assumptions));
  if (o.format === "text") return measuresTextTable(view, council.name, benchmarks);
  const measures = view.measures.map((m) => ({
    ...m,
    benchmark: benchmarks ? benchmarkFor(m, benchmarks) : null,
  }));
  return `${JSON.stringify({ council, ...view, suppressed: view.policy !== null, measures }, null, 2)}\n`;
}

/** Adds `measures` to the program. */
export function addMeasuresCommands(program: Command, store: () => string): void {
  const print = printFrom(store);
  program
    .command("measures")
    .description("The measures that matter: finance and service measures with RAG, direction and benchmarks")
    .option("--period <period>", "e.g. 2024-25:P7 (default: the latest period with actuals)", periodArgument)
    .option("--la <code>", "council code")
    .addOption(new Option("--format <format>", "output form").choices(["text", "json"]).default("text"))
    .option(UNSUPPRESSED_FLAG, UNSUPPRESSED_HELP)
    .action((o: MeasuresOptions) => print((s) => measuresCommand(s, o)));
}
