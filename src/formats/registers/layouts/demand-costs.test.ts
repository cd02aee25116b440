import { describe, expect, it } from "vitest";
import { type ImportError, parseRegister } from "../parse.js";

const csv = (text: string) => ({
  name: "demand-costs.csv",
  bytes: Buffer.from(`Subtype,Weekly cost (£),Proportion (%)\n${text}`),
});
const errorsOf = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors : [];

describe("the demand-costs register file", () => {
  it("reads a weekly cost, a proportion or both, leaving the blank one to be measured", async () => {
    const result = await parseRegister(
      "demand-costs",
      csv('fostering (ifa),950,40\nSecure home,"7,250.00",\nPlaced with family,,12.5%\n'),
    );
    expect(result).toEqual({
      rows: [
        { subtype: "Fostering (IFA)", weeklyCost: 95_000, proportion: 40 },
        { subtype: "Secure home", weeklyCost: 725_000, proportion: null },
        { subtype: "Placed with family", weeklyCost: null, proportion: 12.5 },
      ],
    });
  });

  it("refuses an unknown sub-type, a row with neither figure, a share over 100% and a sub-type twice", async () => {
    const text = ["Kinship,100,", "Other,,", "Other,10,101", "Fostering (IFA),1,", "Fostering (IFA),2,"].join(
      "\n",
    );
    const errors = errorsOf(await parseRegister("demand-costs", csv(text)));
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, "Subtype", "Kinship"],
      [3, "Weekly cost (£)", ""],
      [4, "Proportion (%)", "101"],
      [6, "Subtype", "Fostering (IFA)"],
    ]);
    expect(errors[1]?.rule).toBe("give Weekly cost (£) or Proportion (%), or both");
  });
});
