/**
 * Fuzzing the SSDA903 readers: a collection year's CSV folder (every table) and the XML return,
 * damaged as files arrive damaged, plus XML bombs (entity expansion, external entities) and deep
 * nesting. Each read gives a return or throws the product's own Ssda903ImportError, whose message
 * names the file; never a TypeError or RangeError, never a hang.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Ssda903ImportError } from "../../src/formats/ssda903/errors.js";
import { Notes, readYearFolder } from "../../src/formats/ssda903/read.js";
import { readXmlReturn } from "../../src/formats/ssda903/xml.js";
import { damage, FUZZ, hostileCell, reshape } from "./fuzz-support.js";

const FOLDER = "test/fixtures/ssda903/csv/2024";
const TABLE_FILES = readdirSync(FOLDER).sort();
const FILES = new Map<string, Uint8Array>(
  TABLE_FILES.map((name) => [name, new Uint8Array(readFileSync(join(FOLDER, name)))]),
);
const XML = new Uint8Array(readFileSync("test/fixtures/ssda903/ssda903_2024.xml"));

/** Reads, and expects a return or an Ssda903ImportError naming `file`. */
function expectReturnOrImportError(read: () => unknown, file: string): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof Ssda903ImportError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.message).toContain(file);
    for (const p of error.problems) expect(p.rule.length).toBeGreaterThan(0);
  }
}

const grid = (bytes: Uint8Array) =>
  parse(Buffer.from(bytes).toString("utf8"), { relax_column_count: true }) as string[][];

describe("the 903 CSV reader, fuzzed", () => {
  it("answers a folder with any one table damaged with a return or a clear import error", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TABLE_FILES),
        reshape,
        hostileCell,
        damage,
        (name, shape, cell, hurt) => {
          const files = new Map(FILES);
          files.set(
            name,
            hurt(new TextEncoder().encode(stringify(cell(shape(grid(FILES.get(name) as Uint8Array)))))),
          );
          expectReturnOrImportError(
            () => readYearFolder({ prefix: "2024", files }, 2024, new Notes()),
            `2024/`,
          );
        },
      ),
      { ...FUZZ, numRuns: 400 },
    );
  });

  it("names a missing table, an empty table and a UTF-16 table by file", () => {
    const cases: [string, Uint8Array | undefined][] = [
      ["header.csv", undefined],
      ["episodes.csv", new Uint8Array()],
      ["episodes.csv", Uint8Array.from([0xff, 0xfe, 0x43, 0x00])],
    ];
    for (const [name, bytes] of cases) {
      const files = new Map(FILES);
      if (bytes) files.set(name, bytes);
      else files.delete(name);
      expect(() => readYearFolder({ prefix: "2024", files }, 2024, new Notes())).toThrow(
        new RegExp(`2024/${name.replace(".", "\\.")}`),
      );
    }
  });
});

const BOMB = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
).join("")}]><EXPSSDA903><CHILD><HEADER><CHILDID>&lol9;</CHILDID></HEADER></CHILD></EXPSSDA903>`;

const HOSTILE_XML: Record<string, string> = {
  "an entity bomb": BOMB,
  "an external entity": `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><EXPSSDA903><CHILD><HEADER><CHILDID>&e;</CHILDID></HEADER></CHILD></EXPSSDA903>`,
  "deep nesting inside a HEADER": `<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID>${"<a>".repeat(100_000)}x${"</a>".repeat(100_000)}</HEADER></CHILD></EXPSSDA903>`,
  "deep nesting at the root": `${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}`,
  "an element named __proto__":
    "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><__proto__>x</__proto__></HEADER></CHILD></EXPSSDA903>",
  "text where elements belong":
    "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><AREVIEW>x</AREVIEW></HEADER><EPISODE>y</EPISODE></CHILD></EXPSSDA903>",
  "another root": "<html><body/></html>",
  nothing: "",
};

describe("the 903 XML reader, fuzzed", () => {
  it.each(Object.entries(HOSTILE_XML))("answers %s with a return or a clear import error", (_, text) => {
    expectReturnOrImportError(
      () => readXmlReturn("ssda903_2024.xml", new TextEncoder().encode(text), 2024),
      "ssda903_2024.xml",
    );
  });

  it("does not expand an entity bomb", () => {
    try {
      const read = readXmlReturn("bomb.xml", new TextEncoder().encode(BOMB), 2024);
      expect(JSON.stringify(read).length).toBeLessThan(100_000);
    } catch (error) {
      expect(error).toBeInstanceOf(Ssda903ImportError);
    }
  });

  it("answers the return damaged anywhere with a return or a clear import error", () => {
    const text = Buffer.from(XML).toString("utf8");
    const mutate = fc.oneof(
      damage.map((hurt) => (t: string) => Buffer.from(hurt(new TextEncoder().encode(t))).toString("latin1")),
      fc
        .tuple(
          fc.nat(),
          fc.constantFrom("<", ">", "</CHILD>", "<HEADER>", "&amp", "&#0;", "]]>", "<!--", "\u0000"),
        )
        .map(
          ([at, bit]) =>
            (t: string) =>
              t.slice(0, at % t.length) + bit + t.slice(at % t.length),
        ),
      fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(
        ([at, n]) =>
          (t: string) =>
            t.slice(0, at % t.length) + t.slice((at % t.length) + n),
      ),
    );
    fc.assert(
      fc.property(mutate, (change) => {
        expectReturnOrImportError(
          () => readXmlReturn("ssda903_2024.xml", new TextEncoder().encode(change(text)), 2024),
          "ssda903_2024.xml",
        );
      }),
      { ...FUZZ, numRuns: 400 },
    );
  });
});
