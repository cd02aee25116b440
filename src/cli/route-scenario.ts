/**
 * `outturn route --scenario NAME`: one of the council's transport scenarios (a transport-scenarios
 * row) solved on the worker threads (both runs, and the partner council's book across the border)
 * and priced against today's arrangements on a school day: by default the first on or after the
 * council's as-at date (the end of the last period with ledger actuals). Prints the comparison as
 * text or the whole ScenarioResult as JSON; --save keeps it as the scenario's transport-plans row.
 * The store is closed while the solver runs.
 */
import { writeFile } from "node:fs/promises";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { isIsoDate } from "../domain/calendar/dates.js";
import { periodEnd } from "../domain/calendar/financial.js";
import { schoolDayCounter } from "../domain/calendar/terms.js";
import type { CouncilRegisters } from "../domain/registers.js";
import { TransportBookError } from "../domain/transport/book-check.js";
import { firstSchoolDay } from "../domain/transport/cost-per-pupil.js";
import { evaluateScenario, type ScenarioInput } from "../domain/transport/scenarios/evaluate.js";
import { planOf, type ScenarioResult, type TransportPlan } from "../domain/transport/scenarios/model.js";
import { BorderPartnerError, borderPartner } from "../report/transport/partner.js";
import type { Council, Store } from "../store/store.js";
import { scenarioSolver } from "../workers/transport-scenario.js";
import { UserError } from "./common.js";
import { actor, chooseCouncil, withStore } from "./context.js";
import { progressBar } from "./progress.js";
import type { RouteSettings } from "./route-output.js";
import { scenarioText } from "./route-scenario-text.js";

export interface ScenarioCommand {
  scenario: string;
  la: string | undefined;
  on: string | undefined;
  save: boolean;
  format: "json" | "text";
  out: string | undefined;
  settings: RouteSettings;
}

/** What the JSON form prints: the council, how it was solved, and the whole result (child-level: officers only). */
export interface ScenarioReport {
  council: { la: string; name: string };
  settings: RouteSettings;
  seconds: number;
  saved: boolean;
  result: ScenarioResult;
}

const refuse = (message: string) => new UserError(message, 2);

/** The first school day on or after the council's as-at date, for a council with ledger actuals. */
function defaultDay(council: Council, registers: CouncilRegisters): string {
  const latest = latestPeriodWithActuals(registers.actuals);
  if (!latest)
    throw refuse(
      `${council.name} has no ledger actuals, so no as-at date to take the book on; give --on with a school day (YYYY-MM-DD).`,
    );
  const asAt = periodEnd(latest);
  const day = firstSchoolDay(asAt, schoolDayCounter(registers));
  if (!day)
    throw refuse(
      `${council.name}'s term calendar has no school day in the 60 days from its as-at date ${asAt}; give --on with a school day.`,
    );
  return day;
}

/** The scenario, its council and partner, and the day, read from the store. */
async function scenarioInput(
  store: Store,
  c: ScenarioCommand,
): Promise<{ council: Council; input: ScenarioInput }> {
  const council = await chooseCouncil(store, c.la).catch((error: unknown) => {
    throw error instanceof UserError ? refuse(error.message) : error;
  });
  const registers = await store.council(council.la).registers();
  const scenario = registers.transportScenarios.find((s) => s.scenario === c.scenario);
  if (!scenario) {
    const names = registers.transportScenarios.map((s) => `"${s.scenario}"`);
    throw refuse(
      `${council.name} has no transport scenario "${c.scenario}"; ${names.length === 0 ? "it has none (add rows to transport-scenarios)" : `its scenarios are ${names.join(", ")}`}.`,
    );
  }
  if (c.on !== undefined && !isIsoDate(c.on))
    throw refuse(`--on must be a date written YYYY-MM-DD; got "${c.on}".`);
  const input: ScenarioInput = {
    registers,
    scenario,
    on: c.on ?? defaultDay(council, registers),
    la: council.la,
    name: council.name,
  };
  try {
    const partner = await borderPartner(store, council, scenario);
    if (partner) input.partner = partner;
  } catch (error) {
    if (error instanceof BorderPartnerError) throw refuse(error.message);
    throw error;
  }
  return { council, input };
}

/** The scenario's plan as a transport-plans row, written over any earlier one, audited as the user's. */
async function savePlan(store: Store, la: string, plan: TransportPlan): Promise<void> {
  const councilStore = store.council(la);
  const others = (await councilStore.rows("transport-plans")).filter((p) => p.scenario !== plan.scenario);
  await councilStore.replace("transport-plans", [...others, plan], actor(undefined, "cli route --scenario"));
}

export async function scenarioCommand(c: ScenarioCommand, store: () => string): Promise<void> {
  const { council, input } = await withStore(store(), (s) => scenarioInput(s, c));
  const bar = progressBar(`${council.name}: ${c.scenario}`);
  const solveRun = scenarioSolver({
    seed: c.settings.seed,
    secondsPerRun: c.settings.timeLimitSeconds,
    workers: c.settings.workers,
    ...(c.settings.iterations === null ? {} : { iterations: c.settings.iterations }),
    progress: (p) => bar.update(Math.round(p.done * 100), 100, `solve ${p.solve}: ${p.problem}`),
  });
  const solvedAt = new Date().toISOString();
  const started = performance.now();
  let result: ScenarioResult;
  try {
    result = await evaluateScenario(input, solveRun);
  } catch (error) {
    throw error instanceof TransportBookError ? refuse(error.message) : error;
  } finally {
    bar.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  if (c.save)
    await withStore(store(), (s) =>
      savePlan(s, council.la, planOf(result, { solvedAt, seed: c.settings.seed, seconds })),
    );
  const report: ScenarioReport = {
    council: { la: council.la, name: council.name },
    settings: c.settings,
    seconds,
    saved: c.save,
    result,
  };
  const text = c.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : scenarioText(report);
  if (c.out === undefined) process.stdout.write(text);
  else {
    await writeFile(c.out, text);
    console.log(`Wrote ${c.out}`);
  }
}
