/**
 * `outturn close`, `outturn movement` and `outturn accuracy`: closing a period freezes its
 * forecast; the movement compares a period's forecast with the frozen one before it; the accuracy
 * sets every frozen forecast of a closed year against the year's outturn.
 */
import { type Command, Option } from "commander";
import { formatPeriodRef, type PeriodNumber, type PeriodRef } from "../domain/calendar/financial.js";
import { formatPounds } from "../domain/money/money.js";
import { forecastAccuracy } from "../domain/outturn/accuracy.js";
import { movement } from "../domain/outturn/movement.js";
import { accuracyCsv, accuracySentences, accuracyTable } from "../report/accuracy-text.js";
import { councilForecast, forecastToFreeze } from "../report/demand/council-links.js";
import { movementCsv, movementTable } from "../report/movement-text.js";
import { type Store, StoreError } from "../store/store.js";
import { actor, chooseCouncil, periodArgument, printFrom, UserError } from "./context.js";

type Format = "table" | "json" | "csv";
const formatOption = () =>
  new Option("--format <format>", "output form").choices(["table", "json", "csv"]).default("table");

export async function closeCommand(
  store: Store,
  o: { period: PeriodRef; la?: string; by?: string },
): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  try {
    const councilStore = store.council(council.la);
    const frozen = await forecastToFreeze(councilStore, o.period);
    const closed = await councilStore.closePeriod(o.period, actor(o.by, "cli"), frozen);
    const total = formatPounds(closed.forecast.total.forecast, { wholePounds: true });
    return `Closed ${closed.period} for ${council.name}: its forecast outturn of ${total} is frozen (by ${closed.frozenBy} at ${closed.frozenAt}).\n`;
  } catch (error) {
    if (error instanceof StoreError) throw new UserError(error.message);
    throw error;
  }
}

export async function movementCommand(
  store: Store,
  o: { period: PeriodRef; la?: string; format: Format },
): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  if (o.period.period === 1)
    throw new UserError(
      `${formatPeriodRef(o.period)} is the first period of its year: there is no earlier forecast to move from.`,
    );
  const before = { year: o.period.year, period: (o.period.period - 1) as PeriodNumber };
  const councilStore = store.council(council.la);
  const previous = await councilStore.snapshot(before);
  if (!previous)
    throw new UserError(
      `${formatPeriodRef(before)} is not closed, so there is no frozen forecast to measure the movement from: run \`outturn close --period ${formatPeriodRef(before)}\` first.`,
    );
  const registers = await councilStore.registers();
  const current =
    (await councilStore.snapshot(o.period))?.forecast ??
    (await councilForecast(councilStore, registers, o.period));
  const moved = movement(previous.forecast, current, registers.adjustments);
  if (o.format === "json") return `${JSON.stringify({ council, ...moved }, null, 2)}\n`;
  return o.format === "csv" ? movementCsv(moved) : movementTable(moved, council.name);
}

export async function accuracyCommand(store: Store, o: { la?: string; format: Format }): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const councilStore = store.council(council.la);
  const snapshots = (await councilStore.snapshots()).map((s) => s.forecast);
  const accuracy = forecastAccuracy(snapshots, await councilStore.rows("actuals"));
  if (o.format === "json")
    return `${JSON.stringify({ council, summary: accuracySentences(accuracy), ...accuracy }, null, 2)}\n`;
  return o.format === "csv" ? accuracyCsv(accuracy) : accuracyTable(accuracy, council.name);
}

/** Adds the three commands to the program. */
export function addPeriodCommands(program: Command, store: () => string): void {
  const print = printFrom(store);
  program
    .command("close")
    .description(
      "Close a period: freeze its forecast outturn as the registers stand now; it never changes after",
    )
    .requiredOption("--period <period>", "e.g. 2024-25:P7", periodArgument)
    .option("--la <code>", "council code")
    .option("--by <name>", "who is closing the period (default: your user name)")
    .action((o: Parameters<typeof closeCommand>[1]) => print((s) => closeCommand(s, o)));
  program
    .command("movement")
    .description("How each line's forecast moved since the last closed period, and why")
    .requiredOption(
      "--period <period>",
      "e.g. 2024-25:P7 (the period before it must be closed)",
      periodArgument,
    )
    .option("--la <code>", "council code")
    .addOption(formatOption())
    .action((o: Parameters<typeof movementCommand>[1]) => print((s) => movementCommand(s, o)));
  program
    .command("accuracy")
    .description(
      "How close each closed period's forecast came to the year's outturn, against a run-rate forecast",
    )
    .option("--la <code>", "council code")
    .addOption(formatOption())
    .action((o: Parameters<typeof accuracyCommand>[1]) => print((s) => accuracyCommand(s, o)));
}
