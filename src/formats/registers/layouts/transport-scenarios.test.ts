import { describe, expect, it } from "vitest";
import { transportScenario } from "../../../domain/transport/scenarios/model.js";
import { transportPlan } from "../../../store/sample-rows-transport-scenarios.js";
import { type ImportError, parseRegister } from "../parse.js";

const SCENARIO_HEADER =
  "Scenario,Policy,Walking distance (m),Mileage rate (£ a mile),Trained pupils,Pupils to train,Training cost (£ a pupil),Partner LA,Saving,Adopt from,Cost centre,Note";
const PLAN_HEADER =
  "Scenario,Solved at,Seed,Seconds,On,Current daily cost (£),Daily cost (£),One-off cost (£),Year,Annual saving (£),Result";
const csv = (name: string, header: string, lines: string[]) => ({
  name,
  bytes: Buffer.from([header, ...lines].join("\n")),
});
const errorsOf = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors : [];
const error = (file: string, row: number, column: string, value: string, rule: string): ImportError => ({
  file,
  row,
  column,
  value,
  rule,
});

describe("the transport-scenarios register file", () => {
  it("reads each policy with its parameters, a mileage rate in pounds and trained pupils as a list", async () => {
    const file = csv("scenarios.csv", SCENARIO_HEADER, [
      "Budgets,Personal-Budgets,,0.45,,,,,S4,,,Pilot",
      "Train,travel-training,,,P1; P4,,1500,,,06/01/2025,SEND-TRN,",
      "Border,across-the-border,,,,,,MARCH, ,,,",
    ]);
    const parsed = await parseRegister("transport-scenarios", file);
    expect(parsed).toEqual({
      rows: [
        transportScenario("Budgets", "personal-budgets", { mileageRate: 45, saving: "S4", note: "Pilot" }),
        transportScenario("Train", "travel-training", {
          trained: ["P1", "P4"],
          trainingCost: 1_500_00,
          adoptFrom: "2025-01-06",
          costCentre: "SEND-TRN",
        }),
        transportScenario("Border", "across-the-border", { partner: "MARCH" }),
      ],
    });
  });

  it("names the file, row, column, value and rule of every bad value", async () => {
    const file = csv("scenarios.csv", SCENARIO_HEADER, [
      "Walk,pick-up-points,0,,,,,,,,,",
      "Walk 2,pick-up-points,,,,,,,,,,",
      "Budgets,personal-budgets,800,-0.45,,,,,,,,",
      "Train,travel-training,,,P1,20,150,,,2025-01-06,,",
      "Close,close-routes,,,,,,,,,,",
    ]);
    expect(errorsOf(await parseRegister("transport-scenarios", file))).toEqual([
      error(
        "scenarios.csv",
        2,
        "Walking distance (m)",
        "0",
        "must be a whole number of metres above 0, e.g. 800",
      ),
      error("scenarios.csv", 3, "Walking distance (m)", "", "must be given for pick-up-points"),
      error("scenarios.csv", 4, "Mileage rate (£ a mile)", "-0.45", "must not be negative"),
      error(
        "scenarios.csv",
        5,
        "Pupils to train",
        "20",
        "must be blank when Trained pupils names the pupils",
      ),
      error("scenarios.csv", 5, "Cost centre", "", "must be given with Adopt from"),
      error(
        "scenarios.csv",
        6,
        "Policy",
        "close-routes",
        expect.stringContaining("shared-routes, pick-up-points"),
      ),
    ]);
  });

  it("refuses a parameter the policy does not use", async () => {
    const file = csv("scenarios.csv", SCENARIO_HEADER, ["Budgets,personal-budgets,800,0.45,,,,,,,,"]);
    expect(errorsOf(await parseRegister("transport-scenarios", file))).toEqual([
      error("scenarios.csv", 2, "Walking distance (m)", "800", "must be blank for personal-budgets"),
    ]);
  });
});

describe("the transport-plans register file", () => {
  const line = (fields: Partial<Record<"solvedAt" | "annualSaving" | "result", string>>) => {
    const plan = transportPlan(1);
    const result = fields.result ?? plan.result;
    return [
      plan.scenario,
      fields.solvedAt ?? plan.solvedAt,
      "1",
      "12.5",
      "2024-10-31",
      "12345.67",
      "10000.00",
      "3000.00",
      "2024-25",
      fields.annualSaving ?? "439677.30",
      `"${result.replace(/"/g, '""')}"`,
    ].join(",");
  };

  it("reads a plan back as Outturn wrote it, money in pence and the result as JSON text", async () => {
    const parsed = await parseRegister("transport-plans", csv("plans.csv", PLAN_HEADER, [line({})]));
    expect(parsed).toEqual({ rows: [transportPlan(1)] });
  });

  it("names a bad timestamp, amount and result", async () => {
    const file = csv("plans.csv", PLAN_HEADER, [
      line({ solvedAt: "31/10/2024 09:15", annualSaving: "1.234", result: "[1, 2]" }),
    ]);
    expect(errorsOf(await parseRegister("transport-plans", file))).toEqual([
      error(
        "plans.csv",
        2,
        "Solved at",
        "31/10/2024 09:15",
        "must be a date and time written YYYY-MM-DDTHH:MM:SSZ, e.g. 2024-10-31T09:15:00Z",
      ),
      error(
        "plans.csv",
        2,
        "Annual saving (£)",
        "1.234",
        "must be an amount in pounds with at most 2 decimal places, e.g. 1234.56",
      ),
      error("plans.csv", 2, "Result", "[1, 2]", "must be a scenario result written as JSON, starting {"),
    ]);
  });
});
