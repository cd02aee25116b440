/**
 * What the scrutiny forms post, turned into the register's rows or errors a person can act on. Each
 * form names the fields it sets; a change starts from the row as saved, a new row from the form's
 * blanks. The row is checked by the register's own layout (the same rules as an imported file),
 * then by the rules across the scrutiny registers, and only the errors about this row are shown.
 * And the live figures an item's links concern, as the reader sees them.
 */
import type { z } from "zod";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { formatPeriodRef } from "../domain/calendar/financial.js";
import { audienceFor, type Reader } from "../domain/disclosure/audience.js";
import type { CouncilRegisters, RegisterRows } from "../domain/registers.js";
import { REGISTER_FIELD } from "../domain/registers.js";
import { newScrutinyErrors } from "../domain/scrutiny/checks.js";
import type { ScrutinyRegister as AnyScrutinyRegister } from "../domain/scrutiny/columns.js";
import type { ScrutinyLink } from "../domain/scrutiny/model.js";
import { LAYOUTS } from "../formats/registers/layouts/index.js";
import { councilForecast } from "../report/demand/council-links.js";
import { councilMeasures } from "../report/measures/council-measures.js";
import { viewFor } from "../report/measures/member-view.js";
import type { LiveFigures } from "../report/scrutiny/linked-figures.js";
import type { Council, Store } from "../store/store.js";
import { checkedRow, type FieldError } from "./pages/form-errors.js";
import { choosePeriod } from "./requests.js";
import { trackerWithScenarios } from "./savings-requests.js";

/** The registers the forms change (the committee report has its own editor). */
export type ScrutinyRegister = Exclude<AnyScrutinyRegister, "committee-reports">;

export interface ScrutinyForm<R extends ScrutinyRegister = ScrutinyRegister> {
  register: R;
  /** The fields the form sets, in the order it shows them. */
  fields: readonly (keyof RegisterRows[R] & string)[];
  /** A new row's other fields, as cells; absent for a form that changes a saved row. */
  blank?: Readonly<Record<string, string>>;
}

const form = <R extends ScrutinyRegister>(f: ScrutinyForm<R>): ScrutinyForm<R> => f;

/** Every form the pages show, by the name its route and page use. */
export const SCRUTINY_FORMS = {
  question: form({
    register: "scrutiny-questions",
    fields: ["ref", "committee", "meeting", "agendaItem", "question", "askedBy", "askedOn", "officer", "due"],
    blank: { response: "", answeredOn: "" },
  }),
  answer: form({ register: "scrutiny-questions", fields: ["response", "answeredOn"] }),
  recommendation: form({
    register: "scrutiny-recommendations",
    fields: ["ref", "committee", "madeOn", "text", "to", "responseDue"],
    blank: { response: "", respondedOn: "", status: "awaiting", rag: "" },
  }),
  response: form({ register: "scrutiny-recommendations", fields: ["status", "response", "respondedOn"] }),
  rag: form({ register: "scrutiny-recommendations", fields: ["rag"] }),
  action: form({
    register: "scrutiny-actions",
    fields: ["ref", "recommendation", "action", "owner", "due"],
    blank: { doneOn: "", progress: "" },
  }),
  progress: form({ register: "scrutiny-actions", fields: ["progress", "doneOn"] }),
  "work-item": form({
    register: "work-programme",
    fields: ["ref", "committee", "meeting", "topic", "purpose", "leadOfficer", "status"],
    blank: {},
  }),
  "work-change": form({
    register: "work-programme",
    fields: ["committee", "meeting", "topic", "purpose", "leadOfficer", "status"],
  }),
  link: form({ register: "scrutiny-links", fields: ["item", "kind", "target", "note"], blank: {} }),
} as const;
export type FormName = keyof typeof SCRUTINY_FORMS;

export type FormValues = Partial<Record<string, string>>;
/** A broken rule of one field, named by its column's header, with the value and the rule. */
export type FormError = FieldError;

/** A saved row's cells as the form shows them: blanks for none. */
export function cellsOf(row: object): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? "" : String(v)]));
}

/** The register's column header of a field, as its template and import errors name it. */
export function headerOf(register: ScrutinyRegister, field: string): string {
  return LAYOUTS[register].columns[field]?.header ?? field;
}

type Rows = RegisterRows[ScrutinyRegister];
const keyOf = (register: ScrutinyRegister, row: object) =>
  LAYOUTS[register].key.map((k) => String((row as Record<string, unknown>)[k])).join("/");

/**
 * The register's rows with the form's row added (no `saved`) or in place of `saved`; or the errors.
 * `saved` is the row as it stands, found by the route from its ref.
 */
export function parseScrutinyForm(
  name: FormName,
  body: FormValues,
  registers: CouncilRegisters,
  saved: Rows | null,
): { row: Rows; rows: Rows[] } | { errors: FormError[] } {
  const spec = SCRUTINY_FORMS[name] as ScrutinyForm;
  const { register } = spec;
  const layout = LAYOUTS[register];
  const given = Object.fromEntries(spec.fields.map((f) => [f, (body[f] ?? "").trim()]));
  const input = { ...(saved ? cellsOf(saved) : spec.blank), ...given };
  const parsed = checkedRow(layout.row as z.ZodType<Rows>, input, (field) => headerOf(register, field));
  if ("errors" in parsed) return parsed;
  const row = parsed.row as Rows;
  const field = REGISTER_FIELD[register];
  const current = registers[field] as Rows[];
  const key = keyOf(register, row);
  if (!saved && current.some((r) => keyOf(register, r) === key)) {
    const first = layout.key[0] as string;
    return {
      errors: [
        {
          field: first,
          header: headerOf(register, first),
          value: key,
          rule: "must be unique; it is saved already",
        },
      ],
    };
  }
  const rows = saved ? current.map((r) => (r === saved ? row : r)) : [...current, row];
  const across = newScrutinyErrors(registers, { ...registers, [field]: rows }).filter(
    (e) => e.register === register && e.row === key,
  );
  if (across.length === 0) return { row, rows };
  return { errors: across.map((e) => ({ field: e.field, header: e.column, value: e.value, rule: e.rule })) };
}

/**
 * The figures the links concern at the period asked for (else the latest with actuals), as the
 * reader sees them; each kind is computed only when an item links to it (so an item linked to
 * nothing shows even before the ledger has actuals).
 */
export async function liveFigures(
  store: Store,
  council: Council,
  registers: CouncilRegisters,
  links: readonly ScrutinyLink[],
  reader: Reader,
  asked: string | undefined,
): Promise<LiveFigures> {
  const latest = latestPeriodWithActuals(registers.actuals);
  if (links.length === 0) return { period: asked ?? (latest ? formatPeriodRef(latest) : "") };
  const at = choosePeriod(asked, latest);
  const period = formatPeriodRef(at);
  const kinds = new Set(links.map((l) => l.kind));
  const councilStore = store.council(council.la);
  const live: LiveFigures = { period };
  if (kinds.has("line")) live.outturn = await councilForecast(councilStore, registers, at);
  if (kinds.has("saving"))
    live.tracker = (await trackerWithScenarios(store, council, registers, period, reader)).tracker;
  if (kinds.has("measure")) {
    const { report, benchmarks } = await councilMeasures(council, councilStore, registers, at);
    live.measures = { view: viewFor(report, audienceFor(reader, registers.assumptions)), benchmarks };
  }
  return live;
}
