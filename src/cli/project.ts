/**
 * `outturn project`: the demand model's daily projection, from SSDA903 returns on disk (any layout;
 * no store needed) or from a council's stored returns. It loads only what it uses: the store, and
 * the XML reader, are imported when asked for, so a projection from files starts and ends in a few
 * tens of milliseconds. Bad input exits 2 with a sentence naming what and why.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { IsoDate } from "../domain/calendar/dates.js";
import { type Coverage, coverageOf } from "../domain/demand/backtest/window.js";
import type { DemandProjection, DemandSettings } from "../domain/demand/model.js";
import { DemandModelError } from "../domain/demand/projection/estimate.js";
import { projectDemand } from "../domain/demand/projection/project.js";
import { mergeHistory } from "../domain/ssda903/clean.js";
import type { Ssda903History } from "../domain/ssda903/history.js";
import { Ssda903ImportError } from "../formats/ssda903/errors.js";
import { loadSsda903 } from "../formats/ssda903/files.js";
import { UserError } from "./common.js";
import { type ProjectOptionText, parseProjectOptions, projectSettings } from "./project-options.js";
import { projectionCsv, projectionJson } from "./project-output.js";

export interface ProjectCommandOptions extends ProjectOptionText {
  out?: string;
  la?: string;
  fileLa?: string;
}

interface Source {
  history: Ssda903History;
  /** The last day of an in-year extract, when the last return is one. */
  inYearEnd?: IsoDate;
  notes: string[];
  /** Whose returns, for messages: the path or the council's name. */
  name: string;
}

async function fromFiles(path: string, fileLa: string | undefined): Promise<Source> {
  try {
    const loaded = await loadSsda903(path, { fileLa });
    return { history: mergeHistory(loaded.returns), notes: loaded.notes, name: path };
  } catch (error) {
    // The import error's first line says nothing was stored, which is beside the point here.
    if (error instanceof Ssda903ImportError)
      throw new UserError(
        [`The SSDA903 returns at ${path} cannot be read:`, ...error.message.split("\n").slice(1)].join("\n"),
        2,
      );
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("E"))
      throw new UserError(`The SSDA903 returns at ${path} cannot be read: ${(error as Error).message}.`, 2);
    throw error;
  }
}

/** The council's stored returns, covered to its latest period with actuals when the last is in-year. */
async function fromStore(location: string, la: string | undefined): Promise<Source> {
  const [{ withStore, chooseCouncil }, { councilHistory }, { coveredTo }, { latestPeriodWithActuals }, fin] =
    await Promise.all([
      import("./context.js"),
      import("../report/measures/council-measures.js"),
      import("../report/demand/council-demand.js"),
      import("../domain/budget/ledger.js"),
      import("../domain/calendar/financial.js"),
    ]);
  return withStore(location, async (store) => {
    const council = await chooseCouncil(store, la);
    const cs = store.council(council.la);
    const history = await councilHistory(cs);
    const latest = latestPeriodWithActuals((await cs.registers()).actuals);
    const inYearEnd = latest ? (coveredTo(history, fin.periodEnd(latest)) ?? undefined) : undefined;
    return { history, inYearEnd, notes: [], name: council.name };
  });
}

function coverage(source: Source): Coverage {
  const covered = coverageOf(source.history, source.inYearEnd);
  if (typeof covered === "string")
    throw new UserError(`${source.name} holds no SSDA903 returns, so there is nothing to project from.`, 2);
  return covered;
}

function project(source: Source, settings: DemandSettings): DemandProjection {
  try {
    return projectDemand(source.history, settings);
  } catch (error) {
    if (error instanceof DemandModelError) throw new UserError(`The model cannot run: ${error.message}.`, 2);
    throw error;
  }
}

/** The projection in the form asked for, and where it went (null: standard output). */
export async function projectCommand(
  path: string | undefined,
  o: ProjectCommandOptions,
  store: () => string,
): Promise<string | null> {
  const ask = parseProjectOptions(o);
  const source = path === undefined ? await fromStore(store(), o.la) : await fromFiles(path, o.fileLa);
  const covered = coverage(source);
  const settings = projectSettings(ask, covered);
  const projection = project(source, settings);
  // The backtest is in the JSON only, so its modules load only for it.
  const text =
    ask.format === "csv"
      ? projectionCsv(projection)
      : projectionJson({
          projection,
          backtest: (await import("../domain/demand/backtest/backtest.js")).backtest(
            source.history,
            settings,
            {
              inYearEnd: covered.last,
            },
          ),
          notes: source.notes,
        });
  if (ask.format === "csv") for (const note of source.notes) process.stderr.write(`Note: ${note}\n`);
  if (o.out === undefined) {
    process.stdout.write(text);
    return null;
  }
  await writeFile(o.out, text);
  return o.out;
}

/**
 * The command's arguments and options, once, for both ways it is read: commander when `outturn`
 * loads every command (program.ts), node's own parseArgs when `outturn project` starts alone
 * (project-main.ts), which spares it loading commander.
 */
export const PROJECT_COMMAND = {
  name: "project",
  description:
    "Project the children looked after in each state, day by day, from SSDA903 returns on disk or the stored ones",
  argument: [
    "[path]",
    "a folder of collection years, one year's folder, the regional layout's folder or an XML file (default: the council's stored returns)",
  ],
  options: [
    [
      "reference",
      "<from..to>",
      "the reference period, e.g. 2023-03-31..2024-03-31 (default: the 12 months to the last day the returns cover)",
    ],
    ["start", "<date>", "the day the projection starts from (default: the last day the returns cover)"],
    ["months", "<n>", "how long to project, 1 to 48 months (default: 24)"],
    ["compatibility", "<mode>", "outturn (the default) or peer, to reproduce the peer model exactly"],
    [
      "format",
      "<format>",
      "csv (one row a day; the default) or json (settings, rates, projection, backtest)",
    ],
    ["out", "<file>", "write to a file instead of standard output"],
    ["la", "<code>", "with no path: the council in the store"],
    ["file-la", "<name>", "in the regional layout, the LA column's value to project"],
  ],
} as const;

/** Runs the command and says where the projection went when it went to a file. */
export async function runProject(
  path: string | undefined,
  o: ProjectCommandOptions,
  store: () => string,
): Promise<void> {
  const out = await projectCommand(path, o, store);
  if (out !== null) console.log(`Wrote ${out}`);
}

export function addProjectCommand(program: Command, store: () => string): void {
  const command = program
    .command(PROJECT_COMMAND.name)
    .description(PROJECT_COMMAND.description)
    .argument(...PROJECT_COMMAND.argument);
  for (const [name, value, help] of PROJECT_COMMAND.options) command.option(`--${name} ${value}`, help);
  command.action((path: string | undefined, o: ProjectCommandOptions) => runProject(path, o, store));
}
