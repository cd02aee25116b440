/**
 * `outturn import-903` (a council's SSDA903 returns into the store, with what the cleaning reports)
 * and `outturn validate-903` (the DfE validation rules over returns read from disk, nothing stored).
 * A structural problem in the files exits 1 naming file, row, column and rule; validation errors are
 * data, so validate-903 exits 0 with them.
 */
import { basename } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { mergeHistory } from "../domain/ssda903/clean.js";
import { VALIDATION_RULES } from "../domain/ssda903/rules/index.js";
import type { ValidationRule } from "../domain/ssda903/rules/rule.js";
import type { Ssda903Return } from "../domain/ssda903/tables.js";
import { validateReturn } from "../domain/ssda903/validate.js";
import { Ssda903ImportError } from "../formats/ssda903/errors.js";
import { type Loaded, loadSsda903 } from "../formats/ssda903/files.js";
import type { Store } from "../store/store.js";
import { actor, UserError, withStore } from "./context.js";
import { councilToImportInto } from "./registers.js";
import { artefactSummary, validationCsv, validationText, yearLabel, yearsTable } from "./ssda903-output.js";

interface ReadOptions {
  year?: number;
  fileLa?: string;
}

const yearArgument = (value: string) => {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1990)
    throw new InvalidArgumentError("must be a collection year, e.g. 2024 for 2023-24");
  return year;
};

async function load(path: string, o: ReadOptions): Promise<Loaded> {
  try {
    return await loadSsda903(path, { year: o.year, fileLa: o.fileLa });
  } catch (error) {
    if (error instanceof Ssda903ImportError) throw new UserError(error.message);
    throw error;
  }
}

export async function import903Command(
  store: Store,
  path: string,
  o: ReadOptions & { la?: string; by?: string },
): Promise<string> {
  const loaded = await load(path, o);
  const council = await councilToImportInto(store, o.la);
  const cs = store.council(council.la);
  const r = await cs.replaceSsda903(loaded.returns, actor(o.by, `import-903 ${basename(path)}`));
  const stored = await cs.ssda903Returns();
  const history = mergeHistory(stored);
  const years = loaded.returns.map((x) => yearLabel(x.year)).join(", ");
  const episodes = history.children.reduce((n, c) => n + c.episodes.length, 0);
  return [
    `${council.name} SSDA903: stored ${years} (${r.inserted} rows added, ${r.updated} changed, ${r.deleted} removed, ${r.unchanged} unchanged).`,
    ...loaded.notes.map((n) => `Note: ${n}`),
    "",
    ...yearsTable(stored, history),
    "",
    `The history of ${stored.length} years: ${history.children.length.toLocaleString("en-GB")} children, ${episodes.toLocaleString("en-GB")} episodes after cleaning.`,
    ...artefactSummary(history.artefacts),
    "",
  ].join("\n");
}

/** Each year's report, against the year before when it is among `before` or `returns`. */
export function validate903(
  returns: readonly Ssda903Return[],
  before: readonly Ssda903Return[] = [],
  rules: readonly ValidationRule[] = VALIDATION_RULES,
) {
  const byYear = new Map([...before, ...returns].map((r) => [r.year, r]));
  return returns.map((r) => validateReturn(r, byYear.get(r.year - 1) ?? null, rules));
}

/** With --year on a folder of years or the regional layout, the year before is read too, to compare with. */
async function yearBefore(
  path: string,
  o: ReadOptions,
  loaded: Loaded,
): Promise<{ returns: Ssda903Return[]; note?: string }> {
  if (o.year === undefined || (loaded.layout !== "csv-years" && loaded.layout !== "regional"))
    return { returns: [] };
  try {
    return { returns: (await loadSsda903(path, { year: o.year - 1, fileLa: o.fileLa })).returns };
  } catch (error) {
    if (!(error instanceof Ssda903ImportError)) throw error;
    const why = error.problems[0]?.rule ?? "";
    return {
      returns: [],
      note: `${yearLabel(o.year - 1)} could not be read (${why}), so rules comparing years had no year before`,
    };
  }
}

export async function validate903Command(
  path: string,
  o: ReadOptions & { format: "text" | "json" | "csv" },
): Promise<string> {
  const loaded = await load(path, o);
  const before = await yearBefore(path, o, loaded);
  const notes = [...loaded.notes, ...(before.note ? [before.note] : [])];
  const reports = validate903(loaded.returns, before.returns);
  if (o.format === "json") return `${JSON.stringify({ notes, years: reports }, null, 2)}\n`;
  if (o.format === "csv") return validationCsv(reports);
  return [...notes.map((n) => `Note: ${n}\n`), validationText(reports)].join("");
}

export function addSsda903Commands(program: Command, store: () => string): void {
  const source =
    "a folder of collection years (2024/header.csv, …), one year's folder, the regional layout's folder, or an XML file";
  program
    .command("import-903")
    .description("Import SSDA903 returns (CSV or XML) into the store, replacing the years they hold")
    .argument("<path>", source)
    .option("--la <code>", "council code (default: the first council in the store)")
    .option(
      "--year <year>",
      "only this collection year, e.g. 2024 for 2023-24; names the year of a folder or XML file",
      yearArgument,
    )
    .option("--file-la <name>", "in the regional layout, the LA column's value to import")
    .option("--by <name>", "who is importing (default: your user name)")
    .action((path: string, o: ReadOptions & { la?: string; by?: string }) =>
      withStore(store(), async (s) => {
        process.stdout.write(await import903Command(s, path, o));
      }),
    );
  program
    .command("validate-903")
    .description("Run the DfE SSDA903 validation rules over returns on disk (nothing is stored)")
    .argument("<path>", source)
    .option(
      "--year <year>",
      "only this collection year (the year before, when present, is compared with it)",
      yearArgument,
    )
    .option("--file-la <name>", "in the regional layout, the LA column's value to validate")
    .addOption(
      new Option("--format <format>", "output form").choices(["text", "json", "csv"]).default("text"),
    )
    .action(async (path: string, o: ReadOptions & { format: "text" | "json" | "csv" }) => {
      process.stdout.write(await validate903Command(path, o));
    });
}
