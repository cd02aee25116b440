/**
 * Finds and reads an SSDA903 return on disk, whichever form it takes: a folder of collection years
 * (`<dir>/2024/header.csv`, …), one year's folder (its year from --year or the folder's name), the
 * regional layout (header.csv with LA and YEAR columns), or an XML file.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Ssda903Return } from "../../domain/ssda903/tables.js";
import { problem, Ssda903ImportError } from "./errors.js";
import { type FolderFiles, Notes, readRegional, readYearFolder } from "./read.js";

export interface LoadOptions {
  /** Only this collection year (the year ending 31 March); required for a folder or XML file not named by year. */
  year?: number;
  /** In the regional layout, the LA column's value to keep. */
  fileLa?: string;
}

export interface Loaded {
  layout: "csv-years" | "csv-year" | "regional" | "xml";
  /** Oldest first. */
  returns: Ssda903Return[];
  /** Things ignored, such as columns the 903 does not have. */
  notes: string[];
}

const fail = (file: string, rule: string) => new Ssda903ImportError([problem(file, 0, "", "", rule)]);

async function folderFiles(dir: string, prefix: string): Promise<FolderFiles> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile()) files.set(entry.name.toLowerCase(), await readFile(join(dir, entry.name)));
  }
  return { prefix, files };
}

function firstLine(bytes: Uint8Array | undefined): string[] {
  const text = new TextDecoder().decode(bytes?.subarray(0, 4096) ?? new Uint8Array());
  return (text.split(/\r?\n/)[0] ?? "").split(",").map((c) =>
    c
      .replace(/^\uFEFF/, "")
      .trim()
      .toUpperCase(),
  );
}

/** The collection year a name gives: "2024", "ssda903_2024.xml", or "2023-24" (→ 2024). */
export function yearFromName(name: string): number | undefined {
  const span = /(\d{4})-(\d{2})(?!\d)/.exec(name);
  if (span) return Number(span[1]) + 1;
  const years = name.match(/(?<!\d)\d{4}(?!\d)/g);
  return years?.length === 1 ? Number(years[0]) : undefined;
}

export async function loadSsda903(path: string, options: LoadOptions = {}): Promise<Loaded> {
  const info = await stat(path).catch(() => {
    throw fail(path, "no such file or folder");
  });
  const notes = new Notes();
  const name = basename(path);
  if (info.isFile()) {
    if (!name.toLowerCase().endsWith(".xml"))
      throw fail(
        name,
        "give an XML file, or the folder holding header.csv, episodes.csv and the other tables",
      );
    const year = options.year ?? yearFromName(name);
    if (year === undefined)
      throw fail(name, "the file's name does not give its collection year: add --year, e.g. --year 2024");
    // The XML reader (and its parser) loads only when an XML file is given.
    const { readXmlReturn } = await import("./xml.js");
    return { layout: "xml", returns: [readXmlReturn(name, await readFile(path), year)], notes: [] };
  }
  const top = await folderFiles(path, name);
  if (top.files.has("header.csv")) {
    if (firstLine(top.files.get("header.csv")).includes("YEAR")) {
      const returns = readRegional(top, { year: options.year, la: options.fileLa }, notes);
      return { layout: "regional", returns, notes: notes.list() };
    }
    const year = options.year ?? yearFromName(name);
    if (year === undefined)
      throw fail(
        `${name}/header.csv`,
        "the folder's name is not a collection year: add --year, e.g. --year 2024",
      );
    return { layout: "csv-year", returns: [readYearFolder(top, year, notes)], notes: notes.list() };
  }
  const entries = await readdir(path, { withFileTypes: true });
  const years = entries
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
    .map((e) => Number(e.name))
    .filter((y) => options.year === undefined || y === options.year)
    .sort((a, b) => a - b);
  if (years.length === 0) {
    const rule =
      options.year === undefined
        ? "holds neither header.csv nor collection-year folders such as 2024/"
        : `has no folder ${options.year}/`;
    throw fail(name, rule);
  }
  const returns: Ssda903Return[] = [];
  const problems = [];
  for (const year of years) {
    try {
      returns.push(readYearFolder(await folderFiles(join(path, String(year)), String(year)), year, notes));
    } catch (error) {
      if (!(error instanceof Ssda903ImportError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new Ssda903ImportError(problems);
  return { layout: "csv-years", returns, notes: notes.list() };
}
