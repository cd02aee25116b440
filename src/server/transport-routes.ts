/**
 * SEND transport scenarios on the web: /transport (the comparison, and for a role that may edit
 * scenarios the Solve buttons and the editor), /transport/scenarios/:scenario (its sentences and
 * comparison row; for a role that may see child-level rows the maps, route and pupil tables and the
 * operators' workbook at .../routes.xlsx), and the solve: a post starts a job in this process
 * (transport-jobs.ts) whose progress the page's bar polls at /api/transport/jobs/current. A member
 * sees no editor, solve, map, pupil or workbook.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { can } from "../domain/access/roles.js";
import { SCENARIO_PARAMETERS } from "../domain/transport/scenario-check.js";
import { SCENARIO_SOLVES, type TransportScenario } from "../domain/transport/scenarios/model.js";
import { scenarioWorkbook } from "../report/transport/workbook.js";
import { councilOf, viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { transportLinks } from "./links.js";
import { formValues, parseTransportForm, type TransportFormValues } from "./pages/transport-form.js";
import { transportPage } from "./pages/transport-page.js";
import { scenarioPage } from "./pages/transport-scenario-page.js";
import { download, XLSX_TYPE } from "./pdf.js";
import { HttpError } from "./requests.js";
import { progressWords, shareDone, solveAndSave, transportJobs } from "./transport-jobs.js";
import {
  scenarioOrNotFound,
  type TransportQuery,
  transportBook,
  transportRequest,
} from "./transport-requests.js";

type Query = { Querystring: TransportQuery };
type Scenario = Query & { Params: { scenario: string } };
type Post = Query & { Body: TransportFormValues };

/** The fields a solve depends on: changing any of them sets the scenario's plan aside. */
const SOLVED_BY: readonly (keyof TransportScenario)[] = ["policy", ...SCENARIO_PARAMETERS];
const sameSolve = (a: TransportScenario, b: TransportScenario) =>
  SOLVED_BY.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));

const READ = { config: { allow: "read" as const } };
const EDIT = { config: { allow: "edit-scenarios" as const } };

export function registerTransportRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store, clock } = options;
  const jobs = transportJobs();
  const today = () => clock().toISOString().slice(0, 10);
  const load = (request: FastifyRequest<Query>) => transportRequest(store, request, today());
  const settings = {
    secondsPerRun: options.transportSolve?.secondsPerRun ?? 15,
    seed: options.transportSolve?.seed ?? 1,
    ...(options.transportSolve?.iterations ? { iterations: options.transportSolve.iterations } : {}),
    ...(options.transportSolve?.workers ? { workers: options.transportSolve.workers } : {}),
  };

  /** Every council's scenarios without a plan, solved one after another as jobs (each seen on its page). */
  let closing = false;
  const solveUnsolved = async () => {
    for (const council of await store.councils()) {
      const { registers, on } = await transportBook(store, council, "officer", today());
      const solved = new Set(registers.transportPlans.map((p) => p.scenario));
      for (const scenario of registers.transportScenarios.filter((s) => !solved.has(s.scenario))) {
        if (closing) return;
        jobs.start(council.la, scenario.scenario, SCENARIO_SOLVES[scenario.policy], (progress) =>
          solveAndSave({ store, council, registers, scenario, on, settings, clock }, progress),
        );
        await jobs.settled();
      }
    }
  };
  let background: Promise<void> = Promise.resolve();
  if (options.transportSolve?.unsolvedOnStart)
    app.addHook("onReady", async () => {
      background = solveUnsolved().catch((error: unknown) => console.error(error));
    });
  // Closing stops before the next scenario; the one being solved finishes and is kept.
  app.addHook("onClose", async () => {
    closing = true;
    await background;
    await jobs.settled();
  });

  const page = (reply: FastifyReply, html: string, status = 200) =>
    reply.code(status).type("text/html; charset=utf-8").send(html);

  app.get<Query>("/transport", READ, async (request, reply) => {
    const r = await load(request);
    const change = request.query.change;
    const job = jobs.status(r.council.la);
    if (!change || !can(r.viewer.role, "edit-scenarios")) return page(reply, transportPage(r, job));
    return page(reply, transportPage(r, job, { values: formValues(scenarioOrNotFound(r, change).scenario) }));
  });

  app.get<Scenario>("/transport/scenarios/:scenario", READ, async (request, reply) => {
    const r = await load(request);
    const row = scenarioOrNotFound(r, request.params.scenario);
    return page(reply, scenarioPage(r, row, jobs.status(r.council.la)));
  });

  // The operators' workbook names pupils.
  app.get<Scenario>(
    "/transport/scenarios/:scenario/routes.xlsx",
    { config: { allow: "read-child-level" } },
    async (request, reply) => {
      const r = await load(request);
      const row = scenarioOrNotFound(r, request.params.scenario);
      if (!row.result)
        throw new HttpError(
          404,
          `Scenario "${row.scenario.scenario}" has not been solved yet, so there are no routes to download.`,
        );
      const name = `${r.council.la}-transport-${row.scenario.scenario.replace(/[^A-Za-z0-9]+/g, "-")}.xlsx`;
      return download(reply, await scenarioWorkbook(row.result, row.scenario), XLSX_TYPE, name);
    },
  );

  app.get<Query>("/api/transport/jobs/current", READ, async (request) => {
    const status = jobs.status((await councilOf(store, request)).la);
    return { ...status, share: shareDone(status), words: progressWords(status) };
  });

  // The posts: the guard has checked the role, the CSRF token and that the form came from this server.
  const actor = (request: FastifyRequest) => ({
    by: viewerOf(request).username,
    source: "web",
    at: clock().toISOString(),
  });

  app.post<Post>("/transport/scenarios", EDIT, async (request, reply) => {
    const r = await load(request);
    const saved = r.registers.transportScenarios;
    const parsed = parseTransportForm(request.body ?? {}, r.registers, r.council.la);
    if ("errors" in parsed)
      return page(
        reply,
        transportPage(r, jobs.status(r.council.la), { values: request.body, errors: parsed.errors }),
        400,
      );
    const before = saved.find((s) => s.scenario === request.body?.original);
    const council = store.council(r.council.la);
    if (before && (before.scenario !== parsed.row.scenario || !sameSolve(before, parsed.row)))
      await council.replace(
        "transport-plans",
        r.registers.transportPlans.filter((p) => p.scenario !== before.scenario),
        actor(request),
      );
    await council.replace("transport-scenarios", parsed.rows, actor(request));
    return reply.redirect(`${transportLinks(r.council.la).to("/transport")}#comparison`, 303);
  });

  app.post<Post>("/transport/scenarios/remove", EDIT, async (request, reply) => {
    const r = await load(request);
    const name = request.body?.scenario ?? "";
    const { scenario } = scenarioOrNotFound(r, name);
    const council = store.council(r.council.la);
    await council.replace(
      "transport-plans",
      r.registers.transportPlans.filter((p) => p.scenario !== scenario.scenario),
      actor(request),
    );
    await council.replace(
      "transport-scenarios",
      r.registers.transportScenarios.filter((s) => s.scenario !== scenario.scenario),
      actor(request),
    );
    return reply.redirect(`${transportLinks(r.council.la).to("/transport")}#comparison`, 303);
  });

  app.post<Scenario>("/transport/scenarios/:scenario/solve", EDIT, async (request, reply) => {
    const r = await load(request);
    const { scenario } = scenarioOrNotFound(r, request.params.scenario);
    const { council, registers, on } = r;
    const started = jobs.start(council.la, scenario.scenario, SCENARIO_SOLVES[scenario.policy], (progress) =>
      solveAndSave({ store, council, registers, scenario, on, settings, clock }, progress),
    );
    if (!started) {
      const running = jobs.status(council.la).scenario;
      throw new HttpError(
        409,
        `Scenario "${running}" is being solved for ${council.name}; one scenario is solved at a time, so try again when it has finished.`,
      );
    }
    return reply.redirect(transportLinks(r.council.la).scenario(scenario.scenario), 303);
  });
}
