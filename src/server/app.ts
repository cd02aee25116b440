/** The HTTP server: the web UI's pages and the JSON API, over one store. */
import Fastify, { type FastifyInstance } from "fastify";
import { budgetYears, latestPeriodWithActuals } from "../domain/budget/ledger.js";
import type { Reader } from "../domain/disclosure/audience.js";
import { councilForecast } from "../report/demand/council-links.js";
import { forecastSentences } from "../report/forecast-sentences.js";
import type { Store } from "../store/store.js";
import { registerApi } from "./api.js";
import { registerDemandRoutes } from "./demand-routes.js";
import { registerMeasuresRoutes } from "./measures-routes.js";
import { errorPage } from "./pages/error-page.js";
import { outturnPage } from "./pages/outturn-page.js";
import { registerReportRoutes } from "./report-routes.js";
import { choosePeriod, councilOrNotFound, HttpError } from "./requests.js";
import { registerSavingsRoutes } from "./savings-routes.js";
import { registerTransportRoutes } from "./transport-routes.js";

export interface ServerOptions {
  store: Store;
  clock: () => Date;
  /**
   * Who reads this server's pages and files: members (the default) see small numbers suppressed and
   * no child-level row; "officer" serves everything, for a server only officers can reach.
   */
  reader?: Reader;
  /**
   * How the transport pages solve a scenario: seconds a run (15 unless given), or an iteration budget
   * (tests); the seed (1) and worker threads (the machine's cores, at most 2). With unsolvedOnStart,
   * every scenario without a plan is solved in the background once the server is ready (a new demo).
   */
  transportSolve?: {
    secondsPerRun?: number;
    iterations?: number;
    seed?: number;
    workers?: number;
    unsolvedOnStart?: boolean;
  };
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.setErrorHandler((error, request, reply) => {
    const known = error instanceof HttpError ? error.status : (error as { statusCode?: number }).statusCode;
    const status = known && known < 500 ? known : 500;
    if (status === 500) console.error(error);
    const message =
      status === 500 ? "Something went wrong on the server; nothing was changed." : (error as Error).message;
    if (request.url.startsWith("/api/")) return reply.code(status).send({ error: message });
    return reply.code(status).type("text/html; charset=utf-8").send(errorPage(status, message).text);
  });

  app.get<{ Querystring: { la?: string; period?: string } }>("/", async (request, reply) => {
    const council = await councilOrNotFound(options.store, request.query.la);
    const registers = await options.store.council(council.la).registers();
    const period = choosePeriod(request.query.period, latestPeriodWithActuals(registers.actuals));
    const outturn = await councilForecast(options.store.council(council.la), registers, period);
    const snapshots = (await options.store.council(council.la).snapshots()).map((s) => s.forecast);
    const sentences = forecastSentences(outturn, registers, snapshots);
    return reply
      .type("text/html; charset=utf-8")
      .send(outturnPage(council, outturn, budgetYears(registers.budgetLines), sentences).text);
  });

  registerApi(app, options);
  registerReportRoutes(app, options);
  registerSavingsRoutes(app, options);
  registerMeasuresRoutes(app, options);
  registerDemandRoutes(app, options);
  registerTransportRoutes(app, options);
  return app;
}
