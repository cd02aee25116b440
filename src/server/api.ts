/**
 * The JSON API. Money is integer pence, dates are ISO. Until sign-in arrives, a change names who
 * made it in its body (`by`), and every change is audited.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { councilForecast, forecastToFreeze } from "../report/demand/council-links.js";
import { StoreError } from "../store/store.js";
import type { ServerOptions } from "./app.js";
import { choosePeriod, councilOrNotFound, HttpError, registerOrNotFound } from "./requests.js";
import {
  councilRegisters,
  mtfpOrNotFound,
  planOptionsFor,
  trackerWithScenarios,
} from "./savings-requests.js";

const WHO_CLOSES = "say who is closing the period";
const Closing = z.object({ by: z.string({ error: WHO_CLOSES }).trim().min(1, WHO_CLOSES) });

const FigureChange = z.object({
  field: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  by: z.string().trim().min(1, "say who is making the change"),
});

export function registerApi(app: FastifyInstance, { store, clock, reader = "member" }: ServerOptions): void {
  app.get("/api/councils", async () => store.councils());

  app.get<{ Params: { la: string }; Querystring: { period?: string } }>(
    "/api/councils/:la/forecast",
    async (request) => {
      const council = await councilOrNotFound(store, request.params.la);
      const registers = await store.council(council.la).registers();
      const period = choosePeriod(request.query.period, latestPeriodWithActuals(registers.actuals));
      return { council, ...(await councilForecast(store.council(council.la), registers, period)) };
    },
  );

  /** The savings tracker for the period's year at its end: each saving's figures, evidence and unevidenced flag. */
  app.get<{ Params: { la: string }; Querystring: { period?: string } }>(
    "/api/councils/:la/savings",
    async (request) => {
      const { council, registers } = await councilRegisters(store, request.params.la);
      const { period, tracker } = await trackerWithScenarios(
        store,
        council,
        registers,
        request.query.period,
        reader,
      );
      return { council, period, ...tracker };
    },
  );

  /** The MTFP and its scenarios (the one asked for, else all). */
  app.get<{ Params: { la: string }; Querystring: { scenario?: string } }>(
    "/api/councils/:la/mtfp",
    async (request) => {
      const { council, registers } = await councilRegisters(store, request.params.la);
      const options = await planOptionsFor(store, council, registers);
      return mtfpOrNotFound(council, registers, request.query.scenario, options);
    },
  );

  app.get<{ Params: { la: string; register: string } }>(
    "/api/councils/:la/registers/:register",
    async (request) => {
      const council = await councilOrNotFound(store, request.params.la);
      return store.council(council.la).rows(registerOrNotFound(request.params.register));
    },
  );

  app.patch<{ Params: { la: string; register: string; key: string } }>(
    "/api/councils/:la/registers/:register/:key",
    async (request, reply) => {
      const council = await councilOrNotFound(store, request.params.la);
      const register = registerOrNotFound(request.params.register);
      const change = FigureChange.safeParse(request.body);
      if (!change.success)
        throw new HttpError(
          400,
          change.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
        );
      const { field, value, by } = change.data;
      try {
        await store.council(council.la).updateFigure(register, request.params.key, field as never, value, {
          by,
          source: "api",
          at: clock().toISOString(),
        });
      } catch (error) {
        throw new HttpError(400, (error as Error).message);
      }
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { la: string; period: string } }>(
    "/api/councils/:la/periods/:period/close",
    async (request, reply) => {
      const council = await councilOrNotFound(store, request.params.la);
      const period = choosePeriod(request.params.period, null);
      const closing = Closing.safeParse(request.body ?? {});
      if (!closing.success) throw new HttpError(400, closing.error.issues.map((i) => i.message).join("; "));
      const councilStore = store.council(council.la);
      const actor = { by: closing.data.by, source: "api", at: clock().toISOString() };
      try {
        const frozen = await forecastToFreeze(councilStore, period);
        const { forecast, ...snapshot } = await councilStore.closePeriod(period, actor, frozen);
        return reply.code(201).send({ ...snapshot, total: forecast.total });
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        throw new HttpError((await councilStore.snapshot(period)) ? 409 : 400, error.message);
      }
    },
  );

  app.get<{ Params: { la: string } }>("/api/councils/:la/audit", async (request) => {
    const council = await councilOrNotFound(store, request.params.la);
    return store.council(council.la).audit();
  });
}
