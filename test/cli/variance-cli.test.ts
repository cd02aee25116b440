/**
 * `outturn variance` and `outturn pressures` on Demoshire in a real SQLite file: the budget
 * assumptions go through the store, and the parts add up to the forecast's variances.
 */
import { describe, expect, it } from "vitest";
import { demoStore } from "../support/cli.js";

const { cli } = demoStore("outturn-variance-");
const json = async (...args: string[]) => {
  const result = await cli(...args, "--period", "2024-25:P7", "--format", "json");
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
};

describe("outturn variance", () => {
  it("splits every placements and staffing line's forecast variance into parts that add up to it to the penny", async () => {
    const [analysis, forecast] = [await json("variance"), await json("forecast")];
    const variances = new Map(
      forecast.lines.map((l: { costCentre: string; variance: number }) => [l.costCentre, l.variance]),
    );
    expect(analysis.lines.length).toBe(
      forecast.lines.filter((l: { kind: string }) => l.kind === "placements" || l.kind === "staffing").length,
    );
    for (const l of analysis.lines) {
      expect(l.price + l.volume + l.mix).toBe(l.variance);
      expect(l.variance).toBe(variances.get(l.costCentre));
      expect(Object.keys(l)).not.toContain("residual");
    }
    expect(analysis.warnings).toEqual([]);
  });

  it("prints a table with each line's cost types and the total", async () => {
    const table = await cli("variance", "--period", "2024-25:P7");
    expect(table.stdout).toContain("Foster care (IFA)");
    expect(table.stdout).toContain("Social worker (agency)");
    expect(table.stdout).toContain("price + volume + mix = variance");
    expect(table.stdout).not.toContain("Residual");
    expect(table.stdout.split("\n").some((line) => line.startsWith("Total "))).toBe(true);
  });
});

describe("outturn pressures", () => {
  it("gives CSV whose pressures and rounding line add up to the total variance in £m", async () => {
    const forecast = await json("forecast");
    const result = await cli("pressures", "--period", "2024-25:P7", "--format", "csv");
    const rows = result.stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","));
    const tenths = (cell: string | undefined) => Math.round(Number(cell) * 10);
    const pressures = rows.filter(([area, pressure]) => area !== "Total" && pressure !== "");
    const total = rows.find(([area]) => area === "Total");
    expect(pressures.reduce((sum, row) => sum + tenths(row[2]), 0)).toBe(tenths(total?.[2]));
    expect(total?.[3]).toBe((forecast.total.variance / 100).toFixed(2));
  });
});
