/**
 * CSV text into records, fast: a 903 file is read whole, and most lines hold no quote, so a line
 * without one is split on its commas in one native call; a line with quotes is read character by
 * character (RFC 4180: "" inside quotes is a quote, a quoted value may hold commas and line breaks).
 * Records end at LF or CRLF (CR alone when the file has no LF). Values are not trimmed; an empty line
 * is a record of one empty value, as csv-parse gives it. Each record's line is the line it ends on.
 */

export type CsvRecords =
  | { records: string[][]; lines: number[] }
  | { error: string; line: number; records?: undefined };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

interface Quoted {
  record: string[];
  /** Where reading goes on: just past the record's line break, or the end. */
  next: number;
  /** Line breaks inside quoted values. */
  breaks: number;
}

/** One record read character by character from `at`, for lines holding a quote. */
function quotedRecord(text: string, at: number, line: number, cr: boolean): Quoted | string {
  const n = text.length;
  const record: string[] = [];
  let i = at;
  let breaks = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return `a quoted value is not closed (it opens on line ${line})`;
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (let k = 0; k < value.length; k++) {
        const c = value.charCodeAt(k);
        if (c === LF || (c === CR && value.charCodeAt(k + 1) !== LF)) breaks++;
      }
      const after = text.charCodeAt(i);
      const ends = after === LF || (after === CR && (cr || text.charCodeAt(i + 1) === LF));
      if (i < n && after !== COMMA && !ends)
        return `a closing quote must be followed by a comma or the end of the line (line ${line + breaks})`;
      record.push(value);
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF || (c === CR && (cr || text.charCodeAt(j + 1) === LF))) break;
        if (c === QUOTE)
          return `a quote inside a value that does not start with one (line ${line + breaks}, value ${record.length + 1})`;
      }
      record.push(text.slice(i, j));
      i = j;
    }
    if (i >= n) return { record, next: n, breaks };
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (i >= n) {
        record.push("");
        return { record, next: n, breaks };
      }
      continue;
    }
    return { record, next: c === CR && !cr ? i + 2 : i + 1, breaks };
  }
}

function hasQuote(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === QUOTE) return true;
  return false;
}

type OnRecord = (record: string[], line: number) => boolean | undefined;

/** Text with no quote in it: each line split on its commas. */
function eachPlainRecord(text: string, from: number, cr: boolean, onRecord: OnRecord): void {
  const n = text.length;
  const eol = cr ? "\r" : "\n";
  let i = from;
  let line = 1;
  while (i < n) {
    let end = text.indexOf(eol, i);
    if (end < 0) end = n;
    const stop = !cr && end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    if (onRecord(text.slice(i, stop).split(","), line) === false) return;
    i = end + 1;
    line++;
  }
}

/**
 * Each record of the text in turn, with the line it ends on, so a caller keeps what it needs and
 * the records themselves are garbage at once. Stops early when `onRecord` returns false. Returns the
 * first problem, or null.
 */
export function eachCsvRecord(text: string, onRecord: OnRecord): { error: string; line: number } | null {
  const n = text.length;
  const cr = !text.includes("\n") && text.includes("\r");
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Most files hold no quote at all, and are read by the plain loop alone: with the quoted path in
  // the same loop, the optimised code ran many times slower.
  if (!text.includes('"')) {
    eachPlainRecord(text, start, cr, onRecord);
    return null;
  }
  const eol = cr ? "\r" : "\n";
  let i = start;
  let line = 1;
  while (i < n) {
    let end = text.indexOf(eol, i);
    if (end < 0) end = n;
    const stop = !cr && end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    let record: string[];
    if (!hasQuote(text, i, end)) {
      record = text.slice(i, stop).split(",");
      i = end + 1;
    } else {
      const read = quotedRecord(text, i, line, cr);
      if (typeof read === "string") return { error: read, line };
      line += read.breaks;
      record = read.record;
      i = read.next;
    }
    if (onRecord(record, line) === false) return null;
    line++;
  }
  return null;
}

/** Every record at once, with their lines. */
export function parseCsv(text: string): CsvRecords {
  const records: string[][] = [];
  const lines: number[] = [];
  const problem = eachCsvRecord(text, (record, line) => {
    records.push(record);
    lines.push(line);
    return true;
  });
  return problem ?? { records, lines };
}
