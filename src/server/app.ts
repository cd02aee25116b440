/**
 * The HTTP server: the web UI's pages and the JSON API, over one store. The guard (sign-in/guard.ts)
 * comes first, so every route after it declares the permission it needs and sees who is asking.
 */
import fastifyCookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { budgetYears, latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { councilForecast } from "../report/demand/council-links.js";
import { forecastSentences } from "../report/forecast-sentences.js";
import type { Store } from "../store/store.js";
import { councilOf, viewerOf } from "./access.js";
import { registerApi } from "./api.js";
import { registerAuditRoutes } from "./audit-routes.js";
import { registerCommitteeRoutes } from "./committee-routes.js";
import { registerDemandRoutes } from "./demand-routes.js";
import { registerMeasuresRoutes } from "./measures-routes.js";
import { registerPageCache } from "./page-cache.js";
import { errorPage } from "./pages/error-page.js";
import { outturnPage } from "./pages/outturn-page.js";
import { registerReportRoutes } from "./report-routes.js";
import { choosePeriod, forecastAsRead, HttpError } from "./requests.js";
import { registerSavingsRoutes } from "./savings-routes.js";
import { registerScrutinyRoutes } from "./scrutiny-routes.js";
import { registerGuard } from "./sign-in/guard.js";
import { registerSignInRoutes } from "./sign-in/routes.js";
import { registerUsersRoutes } from "./sign-in/users-routes.js";
import { registerTransportRoutes } from "./transport-routes.js";

export interface ServerOptions {
  store: Store;
  clock: () => Date;
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
  await app.register(fastifyCookie);
  registerGuard(app, () => options.store.access(), options.clock);
  registerPageCache(app, options);
  // Forms post urlencoded: one parser for every route, read as a plain object of strings.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string" },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  app.setErrorHandler((error, request, reply) => {
    const known = error instanceof HttpError ? error.status : (error as { statusCode?: number }).statusCode;
    const status = known && known < 500 ? known : 500;
    if (status === 500) console.error(error);
    const message =
      status === 500 ? "Something went wrong on the server; nothing was changed." : (error as Error).message;
    if (request.url.startsWith("/api/")) return reply.code(status).send({ error: message });
    return reply
      .code(status)
      .type("text/html; charset=utf-8")
      .send(errorPage(status, message, request.viewer).text);
  });

  app.get<{ Querystring: { la?: string; period?: string } }>(
    "/",
    { config: { allow: "read" } },
    async (request, reply) => {
      const council = await councilOf(options.store, request);
      const registers = await options.store.council(council.la).registers();
      const period = choosePeriod(request.query.period, latestPeriodWithActuals(registers.actuals));
      const outturn = await councilForecast(options.store.council(council.la), registers, period);
      const snapshots = (await options.store.council(council.la).snapshots()).map((s) => s.forecast);
      const sentences = forecastSentences(outturn, registers, snapshots);
      return reply
        .type("text/html; charset=utf-8")
        .send(
          outturnPage(
            viewerOf(request),
            council,
            forecastAsRead(outturn, viewerOf(request).reader),
            budgetYears(registers.budgetLines),
            sentences,
          ).text,
        );
    },
  );

  registerSignInRoutes(app, options);
  registerUsersRoutes(app, options);
  registerApi(app, options);
  registerReportRoutes(app, options);
  registerSavingsRoutes(app, options);
  registerMeasuresRoutes(app, options);
  registerDemandRoutes(app, options);
  registerTransportRoutes(app, options);
  registerScrutinyRoutes(app, options);
  registerAuditRoutes(app, options);
  registerCommitteeRoutes(app, options);
  return app;
}
