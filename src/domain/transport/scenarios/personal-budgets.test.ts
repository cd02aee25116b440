import { describe, expect, it } from "vitest";
import { roundPence } from "../../money/money.js";
import { type Run, transportProblem } from "../../routing/send-problem.js";
import { solve } from "../../routing/solver/index.js";
import { need, smallBook } from "../book.fixture.js";
import type { TransportNeed } from "../book.js";
import { budgetOffers } from "./personal-budgets.js";

const solved = (needs: TransportNeed[], runs: Run[] = ["morning", "afternoon"]) =>
  runs.map((run) => {
    const problem = transportProblem(smallBook(needs), run);
    return { problem, result: solve(problem, { seed: 1, timeLimitMs: 1e9, iterations: 200, now: () => 0 }) };
  });

// The fixture's home (345000, 252000) is 5385 m from school S1: 4.35 road miles at the circuity 1.3.
const miles = (Math.hypot(5_000, 2_000) * 1.3) / 1609.344;

describe("budgetOffers", () => {
  it("sets a pupil riding alone against their whole route, morning and afternoon", () => {
    const runs = solved([need("A")]);
    // Each run: a taxi's £8.00 half day + 11.06 miles (depot, home, school, depot) at £2.10 = £31.22.
    const whole = 2 * 31_22;
    expect(budgetOffers(runs, 45)).toEqual([
      { pupil: "A", marginalDailyCost: whole, budgetDailyCost: roundPence(4 * miles * 45), offered: true },
    ]);
    expect(roundPence(4 * miles * 45)).toBe(783);
    expect(budgetOffers(runs, 20_00)[0]?.offered).toBe(false);
  });

  it("offers nothing to a pupil whose neighbour rides from the same door: they add nothing", () => {
    const offers = budgetOffers(solved([need("A"), need("B")]), 1);
    expect(offers.map((o) => [o.pupil, o.marginalDailyCost, o.offered])).toEqual([
      ["A", 0, false],
      ["B", 0, false],
    ]);
  });

  it("charges the passenger assistant to the pupil who needs one, and keeps them for another who does", () => {
    const alone = budgetOffers(solved([need("A", { assistant: true }), need("B")]), 1);
    // The taxi's assistant costs £72.00 a day, half a run.
    expect(alone.map((o) => [o.pupil, o.marginalDailyCost])).toEqual([
      ["A", 72_00],
      ["B", 0],
    ]);
    const both = budgetOffers(solved([need("A", { assistant: true }), need("B", { assistant: true })]), 1);
    expect(both.map((o) => o.marginalDailyCost)).toEqual([0, 0]);
  });

  it("leaves out a pupil the routes cannot carry", () => {
    const offers = budgetOffers(solved([need("A"), need("B", { homeEasting: 300_000, maxRide: 20 })]), 45);
    expect(offers.map((o) => o.pupil)).toEqual(["A"]);
  });

  it("needs the morning run, where the home-school miles are measured", () => {
    expect(() => budgetOffers(solved([need("A")], ["afternoon"]), 45)).toThrow(/need the morning run/);
  });
});
