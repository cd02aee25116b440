import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGISTER_NAMES } from "../../domain/registers.js";
import { LAYOUTS } from "./layouts/index.js";

const DOC = readFileSync(new URL("../../../docs/formats.md", import.meta.url), "utf8");

/** The rows of the register's table in docs/formats.md, by the header in their first cell. */
function documentedColumns(register: string): Map<string, string[]> {
  const section = DOC.split(/^## /m).find((s) => s.includes(`(\`${register}\`)`)) ?? "";
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => cells[1] !== "Column" && !/^-+$/.test(cells[1] ?? ""));
  return new Map(rows.map((cells) => [cells[1] ?? "", cells.slice(2)]));
}

describe.each(REGISTER_NAMES)("docs/formats.md for %s", (register) => {
  it("documents every column with whether it is required and its example", () => {
    const documented = documentedColumns(register);
    for (const column of Object.values(LAYOUTS[register].columns)) {
      const header = /^P\d+ \(£\)$/.test(column.header) ? "P1 (£) … P12 (£)" : column.header;
      const [required, example] = documented.get(header) ?? [];
      expect({ header, required, example }).toEqual({
        header,
        required: column.required ? "yes" : "no",
        example: column.example === "" ? "" : `\`${column.example}\``,
      });
    }
    expect(documented.size).toBe(
      new Set(
        Object.values(LAYOUTS[register].columns).map((c) => c.header.replace(/^P\d+ /, "P1 (£) … P12 ")),
      ).size,
    );
  });
});
