/**
 * The audit trail on the web (permission read-audit): GET /audit, a page of 50 changes newest first
 * with filters (register, row, field, person, from and to dates), and /audit.csv and /audit.xlsx, every
 * change the filters keep, values whole and formula-safe. The filters run in the store's SQL.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { isIsoDate } from "../domain/calendar/dates.js";
import { REGISTER_NAMES } from "../domain/registers.js";
import { auditCsv } from "../report/audit-csv.js";
import { auditWorkbook } from "../report/audit-workbook.js";
import type { AuditFilter } from "../store/store.js";
import { councilOf, viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { type AuditQuery, auditPage } from "./pages/audit-page.js";
import { download, XLSX_TYPE } from "./pdf.js";
import { HttpError } from "./requests.js";

export const AUDIT_PAGE_SIZE = 50;
const AUDITED = [...REGISTER_NAMES, "ssda903"];
const FILTERS = ["register", "key", "field", "by", "from", "to"] as const;

type Query = { Querystring: Partial<AuditQuery> & { la?: string; page?: string } };

/** The query's filters, checked: a known register, ISO dates, a whole page number. */
function filtersOf(raw: Query["Querystring"]): { query: AuditQuery; filter: AuditFilter; page: number } {
  const query = Object.fromEntries(
    FILTERS.map((name) => [name, typeof raw[name] === "string" ? raw[name].trim() : ""]),
  ) as unknown as AuditQuery;
  if (query.register && !AUDITED.includes(query.register))
    throw new HttpError(400, `No register "${query.register}"; the registers are ${AUDITED.join(", ")}.`);
  for (const name of ["from", "to"] as const) {
    if (query[name] && !isIsoDate(query[name]))
      throw new HttpError(400, `"${query[name]}" is not a date: give ${name} as YYYY-MM-DD.`);
  }
  const page = raw.page === undefined || raw.page === "" ? 1 : Number(raw.page);
  if (!Number.isInteger(page) || page < 1) throw new HttpError(400, `"${raw.page}" is not a page number.`);
  const filter: AuditFilter = { newestFirst: true };
  for (const name of FILTERS) if (query[name]) filter[name] = query[name];
  return { query, filter, page };
}

async function entries(options: ServerOptions, request: FastifyRequest<Query>) {
  const council = await councilOf(options.store, request);
  const { query, filter, page } = filtersOf(request.query);
  return { council, query, filter, page, store: options.store.council(council.la) };
}

const fileName = (la: string, extension: string) => `${la}-audit.${extension}`;

export function registerAuditRoutes(app: FastifyInstance, options: ServerOptions): void {
  const config = { allow: "read-audit" as const };

  app.get<Query>("/audit", { config }, async (request, reply) => {
    const { council, query, filter, page, store } = await entries(options, request);
    const found = await store.audit({
      ...filter,
      limit: AUDIT_PAGE_SIZE + 1,
      offset: (page - 1) * AUDIT_PAGE_SIZE,
    });
    const html = auditPage({
      council,
      viewer: viewerOf(request),
      query,
      registers: AUDITED,
      entries: found.slice(0, AUDIT_PAGE_SIZE),
      page,
      pageSize: AUDIT_PAGE_SIZE,
      hasOlder: found.length > AUDIT_PAGE_SIZE,
    });
    return reply.type("text/html; charset=utf-8").send(html.text);
  });

  app.get<Query>("/audit.csv", { config }, async (request, reply) => {
    const { council, filter, store } = await entries(options, request);
    const csv = Buffer.from(auditCsv(await store.audit(filter)));
    return download(reply, csv, "text/csv; charset=utf-8", fileName(council.la, "csv"));
  });

  app.get<Query>("/audit.xlsx", { config }, async (request, reply) => {
    const { council, filter, store } = await entries(options, request);
    return download(
      reply,
      await auditWorkbook(await store.audit(filter)),
      XLSX_TYPE,
      fileName(council.la, "xlsx"),
    );
  });
}
