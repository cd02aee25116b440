/**
 * The text of a PDF that Chromium (Skia) printed, read without a PDF library: streams are inflated
 * with zlib, each Type0 font's ToUnicode map turns glyph codes back into characters, and each text
 * object (BT … ET) becomes one line. Enough to check what a printed report says; not a general reader.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const found = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const from = m.index + m[0].length;
    const end = text.indexOf("endobj", from);
    const body = text.slice(from, end);
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      found.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const offset = from + at + (body[at + 6] === "\r" ? 8 : 7);
    const raw = pdf.subarray(offset, offset + length);
    found.set(Number(m[1]), { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return found;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

function toUnicode(cmap: string): Map<number, string> {
  const codes = new Map<number, string>();
  const hex = (h: string) => Number.parseInt(h, 16);
  const chars = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map(hex));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = "", to = ""] of (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      codes.set(hex(code), chars(to));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g);
    for (const [, from = "", to = "", first = ""] of ranges) {
      for (let code = hex(from), n = hex(first); code <= hex(to); code++, n++)
        codes.set(code, String.fromCharCode(n));
    }
  }
  return codes;
}

/** Each page's lines of text, in page order. */
export function pdfPages(pdf: Buffer): string[][] {
  const objs = objects(pdf);
  const dictOf = (n: number) => objs.get(n)?.dict ?? "";
  const streamOf = (n: number) => objs.get(n)?.stream?.toString("latin1") ?? "";
  const root = dictOf(ref(dictOf(ref(pdf.toString("latin1"), "Root")), "Pages"));
  const pages: string[][] = [];
  const visit = (dict: string) => {
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1];
    if (!kids) return void pages.push(pageText(dict));
    for (const [, n] of kids.matchAll(/(\d+) 0 R/g)) visit(dictOf(Number(n)));
  };
  const pageText = (page: string): string[] => {
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(page)?.[1] ?? "";
    for (const [, name = "", n] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      fonts.set(name, toUnicode(streamOf(ref(dictOf(Number(n)), "ToUnicode"))));
    }
    const lines: string[] = [];
    let font = new Map<number, string>();
    for (const [, body = ""] of streamOf(ref(page, "Contents")).matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let line = "";
      for (const op of body.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>/g)) {
        if (op[1]) font = fonts.get(op[1]) ?? new Map();
        else
          for (const code of op[2]?.match(/.{4}/g) ?? []) line += font.get(Number.parseInt(code, 16)) ?? "";
      }
      lines.push(line);
    }
    return lines;
  };
  visit(root);
  return pages;
}
