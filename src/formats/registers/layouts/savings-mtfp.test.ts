import { describe, expect, it } from "vitest";
import type { RegisterName } from "../../../domain/registers.js";
import { type ImportError, parseRegister } from "../parse.js";

const csv = (register: RegisterName, text: string) =>
  parseRegister(register, { name: `${register}.csv`, bytes: Buffer.from(text) });
const brief = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors.map((e) => [e.row, e.column, e.value, e.rule]) : [];

describe("importing savings", () => {
  it("names a BRAG rating that is not blue, green, amber or red", async () => {
    const result = await csv("savings", "Ref,Category,Name,BRAG\nS1,Reduce,High-cost placements,yellow\n");
    expect(brief(result)).toEqual([[2, "BRAG", "yellow", "must be one of: blue, green, amber, red"]]);
  });

  it("refuses a driver's By on or before its From, and pence beyond 2 places on a money driver", async () => {
    const result = await csv(
      "saving-drivers",
      "Ref,Driver,Target,From,By\nS3,agency-fte,34,2024-06-30,2024-06-30\nS1,residential-weekly-cost,4250.505,2024-04-01,2025-03-31\n",
    );
    expect(brief(result)).toEqual([
      [2, "By", "2024-06-30", "must be after From"],
      [
        3,
        "Target",
        "4250.505",
        "must be pounds with at most 2 decimal places for a driver measured in money",
      ],
    ]);
  });

  it("keeps a count driver's fractions as they are: only money drivers become pence", async () => {
    const result = await csv(
      "saving-drivers",
      "Ref,Driver,Baseline,Target,From,By\nS3,agency-fte,64.5,34.25,2024-04-01,2024-06-30\n",
    );
    expect(result).toEqual({
      rows: [
        {
          ref: "S3",
          driver: "agency-fte",
          baseline: 64.5,
          target: 34.25,
          from: "2024-04-01",
          by: "2024-06-30",
        },
      ],
    });
  });
});

describe("importing the MTFP", () => {
  it("refuses a funded share of 0 or above 100 and a negative amount", async () => {
    const header = "Year,Ref,Kind,Description,Amount (£),Funded share (%)\n";
    const result = await csv(
      "mtfp-lines",
      `${header}2024-25,INF,inflation,Inflation,2121000,0\n2024-25,PAY,pay-award,Pay,1253000,100.5\n2024-25,MIT,mitigation,Mitigations,-800000,\n`,
    );
    const share = "must be a percentage written as a number (3.5 for 3.5%), above 0 and at most 100";
    expect(brief(result)).toEqual([
      [2, "Funded share (%)", "0", share],
      [3, "Funded share (%)", "100.5", share],
      [4, "Amount (£)", "-800000", "must not be negative"],
    ]);
  });

  it("refuses a kind or lever not in the list, and a savings slip above 100%", async () => {
    const lines = await csv(
      "mtfp-lines",
      "Year,Ref,Kind,Description,Amount (£)\n2024-25,X,growth,Growth,1\n",
    );
    expect(brief(lines).map(([row, column]) => [row, column])).toEqual([[2, "Kind"]]);
    const scenarios = await csv(
      "mtfp-scenarios",
      "Scenario,Lever,Value (%)\nSlip,savings-slip,150\nCheaper,price,5\nWorse,demand,-2\n",
    );
    expect(brief(scenarios)).toEqual([
      [2, "Value (%)", "150", "must be 0 to 100 for savings-slip"],
      [3, "Lever", "price", "must be one of: savings-slip, demand, pay-award, inflation"],
    ]);
  });

  it("refuses a percentage that is not a number, and inflation funded above 100", async () => {
    const result = await csv(
      "mtfp-assumptions",
      "Year,Pay award (%),Contract inflation (%),Inflation funded (%),Demand growth (%)\n2024-25,four,6.5,120,5\n",
    );
    expect(brief(result).map(([row, column, value]) => [row, column, value])).toEqual([
      [2, "Pay award (%)", "four"],
      [2, "Inflation funded (%)", "120"],
    ]);
  });
});
