/**
 * A structural problem with an SSDA903 file: unreadable, the wrong encoding, a required column or
 * table missing, or XML that is not a 903 return. Any one of them stops the import before anything
 * is stored. Data problems inside a readable file are the validation rules' business, not these.
 */

export interface Ssda903Problem {
  /** The file, as named in the return, e.g. "2024/episodes.csv". */
  file: string;
  /** The line (the header line is 1), or 0 when the problem is the whole file. */
  row: number;
  column: string;
  value: string;
  rule: string;
}

export class Ssda903ImportError extends Error {
  readonly problems: readonly Ssda903Problem[];

  constructor(problems: readonly Ssda903Problem[]) {
    super(describeProblems(problems));
    this.name = "Ssda903ImportError";
    this.problems = problems;
  }
}

export function problem(
  file: string,
  row: number,
  column: string,
  value: string,
  rule: string,
): Ssda903Problem {
  return { file, row, column, value, rule };
}

function describe(p: Ssda903Problem): string {
  const where = [p.file, p.row > 0 ? `row ${p.row}` : "", p.column ? `column ${p.column}` : ""]
    .filter(Boolean)
    .join(", ");
  const value = p.value ? ` (value "${p.value.length > 40 ? `${p.value.slice(0, 39)}…` : p.value}")` : "";
  return `${where}${value}: ${p.rule}`;
}

/** One line per problem, after a first line saying nothing was stored. */
export function describeProblems(problems: readonly Ssda903Problem[]): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`The SSDA903 files cannot be read (${count}); nothing was stored.`, ...problems.map(describe)].join(
    "\n",
  );
}
