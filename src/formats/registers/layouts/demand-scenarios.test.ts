import { describe, expect, it } from "vitest";
import { RECRUIT_8, STEP_DOWN_10, scenario } from "../../../domain/demand/scenarios/scenario.fixture.js";
import { type ImportError, parseRegister } from "../parse.js";

const HEADER = "Scenario,Kind,Number,Per carer,Percent,From,By,Saving,Note";
const csv = (text: string) => ({ name: "scenarios.csv", bytes: Buffer.from(`${HEADER}\n${text}`) });
const errorsOf = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors : [];
const error = (row: number, column: string, value: string, rule: string): ImportError => ({
  file: "scenarios.csv",
  row,
  column,
  value,
  rule,
});

describe("the demand-scenarios register file", () => {
  it("reads each kind with the columns it needs", async () => {
    const text = [
      "Step down 10,step-down,10,,,,2025-03-31,S3,By March",
      "Recruit 8,Recruit-Carers,8,1.3,,2024-10-01,,,",
      "Reunify 5%,reunify,,,5%,2024-04-01,2026-03-31,S4,",
      'Edge of care,prevent-entries,"1,200",,,,,,',
    ].join("\n");
    // The fixture's Step down 10 and Recruit 8; a column a row leaves blank reads as null (the note as "").
    expect(await parseRegister("demand-scenarios", csv(text))).toEqual({
      rows: [
        { ...STEP_DOWN_10, saving: "S3", note: "By March" },
        RECRUIT_8,
        scenario({
          scenario: "Reunify 5%",
          kind: "reunify",
          percent: 5,
          from: "2024-04-01",
          by: "2026-03-31",
          saving: "S4",
        }),
        scenario({ scenario: "Edge of care", kind: "prevent-entries", number: 1200 }),
      ],
    });
  });

  it("names the file, row, column, value and rule of every bad row", async () => {
    const text = [
      "No number,step-down,,,,,2025-03-31,,",
      "No date,step-down,4,,,,,,",
      "Too much,reunify,,,150,,,,",
      "Backwards,prevent-entries,12,,,2025-04-01,2025-03-31,,",
      "Carers,recruit-carers,8,,5,2024-10-01,,,",
      "Negative,prevent-entries,-3,,,,,,",
      "Unknown,close-homes,3,,,,,,",
      "no number,reunify,,,5,,,,",
    ].join("\n");
    expect(errorsOf(await parseRegister("demand-scenarios", csv(text)))).toEqual([
      error(2, "Number", "", "must be given for step-down"),
      error(3, "By", "", "must be given for step-down"),
      error(
        4,
        "Percent",
        "150",
        "must be a percentage written as a number (3.5 for 3.5%), above 0 and at most 100",
      ),
      error(5, "By", "2025-03-31", "must be on or after From"),
      error(6, "Per carer", "", "must be given for recruit-carers"),
      error(6, "Percent", "5", "must be blank for recruit-carers"),
      error(7, "Number", "-3", "must be a number above 0, e.g. 10 or 1.3"),
      error(
        8,
        "Kind",
        "close-homes",
        expect.stringContaining("step-down, recruit-carers, reunify, prevent-entries"),
      ),
    ]);
  });
});
