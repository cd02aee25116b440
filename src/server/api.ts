/**
 * The JSON API, for the signed-in viewer's own council. Money is integer pence, dates are ISO. A
 * change is made and audited as the viewer (any `by` in the body is ignored), and carries the
 * session's CSRF token in the x-csrf-token header. Each register is its own route, so the route table
 * shows what reading or changing it needs (sign-in/register-permissions.ts).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { keyOf, REGISTER_NAMES, type RegisterName } from "../domain/registers.js";
import { SCRUTINY_REGISTERS } from "../domain/scrutiny/columns.js";
import { crossRegisterErrors } from "../formats/import.js";
import { councilForecast, forecastToFreeze } from "../report/demand/council-links.js";
import { type CouncilStore, StoreError } from "../store/store.js";
import { councilOf, viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { choosePeriod, forecastAsRead, HttpError, registerOrNotFound } from "./requests.js";
import { councilRegisters, mtfpOrNotFound, planOptionsFor, viewerTracker } from "./savings-requests.js";
import { REGISTER_PERMISSIONS } from "./sign-in/register-permissions.js";

const FigureChange = z.object({
  field: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});

const READ = { config: { allow: "read" as const } };

/**
 * A change to a scrutiny row is checked against the rules across the scrutiny registers (its fields
 * are text and dates, so the value is the field's own); a change that would break one is refused.
 */
async function refuseBrokenRules(
  councilStore: CouncilStore,
  register: RegisterName,
  key: string,
  field: string,
  value: unknown,
): Promise<void> {
  if (!(SCRUTINY_REGISTERS as readonly string[]).includes(register)) return;
  const rows = await councilStore.rows(register);
  const changed = rows.map((row) => (keyOf(register, row) === key ? { ...row, [field]: value } : row));
  const errors = await crossRegisterErrors(
    councilStore,
    register,
    changed,
    `the change to ${register} ${key}`,
  );
  if (errors.length > 0)
    throw new HttpError(400, errors.map((e) => `${e.column} is "${e.value}", but ${e.rule}`).join("; "));
}

export function registerApi(app: FastifyInstance, { store, clock }: ServerOptions): void {
  const actor = (request: FastifyRequest) => ({
    by: viewerOf(request).username,
    source: "api",
    at: clock().toISOString(),
  });

  app.get("/api/councils", READ, async (request) => [await councilOf(store, request)]);

  app.get<{ Params: { la: string }; Querystring: { period?: string } }>(
    "/api/councils/:la/forecast",
    READ,
    async (request) => {
      const council = await councilOf(store, request);
      const registers = await store.council(council.la).registers();
      const period = choosePeriod(request.query.period, latestPeriodWithActuals(registers.actuals));
      const outturn = await councilForecast(store.council(council.la), registers, period);
      return { council, ...forecastAsRead(outturn, viewerOf(request).reader) };
    },
  );

  /** The savings tracker for the period's year at its end: each saving's figures, evidence and unevidenced flag. */
  app.get<{ Params: { la: string }; Querystring: { period?: string } }>(
    "/api/councils/:la/savings",
    READ,
    async (request) => {
      const { council, period, tracker } = await viewerTracker(store, request);
      return { council, period, ...tracker };
    },
  );

  /** The MTFP and its scenarios (the one asked for, else all). */
  app.get<{ Params: { la: string }; Querystring: { scenario?: string } }>(
    "/api/councils/:la/mtfp",
    READ,
    async (request) => {
      const { council, registers } = await councilRegisters(store, request);
      const options = await planOptionsFor(store, council, registers);
      return mtfpOrNotFound(council, registers, request.query.scenario, options);
    },
  );

  for (const register of REGISTER_NAMES) registerRoutes(register);
  // A register Outturn does not have: the same 404 whatever the role.
  const noRegister = async (request: FastifyRequest<{ Params: { register: string } }>) => {
    await councilOf(store, request);
    return registerOrNotFound(request.params.register);
  };
  app.get("/api/councils/:la/registers/:register", READ, noRegister);
  app.patch("/api/councils/:la/registers/:register/:key", READ, noRegister);

  function registerRoutes(register: RegisterName) {
    const { read, edit } = REGISTER_PERMISSIONS[register];
    app.get(`/api/councils/:la/registers/${register}`, { config: { allow: read } }, async (request) => {
      const council = await councilOf(store, request);
      return store.council(council.la).rows(register);
    });

    app.patch<{ Params: { la: string; key: string } }>(
      `/api/councils/:la/registers/${register}/:key`,
      { config: { allow: edit } },
      async (request, reply) => {
        const council = await councilOf(store, request);
        const change = FigureChange.safeParse(request.body);
        if (!change.success)
          throw new HttpError(
            400,
            change.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
          );
        const { field, value } = change.data;
        const councilStore = store.council(council.la);
        await refuseBrokenRules(councilStore, register, request.params.key, field, value);
        try {
          await councilStore.updateFigure(
            register,
            request.params.key,
            field as never,
            value,
            actor(request),
          );
        } catch (error) {
          throw new HttpError(400, (error as Error).message);
        }
        return reply.code(204).send();
      },
    );
  }

  app.post<{ Params: { la: string; period: string } }>(
    "/api/councils/:la/periods/:period/close",
    { config: { allow: "edit-finance" } },
    async (request, reply) => {
      const council = await councilOf(store, request);
      const period = choosePeriod(request.params.period, null);
      const councilStore = store.council(council.la);
      try {
        const frozen = await forecastToFreeze(councilStore, period);
        const { forecast, ...snapshot } = await councilStore.closePeriod(period, actor(request), frozen);
        return reply.code(201).send({ ...snapshot, total: forecast.total });
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        throw new HttpError((await councilStore.snapshot(period)) ? 409 : 400, error.message);
      }
    },
  );

  app.get<{ Params: { la: string } }>(
    "/api/councils/:la/audit",
    { config: { allow: "read-audit" } },
    async (request) => {
      const council = await councilOf(store, request);
      return store.council(council.la).audit();
    },
  );
}
