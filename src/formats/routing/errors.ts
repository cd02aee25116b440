/**
 * A problem with a routing file (a benchmark instance, a best-known table, a council's travel
 * matrix): the file, the line (1 for the first; 0 for the whole file), the column, the value and the
 * rule broken. A file with any problem is refused whole, with every problem listed.
 */

export interface RoutingFileProblem {
  file: string;
  line: number;
  /** The column by its position and meaning, e.g. "5 (load)", or a CSV header name. */
  column: string;
  value: string;
  rule: string;
}

export class RoutingFileError extends Error {
  readonly problems: readonly RoutingFileProblem[];

  constructor(problems: readonly RoutingFileProblem[]) {
    super(describeRoutingProblems(problems));
    this.name = "RoutingFileError";
    this.problems = problems;
  }
}

/** The most problems a message lists before "and N more". */
const SHOWN = 20;

function describe(p: RoutingFileProblem): string {
  const where = [p.file, p.line > 0 ? `line ${p.line}` : "", p.column ? `column ${p.column}` : ""]
    .filter(Boolean)
    .join(", ");
  const value = p.value ? ` (value "${p.value.length > 40 ? `${p.value.slice(0, 39)}…` : p.value}")` : "";
  return `${where}${value}: ${p.rule}`;
}

export function describeRoutingProblems(problems: readonly RoutingFileProblem[]): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const file = problems[0]?.file ?? "the file";
  const more = problems.length > SHOWN ? [`… and ${problems.length - SHOWN} more`] : [];
  return [`${file} cannot be read (${count}).`, ...problems.slice(0, SHOWN).map(describe), ...more].join(
    "\n",
  );
}
