/**
 * Whitespace-separated numeric lines, as both benchmark formats are written: each line split on
 * spaces and tabs (CR LF or LF endings), each field read as a number or reported with its line,
 * column and value.
 */
import type { TravelMatrix } from "../../domain/routing/model.js";
import type { RoutingFileProblem } from "./errors.js";

interface TextLine {
  /** 1 for the file's first line. */
  line: number;
  fields: string[];
}

/** One line read as numbers, with its column names for the problems it may raise. */
export interface Row {
  line: number;
  fields: readonly string[];
  columns: readonly string[];
  values: number[];
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A reader that collects problems instead of stopping at the first. */
export class LineReader {
  readonly problems: RoutingFileProblem[] = [];
  /** The non-blank lines, in order. */
  readonly lines: TextLine[];

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.lines = text
      .split(/\r?\n/)
      .map((raw, i) => ({ line: i + 1, fields: raw.trim() === "" ? [] : raw.trim().split(/\s+/) }))
      .filter((l) => l.fields.length > 0);
    if (this.lines.length === 0) this.fail(0, "", "", "the file is empty");
  }

  fail(line: number, column: string, value: string, rule: string): void {
    this.problems.push({ file: this.file, line, column, value, rule });
  }

  /** One line as numbers named by `columns`; null (and a problem noted) on a wrong field count or a non-number. */
  row(at: TextLine, columns: readonly string[]): Row | null {
    const { line, fields } = at;
    if (fields.length !== columns.length) {
      this.fail(
        line,
        "",
        fields.join(" "),
        `a line here has ${columns.length} fields (${columns.join(", ")}); this one has ${fields.length}`,
      );
      return null;
    }
    let ok = true;
    const values = fields.map((field, i) => {
      if (!NUMBER.test(field)) {
        this.fail(line, `${i + 1} (${columns[i]})`, field, "must be a number");
        ok = false;
      }
      return Number(field);
    });
    return ok ? { line, fields, columns, values } : null;
  }

  /** Notes a problem at a row's column unless `test` holds; returns `test`. */
  check(row: Row, index: number, test: boolean, rule: string): boolean {
    if (!test) this.fail(row.line, `${index + 1} (${row.columns[index]})`, row.fields[index] ?? "", rule);
    return test;
  }
}

export const isWhole = (v: number) => Number.isInteger(v);

/** A dense Euclidean matrix over points: distance the straight line (not rounded), time the distance ÷ speed. */
export function euclideanMatrix(points: readonly { x: number; y: number }[], speed = 1): TravelMatrix {
  const size = points.length;
  const time = new Float64Array(size * size);
  const distance = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    const a = points[i] as { x: number; y: number };
    for (let j = 0; j < size; j++) {
      const b = points[j] as { x: number; y: number };
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy);
      distance[i * size + j] = d;
      time[i * size + j] = d / speed;
    }
  }
  return { size, time, distance };
}
