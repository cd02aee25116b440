import { describe, expect, it } from "vitest";
import { type ImportError, parseRegister } from "../parse.js";

const csv = (text: string) => ({
  name: "grid.csv",
  bytes: Buffer.from(`Postcode,Easting,Northing\n${text}`),
});
const errorsOf = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors : [];

describe("the postcode-grid register file", () => {
  it("reads full postcodes and districts, written as people write them, in one form", async () => {
    const result = await parseRegister(
      "postcode-grid",
      csv("hr1 2ab,351234,239876\nDM14QX,350000,250000\nsw1a,529000,179000\n"),
    );
    expect(result).toEqual({
      rows: [
        { postcode: "HR1 2AB", easting: 351_234, northing: 239_876 },
        { postcode: "DM1 4QX", easting: 350_000, northing: 250_000 },
        { postcode: "SW1A", easting: 529_000, northing: 179_000 },
      ],
    });
  });

  it("names the file, row, column, value and rule of every bad row", async () => {
    const text = [
      "DM1 4QX,350000,250000",
      "not a postcode,350000,250000",
      "DM2 1AB,-5,250000",
      "DM3,350000,250000.5",
      "DM4,,250000",
      "dm1  4qx,350001,250001",
    ].join("\n");
    const errors = errorsOf(await parseRegister("postcode-grid", csv(text)));
    expect(errors).toEqual([
      {
        file: "grid.csv",
        row: 3,
        column: "Postcode",
        value: "not a postcode",
        rule: "must be a full postcode such as DM1 4QX or a postcode district such as DM1",
      },
      {
        file: "grid.csv",
        row: 4,
        column: "Easting",
        value: "-5",
        rule: "must be a whole number of metres, 0 or more, e.g. 350000",
      },
      {
        file: "grid.csv",
        row: 5,
        column: "Northing",
        value: "250000.5",
        rule: "must be a whole number of metres, 0 or more, e.g. 350000",
      },
      { file: "grid.csv", row: 6, column: "Easting", value: "", rule: "must not be blank" },
      {
        file: "grid.csv",
        row: 7,
        column: "Postcode",
        value: "DM1 4QX",
        rule: "must be unique in the file; row 2 has the same Postcode",
      },
    ]);
  });
});
