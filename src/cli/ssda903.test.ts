import { describe, expect, it } from "vitest";
import type { ValidationRule } from "../domain/ssda903/rules/rule.js";
import { SSDA903_TABLES, type Ssda903Return } from "../domain/ssda903/tables.js";
import { validate903 } from "./ssda903.js";

const aReturn = (year: number, children: string[]): Ssda903Return => {
  const tables = Object.fromEntries(SSDA903_TABLES.map((t) => [t, []])) as unknown as Ssda903Return["tables"];
  const header = children.map((CHILD, i) => ({ file: `${year}/header.csv`, row: i + 2, values: { CHILD } }));
  return { year, tables: { ...tables, header } };
};

/** Fails a child in this year's header who was not in last year's; passes with no last year. */
const NEW_CHILD: ValidationRule = {
  code: "T1",
  message: "Child is new this year.",
  tables: ["header"],
  fields: ["CHILD"],
  comparesYears: true,
  validate: ({ current, previous }) => {
    if (!previous) return [];
    const before = new Set(previous.tables.header.map((r) => r.values.CHILD));
    return current.tables.header
      .filter((r) => !before.has(r.values.CHILD))
      .map((row) => ({ table: "header", row }));
  },
};

describe("validate903", () => {
  it("checks each year against the year before, whether it was read with the years or on its own", () => {
    const [y2023, y2024] = [aReturn(2023, ["A"]), aReturn(2024, ["A", "B"])];
    const together = validate903([y2023, y2024], [], [NEW_CHILD]);
    expect(together.map((r) => [r.year, r.errors.map((e) => [e.file, e.row, e.child, e.rule])])).toEqual([
      [2023, []],
      [2024, [["2024/header.csv", 3, "B", "T1"]]],
    ]);
    expect(validate903([y2024], [y2023], [NEW_CHILD])[0]?.errors.map((e) => e.child)).toEqual(["B"]);
    expect(validate903([y2024], [], [NEW_CHILD])[0]?.errors).toEqual([]);
    expect(validate903([y2024], [], [NEW_CHILD])[0]?.cleanShare).toBe(1);
  });
});
