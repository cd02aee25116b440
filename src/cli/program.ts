/**
 * `outturn`'s commands, loaded by main.ts for every command but `project`. Each command opens the
 * store, does one thing, and closes it.
 */
import { writeFile } from "node:fs/promises";
import { Command, InvalidArgumentError, Option } from "commander";
import { loadDemo } from "../demo/load-demo.js";
import type { parsePeriodRef } from "../domain/calendar/financial.js";
import { REGISTER_NAMES, type RegisterName } from "../domain/registers.js";
import { auditCsv } from "../report/audit-csv.js";
import { councilForecast } from "../report/demand/council-links.js";
import { outturnCsv, outturnTable } from "../report/outturn-text.js";
import { addBackupCommands } from "./backup.js";
import { reportFailure } from "./common.js";
import {
  actor,
  chooseCouncil,
  displayLocation,
  type PeriodOutputOptions,
  periodArgument,
  storeLocation,
  UNSUPPRESSED_FLAG,
  UNSUPPRESSED_HELP,
  withStore,
} from "./context.js";
import { addMeasuresCommands } from "./measures.js";
import { addPeriodCommands } from "./periods.js";
import { highCostCommand, unitCostsCommand } from "./placements.js";
import { progressBar } from "./progress.js";
import { addProjectCommand } from "./project.js";
import { importCommand, setCommand, templateCommand } from "./registers.js";
import { reportCommand } from "./report.js";
import { addRouteCommand } from "./route.js";
import { addSavingsCommands } from "./savings-mtfp.js";
import { serveCommand } from "./serve.js";
import { addSsda903Commands } from "./ssda903.js";
import { agencyCommand, transportCommand } from "./staffing-transport.js";
import { addUsersCommands } from "./users.js";
import { pressuresCommand, varianceCommand } from "./variance.js";

const program = new Command("outturn")
  .description("Forecast, scrutinise and report what a council's children's services cost and achieve.")
  .option(
    "--store <location>",
    "SQLite file or postgres:// URL (default $OUTTURN_STORE or ./outturn.sqlite)",
  );

const store = () => storeLocation(program.opts<{ store?: string }>().store);
const registerArgument = (value: string): RegisterName => {
  if (!(REGISTER_NAMES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`must be one of: ${REGISTER_NAMES.join(", ")}`);
  }
  return value as RegisterName;
};
const integer = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of 1 or more");
  return n;
};

program
  .command("demo")
  .description(
    "Create the demo council, Demoshire, and at scale 1 its neighbour Marchford's transport book, in the store (replacing them if present)",
  )
  .option("--scale <n>", "1 = Demoshire; 5 = a large council", integer, 1)
  .option("--seed <n>", "random seed; the same seed gives the same council", integer, 2024)
  .action((o: { scale: number; seed: number }) =>
    withStore(store(), async (s) => {
      const bar = progressBar("Demoshire");
      const la = await loadDemo(s, actor("demo generator", "demo"), { ...o, onProgress: bar.update });
      bar.stop();
      console.log(`Created council ${la} in ${displayLocation(store())}`);
    }),
  );

program
  .command("import")
  .description("Import a register from a CSV or XLSX file, all rows or none")
  .argument("<register>", REGISTER_NAMES.join(" | "), registerArgument)
  .argument("<file>", "a .csv or .xlsx file laid out as in docs/formats.md")
  .option("--la <code>", "council code (default: the first council in the store)")
  .option("--by <name>", "who is importing (default: your user name)")
  .action((register: RegisterName, file: string, o: { la?: string; by?: string }) =>
    withStore(store(), (s) => importCommand(s, register, file, o)),
  );

program
  .command("template")
  .description("Write a template workbook for a register")
  .argument("<register>", REGISTER_NAMES.join(" | "), registerArgument)
  .option("--out <file>", "where to write it (default: <register>.xlsx)")
  .action((register: RegisterName, o: { out?: string }) =>
    templateCommand(register, o.out ?? `${register}.xlsx`),
  );

program
  .command("set")
  .description(
    "Change one figure, e.g. `outturn set placements PL000123 weeklyCost 5123.50`; the change is audited",
  )
  .argument("<register>", REGISTER_NAMES.join(" | "), registerArgument)
  .argument("<key>", "the row's key, e.g. a placement ref")
  .argument("<field>", "the field, e.g. weeklyCost")
  .argument("<value>", "the new value, with money in pounds")
  .option("--la <code>", "council code")
  .option("--by <name>", "who is making the change (default: your user name)")
  .action(
    (register: RegisterName, key: string, field: string, value: string, o: { la?: string; by?: string }) =>
      withStore(store(), (s) => setCommand(s, { register, key, field, value }, o)),
  );

program
  .command("forecast")
  .description("The forecast outturn by budget line at the end of a period")
  .requiredOption("--period <period>", "e.g. 2024-25:P7", periodArgument)
  .option("--la <code>", "council code")
  .addOption(
    new Option("--format <format>", "output form").choices(["table", "json", "csv"]).default("table"),
  )
  .action((o: { period: ReturnType<typeof parsePeriodRef>; la?: string; format: "table" | "json" | "csv" }) =>
    withStore(store(), async (s) => {
      const council = await chooseCouncil(s, o.la);
      const councilStore = s.council(council.la);
      const outturn = await councilForecast(councilStore, await councilStore.registers(), o.period);
      if (o.format === "json") process.stdout.write(`${JSON.stringify({ council, ...outturn }, null, 2)}\n`);
      else if (o.format === "csv") process.stdout.write(outturnCsv(outturn));
      else process.stdout.write(outturnTable(outturn, council.name));
    }),
  );

program
  .command("report")
  .description("The monthly outturn report as an HTML, PDF or Excel file")
  .requiredOption("--period <period>", "e.g. 2024-25:P7", periodArgument)
  .addOption(new Option("--format <format>", "file form").choices(["html", "pdf", "xlsx"]).default("pdf"))
  .option("--out <file>", "where to write it (default e.g. demoshire-2024-25-P7.pdf)")
  .option("--la <code>", "council code")
  .option(UNSUPPRESSED_FLAG, UNSUPPRESSED_HELP)
  .action((o: Parameters<typeof reportCommand>[1]) =>
    withStore(store(), async (s) => console.log(`Wrote ${await reportCommand(s, o)}`)),
  );

const PERIOD_LISTINGS = [
  ["high-cost", "Placements costing the high-cost threshold a week or more at a period end", highCostCommand],
  ["unit-costs", "Average weekly cost by placement type in each year to a period end", unitCostsCommand],
  [
    "variance",
    "Each placements and staffing line's variance split into price, volume and mix",
    varianceCommand,
  ],
  [
    "pressures",
    "The key pressures: the forecast variance by service area and what drives it, in £m",
    pressuresCommand,
  ],
  [
    "agency",
    "Agency posts and their premium over permanent staff, headcount by status, and conversion plans",
    agencyCommand,
  ],
  [
    "transport",
    "Home-to-school transport cost per pupil (EHCP and mainstream), EHCP growth and re-tenders",
    transportCommand,
  ],
] as const;

for (const [name, description, run] of PERIOD_LISTINGS) {
  const formats = name === "variance" ? ["table", "json"] : ["table", "json", "csv"];
  program
    .command(name)
    .description(description)
    .requiredOption("--period <period>", "e.g. 2024-25:P7", periodArgument)
    .option("--la <code>", "council code")
    .addOption(new Option("--format <format>", "output form").choices(formats).default("table"))
    .action((o: PeriodOutputOptions) =>
      withStore(store(), async (s) => {
        process.stdout.write(await run(s, o));
      }),
    );
}

program
  .command("audit")
  .description("Who changed which figure, when, from what to what")
  .option("--la <code>", "council code")
  .option("--out <file>", "write CSV to a file instead of the terminal")
  .action((o: { la?: string; out?: string }) =>
    withStore(store(), async (s) => {
      const council = await chooseCouncil(s, o.la);
      const text = auditCsv(await s.council(council.la).audit());
      if (o.out) await writeFile(o.out, text);
      else process.stdout.write(text);
    }),
  );

program
  .command("serve")
  .description("Serve the web UI, creating Demoshire first if the store is empty")
  .option("--port <n>", "port", integer, Number(process.env.PORT ?? 3000))
  .option("--host <host>", "address to listen on", process.env.HOST ?? "127.0.0.1")
  .action((o: Parameters<typeof serveCommand>[1]) => serveCommand(store(), o));

addPeriodCommands(program, store);
addSavingsCommands(program, store);
addMeasuresCommands(program, store);
addSsda903Commands(program, store);
addProjectCommand(program, store);
addRouteCommand(program, store);
addUsersCommands(program, store);
addBackupCommands(program, store);

program.parseAsync().catch(reportFailure);
