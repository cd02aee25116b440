/**
 * SEND transport scenarios on the web: /transport (the comparison, and on an officers' server the
 * Solve buttons and the editor), /transport/scenarios/:scenario (its sentences and comparison row;
 * for officers the maps, route and pupil tables and the operators' workbook at .../routes.xlsx), and
 * the solve: a post starts a job in this process (transport-jobs.ts) whose progress the page's bar
 * polls at /api/transport/jobs/current. A member's server has no editor, solve, map, pupil or workbook.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { SCENARIO_PARAMETERS } from "../domain/transport/scenario-check.js";
import { SCENARIO_SOLVES, type TransportScenario } from "../domain/transport/scenarios/model.js";
import { scenarioWorkbook } from "../report/transport/workbook.js";
import type { ServerOptions } from "./app.js";
import { transportLinks } from "./links.js";
import { formValues, parseTransportForm, type TransportFormValues } from "./pages/transport-form.js";
import { transportPage } from "./pages/transport-page.js";
import { scenarioPage } from "./pages/transport-scenario-page.js";
import { download, XLSX_TYPE } from "./pdf.js";
import { HttpError } from "./requests.js";
import { requireSameOrigin } from "./same-origin.js";
import { progressWords, shareDone, solveAndSave, transportJobs } from "./transport-jobs.js";
import { scenarioOrNotFound, type TransportQuery, transportRequest } from "./transport-requests.js";

type Query = { Querystring: TransportQuery };
type Scenario = Query & { Params: { scenario: string } };
type Post = Query & { Body: TransportFormValues };

/** The fields a solve depends on: changing any of them sets the scenario's plan aside. */
const SOLVED_BY: readonly (keyof TransportScenario)[] = ["policy", ...SCENARIO_PARAMETERS];
const sameSolve = (a: TransportScenario, b: TransportScenario) =>
  SOLVED_BY.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));

const officersOnly = (what: string) =>
  new HttpError(403, `${what} only on an officers' server; here the transport pages are read-only.`);

export function registerTransportRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store, clock, reader = "member" } = options;
  const officer = reader === "officer";
  const jobs = transportJobs();
  const load = (query: TransportQuery) =>
    transportRequest(store, query, reader, clock().toISOString().slice(0, 10));
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
      const { registers, on } = await load({ la: council.la });
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

  app.get<Query>("/transport", async (request, reply) => {
    const r = await load(request.query);
    const change = request.query.change;
    const job = jobs.status(r.council.la);
    if (!change || !officer) return page(reply, transportPage(r, job));
    return page(reply, transportPage(r, job, { values: formValues(scenarioOrNotFound(r, change).scenario) }));
  });

  app.get<Scenario>("/transport/scenarios/:scenario", async (request, reply) => {
    const r = await load(request.query);
    const row = scenarioOrNotFound(r, request.params.scenario);
    return page(reply, scenarioPage(r, row, jobs.status(r.council.la)));
  });

  app.get<Scenario>("/transport/scenarios/:scenario/routes.xlsx", async (request, reply) => {
    if (!officer) throw officersOnly("The operators' workbook names pupils, so it is served");
    const r = await load(request.query);
    const row = scenarioOrNotFound(r, request.params.scenario);
    if (!row.result)
      throw new HttpError(
        404,
        `Scenario "${row.scenario.scenario}" has not been solved yet, so there are no routes to download.`,
      );
    const name = `${r.council.la}-transport-${row.scenario.scenario.replace(/[^A-Za-z0-9]+/g, "-")}.xlsx`;
    return download(reply, await scenarioWorkbook(row.result, row.scenario), XLSX_TYPE, name);
  });

  app.get<Query>("/api/transport/jobs/current", async (request) => {
    if (!officer) throw officersOnly("Scenarios are solved");
    const r = await load(request.query);
    const status = jobs.status(r.council.la);
    return { ...status, share: shareDone(status), words: progressWords(status) };
  });

  // The posts in their own scope, so the form body parser is theirs alone; each only from this server's own page.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    async function editable(
      request: { headers: Record<string, unknown>; query: TransportQuery },
      what: string,
    ) {
      if (!officer) throw officersOnly(what);
      requireSameOrigin(request as never);
      return load(request.query);
    }
    const actor = () => ({ by: "web", source: "web", at: clock().toISOString() });

    scope.post<Post>("/transport/scenarios", async (request, reply) => {
      const r = await editable(request, "Scenarios are changed");
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
          actor(),
        );
      await council.replace("transport-scenarios", parsed.rows, actor());
      return reply.redirect(`${transportLinks(r.council.la).to("/transport")}#comparison`, 303);
    });

    scope.post<Post>("/transport/scenarios/remove", async (request, reply) => {
      const r = await editable(request, "Scenarios are changed");
      const name = request.body?.scenario ?? "";
      const { scenario } = scenarioOrNotFound(r, name);
      const council = store.council(r.council.la);
      await council.replace(
        "transport-plans",
        r.registers.transportPlans.filter((p) => p.scenario !== scenario.scenario),
        actor(),
      );
      await council.replace(
        "transport-scenarios",
        r.registers.transportScenarios.filter((s) => s.scenario !== scenario.scenario),
        actor(),
      );
      return reply.redirect(`${transportLinks(r.council.la).to("/transport")}#comparison`, 303);
    });

    scope.post<Scenario>("/transport/scenarios/:scenario/solve", async (request, reply) => {
      const r = await editable(request, "Scenarios are solved");
      const { scenario } = scenarioOrNotFound(r, request.params.scenario);
      const { council, registers, on } = r;
      const started = jobs.start(
        council.la,
        scenario.scenario,
        SCENARIO_SOLVES[scenario.policy],
        (progress) => solveAndSave({ store, council, registers, scenario, on, settings, clock }, progress),
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
  });
}
