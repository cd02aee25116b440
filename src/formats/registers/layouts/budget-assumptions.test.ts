import { describe, expect, it } from "vitest";
import { COST_TYPE_RULE } from "../../../domain/budget/budget-assumption.js";
import { type ImportError, parseRegister } from "../parse.js";

const HEADER = "Year,Cost centre,Cost type,Budgeted number,Budgeted unit cost (£)\n";
const csv = (rows: string) => ({ name: "budget-assumptions.csv", bytes: Buffer.from(HEADER + rows) });
const brief = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors.map((e) => [e.row, e.column, e.value, e.rule]) : [];

describe("importing budget assumptions", () => {
  it("names the row, column, value and rule of a cost type that is neither a placement type nor a role", async () => {
    const result = await parseRegister("budget-assumptions", csv("2024-25,SW-ASMT,Social worker,6,96900\n"));
    expect(brief(result)).toEqual([[2, "Cost type", "Social worker", COST_TYPE_RULE]]);
  });

  it("refuses a negative number and a number with more than 4 decimal places", async () => {
    const result = await parseRegister(
      "budget-assumptions",
      csv("2024-25,FOS-IFA,foster-ifa,-1,950\n2024-25,FOS-KIN,kinship,1.23456,300\n"),
    );
    expect(brief(result).map(([row, column, value]) => [row, column, value])).toEqual([
      [2, "Budgeted number", "-1"],
      [3, "Budgeted number", "1.23456"],
    ]);
  });
});
