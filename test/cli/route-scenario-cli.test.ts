/**
 * `outturn route --scenario` from end to end on the demo store (Demoshire and its neighbour
 * Marchford): a scenario solved against today's arrangements, its saving in the text to the penny,
 * the plan kept with --save, and a scenario or council that is not there refused with exit 2.
 * Iteration budgets, not time.
 */
import { describe, expect, it } from "vitest";
import { formatPounds } from "../../src/domain/money/money.js";
import type { ScenarioResult } from "../../src/domain/transport/scenarios/model.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { demoStore } from "../support/cli.js";

describe("outturn route --scenario", () => {
  const { cli, path } = demoStore("outturn-scenario-");

  it("prices Demoshire's shared routes against today, names the saving, and keeps the plan with --save", async () => {
    const run = await cli(
      "route",
      "--scenario",
      "Shared routes",
      "--iterations",
      "1",
      "--workers",
      "1",
      "--save",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);

    const store = await openSqliteStore(path("outturn.sqlite"));
    const plans = await store.council("DEMO").rows("transport-plans");
    const audit = await store.council("DEMO").audit();
    await store.close();
    expect(plans.map((p) => [p.scenario, p.on, p.seed, p.year])).toEqual([
      ["Shared routes", "2024-11-04", 1, "2024-25"],
    ]);
    const [plan] = plans;
    const result = JSON.parse(plan?.result ?? "") as ScenarioResult;
    expect(result).toMatchObject({
      scenario: "Shared routes",
      dailyCost: plan?.dailyCost,
      annualSaving: plan?.annualSaving,
      current: { dailyCost: plan?.currentDailyCost, pupils: 540 },
    });
    expect(result.dailySaving).toBe(result.current.dailyCost - result.dailyCost);
    expect(audit.some((a) => a.register === "transport-plans" && a.key === "Shared routes")).toBe(true);

    const text = run.stdout;
    expect(text).toContain('Demoshire: transport scenario "Shared routes" (shared-routes) on 2024-11-04');
    expect(text).toContain(`Today's arrangements cost ${formatPounds(result.current.dailyCost)} a day`);
    const day = text.split("\n").find((line) => line.startsWith("A school day"));
    expect(day?.split(/ {2,}/)).toEqual(
      ["A school day", result.current.dailyCost, result.dailyCost, result.dailySaving].map((v) =>
        typeof v === "string" ? v : formatPounds(v),
      ),
    );
    expect(text).toContain(`the saving in 2024-25 net of it: ${formatPounds(result.annualSaving)}.`);
    expect(text).toContain("Every pupil carried rides within their own longest ride.");
    expect(text).toContain('Saved as the plan of "Shared routes" (transport-plans).');
    expect(text).not.toMatch(/HT\d{6}/); // no pupil's reference
  });

  it("refuses a scenario the council does not have with exit 2, naming it and the scenarios there are", async () => {
    const unknown = await cli("route", "--scenario", "Taxis for all");
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toContain(
      'Demoshire has no transport scenario "Taxis for all"; its scenarios are ',
    );
    expect(unknown.stderr).toContain('"Shared routes"');
    const neighbour = await cli("route", "--la", "MARCH", "--scenario", "Shared routes");
    expect(neighbour.code).toBe(2);
    expect(neighbour.stderr).toContain(
      'Marchford has no transport scenario "Shared routes"; its scenarios are "With Demoshire"',
    );
    const badDay = await cli("route", "--scenario", "Shared routes", "--on", "4/11/2024");
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--on must be a date written YYYY-MM-DD; got "4/11/2024".');
  });
});
