/**
 * A server started with unsolvedOnStart (as `outturn serve` does for a new demo) solves, in the
 * background, every scenario that has no plan, so the members' comparison fills in by itself.
 */
import { describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { signedIn } from "../support/sign-in.js";

describe("transport scenarios solved when the server starts", () => {
  it("solves each scenario without a plan in the background and keeps its plan", async () => {
    const store = await openSqliteStore(":memory:");
    await store.migrate();
    const by = { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" };
    await loadDemo(store, by);
    const demo = store.council("DEMO");
    const shared = (await demo.rows("transport-scenarios")).filter((s) => s.scenario === "Shared routes");
    await demo.replace("transport-scenarios", shared, by);
    const clock = () => new Date("2024-11-04T10:00:00Z");
    const transportSolve = { iterations: 5, secondsPerRun: 600, workers: 1, unsolvedOnStart: true };
    const app = await buildServer({ store, clock, transportSolve });
    await app.ready();
    let plans = await demo.rows("transport-plans");
    for (let waited = 0; plans.length === 0 && waited < 240; waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      plans = await demo.rows("transport-plans");
    }
    expect(plans.map((p) => [p.scenario, p.on])).toEqual([["Shared routes", "2024-11-04"]]);
    const member = await signedIn(app, store, "member", "DEMO");
    const page = await member.inject({ url: "/transport?la=DEMO" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Shared routes");
    expect(page.body).not.toContain("not solved yet");
    await app.close();
    await store.close();
  }, 180_000);
});
