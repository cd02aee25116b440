/**
 * `outturn close`, `movement` and `accuracy` on Demoshire in a real SQLite file: the demo arrives
 * with its past periods closed, the movement to P7 adds up, and a closed period stays closed.
 */
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { demoStore } from "../support/cli.js";

const { cli, path } = demoStore("outturn-periods-");
const snapshots = async () => {
  const opened = await openStore(path("outturn.sqlite"));
  try {
    return JSON.stringify(await opened.council("DEMO").snapshots());
  } finally {
    await opened.close();
  }
};

describe("Demoshire's closed periods", () => {
  it("closes 2021-22:P1 to 2024-25:P6, and creating the demo again leaves them as they were", async () => {
    const before = await snapshots();
    const periods = JSON.parse(before).map((s: { period: string; frozenBy: string }) => s.period);
    expect(periods).toHaveLength(42);
    expect([periods[0], periods[41]]).toEqual(["2021-22:P1", "2024-25:P6"]);
    expect(JSON.parse(before)[0].frozenBy).toBe("demo generator");
    expect((await cli("demo")).code).toBe(0);
    expect(await snapshots()).toBe(before);
  });
});

describe("outturn movement", () => {
  it("explains the move from the P6 snapshot to the P7 forecast in reasons that add up", async () => {
    const result = await cli("movement", "--period", "2024-25:P7", "--format", "json");
    expect(result.stderr).toBe("");
    const moved = JSON.parse(result.stdout);
    const frozen = JSON.parse(await snapshots()).find((s: { period: string }) => s.period === "2024-25:P6");
    expect([moved.from, moved.to, moved.total.previous]).toEqual([
      "2024-25:P6",
      "2024-25:P7",
      frozen.forecast.total.forecast,
    ]);
    for (const line of moved.lines) {
      expect(line.reasons.reduce((t: number, r: { amount: number }) => t + r.amount, 0)).toBe(line.movement);
    }
    const table = (await cli("movement", "--period", "2024-25:P7")).stdout;
    expect(table).toContain("Demoshire: movement in the forecast outturn from 2024-25:P6 to 2024-25:P7");
    expect(table).toMatch(/Assessment teams: £18,500, ADJ-2024-003: Backdated market supplement/);
  });

  it("needs the period before to be closed", async () => {
    const result = await cli("movement", "--period", "2024-25:P8");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "2024-25:P7 is not closed, so there is no frozen forecast to measure the movement from",
    );
  });
});

describe("outturn close and accuracy", () => {
  it("freezes P7 once and refuses to close it again", async () => {
    const closed = await cli("close", "--period", "2024-25:P7", "--by", "J. Patel");
    expect(closed.stdout).toMatch(
      /^Closed 2024-25:P7 for Demoshire: its forecast outturn of £[\d,]+ is frozen \(by J\. Patel at /,
    );
    const again = await cli("close", "--period", "2024-25:P7");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("2024-25:P7 is already closed for council DEMO (by J. Patel at");
  });

  it("tabulates P3, P6 and P9 of the three closed years against a run-rate forecast", async () => {
    const table = (await cli("accuracy")).stdout;
    expect(table).toMatch(/Error against outturn\s+P3\s+P3 run-rate\s+P6\s+P6 run-rate\s+P9\s+P9 run-rate/);
    expect(table).toMatch(/^2023-24 placements\s+[+-]\d+\.\d%/m);
    expect(table).toMatch(
      /^Placements forecasts at P6 were within ±\d+\.\d% of the outturn in the last 3 years/m,
    );
    const json = JSON.parse((await cli("accuracy", "--format", "json")).stdout);
    expect(json.years).toEqual(["2021-22", "2022-23", "2023-24"]);
    expect(json.summary).toHaveLength(6);
    const csv = (await cli("accuracy", "--format", "csv")).stdout.split("\n");
    expect(csv[0]).toBe(
      "Year,Period,Scope,Cost centre,Forecast (£),Run-rate (£),Outturn (£),Error (£),Error %,Run-rate error (£),Run-rate error %",
    );
  });
});
