/**
 * The transport scenario editor on an officers' server: one form to add a scenario to the
 * transport-scenarios register or change one (opened with its values), and a button to remove each.
 * A row is checked by the register's own layout (the same rules as an imported file) and every broken
 * rule is shown naming the field, its header, the value and the rule.
 */
import { toDecimalPounds } from "../../domain/money/money.js";
import { type ScenarioBook, transportScenarioErrors } from "../../domain/transport/scenario-check.js";
import { TRANSPORT_POLICIES, type TransportScenario } from "../../domain/transport/scenarios/model.js";
import { LAYOUTS } from "../../formats/registers/layouts/index.js";
import { type Html, html } from "../html.js";
import { checkedRow, type FieldError } from "./form-errors.js";

const layout = LAYOUTS["transport-scenarios"];
type Field = keyof TransportScenario & string;
/** The register's columns in the template's order; `original` names the scenario being changed. */
const FIELDS = Object.keys(layout.columns) as Field[];
export type TransportFormValues = Partial<Record<Field | "original", string>>;

const columnOf = (field: string) => layout.columns[field];

/** A saved row as the form shows it: money in pounds, lists separated by ";", blanks for none. */
export function formValues(row: TransportScenario): TransportFormValues {
  const text = (field: Field): string => {
    const value = row[field];
    if (value === null) return "";
    if (Array.isArray(value)) return value.join("; ");
    if (columnOf(field)?.kind === "money" && typeof value === "number") return toDecimalPounds(value);
    return String(value);
  };
  return { ...Object.fromEntries(FIELDS.map((f) => [f, text(f)])), original: row.scenario };
}

/** A broken rule of one field, or a sentence for a rule across registers. */
export type FormError = FieldError | string;

/**
 * The form checked against the register's layout, the names already saved and the rules across
 * registers (scenario-check.ts); the council's scenarios with the row added, or in place of the one
 * it changes.
 */
export function parseTransportForm(
  body: TransportFormValues,
  registers: ScenarioBook,
  la: string,
): { row: TransportScenario; rows: TransportScenario[] } | { errors: FormError[] } {
  const saved = registers.transportScenarios;
  const input = Object.fromEntries(FIELDS.map((f) => [f, (body[f] ?? "").trim()]));
  const parsed = checkedRow(layout.row, input, (field) => columnOf(field)?.header ?? field);
  if ("errors" in parsed) return parsed;
  const { row } = parsed;
  const original = (body.original ?? "").trim();
  if (original && !saved.some((s) => s.scenario === original))
    return {
      errors: [
        {
          field: "scenario",
          header: "Scenario",
          value: original,
          rule: "is no longer saved, so it cannot be changed",
        },
      ],
    };
  if (row.scenario !== original && saved.some((s) => s.scenario === row.scenario))
    return {
      errors: [
        {
          field: "scenario",
          header: columnOf("scenario")?.header ?? "Scenario",
          value: row.scenario,
          rule: "must be unique; a scenario of that name is saved already",
        },
      ],
    };
  const rows = original ? saved.map((s) => (s.scenario === original ? row : s)) : [...saved, row];
  const mine = `transport-scenarios ${row.scenario}:`;
  const across = transportScenarioErrors({ ...registers, transportScenarios: rows }, la).filter((e) =>
    e.startsWith(mine),
  );
  return across.length > 0 ? { errors: across } : { row, rows };
}

const STYLE = `
form.transport{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:8px 16px;margin:8px 0 16px;padding:10px;border:1px solid #dde1e6;background:#f7f9fb}
form.transport label{display:flex;flex-direction:column;font-size:12px;gap:2px}form.transport .wide{grid-column:1/-1}
form.transport input,form.transport select{font:inherit;padding:3px}.errors{color:#b3261e;font-weight:600}
form.remove{display:inline}form.remove button{margin:2px 8px 2px 0}
@media print{.editor{display:none}}`;

function input(field: Field, values: TransportFormValues): Html {
  const column = columnOf(field);
  const value = values[field] ?? "";
  const control =
    field === "policy"
      ? html`<select name="policy">${TRANSPORT_POLICIES.map((p) => html`<option value="${p}"${p === value ? html` selected` : ""}>${p}</option>`)}</select>`
      : html`<input name="${field}" type="${column?.kind === "date" ? "date" : "text"}" value="${value}">`;
  const wide = field === "note" || field === "trained" ? "wide" : "";
  return html`<label class="${wide}" title="${column?.description ?? ""}">${column?.header ?? field}${control}</label>`;
}

export interface TransportEditor {
  /** Where the form posts to add or change, and to remove. */
  save: string;
  remove: string;
  /** The hidden CSRF field (csrfField) each of the editor's forms carries. */
  csrf: Html;
  saved: readonly TransportScenario[];
  values?: TransportFormValues;
  errors?: readonly FormError[];
}

/** The editor: any errors, the form (changing `values.original` when set), and a button to remove each scenario. */
export function transportEditor(editor: TransportEditor): Html {
  const values = editor.values ?? {};
  const errors = editor.errors ?? [];
  const changing = values.original ?? "";
  return html`<div id="scenario-editor" class="editor"><style>${STYLE}</style>
<h3>${changing ? html`Change scenario "${changing}"` : "Add a scenario"}</h3>
<p class="intro">A scenario is saved in the transport-scenarios register, checked by the same rules as an imported file, and every change is in the audit trail. Changing what a scenario solves, or its name, sets its plan aside until it is solved again.</p>
${errors.length > 0 ? html`<ul class="errors" role="alert">${errors.map((e) => (typeof e === "string" ? html`<li>${e}</li>` : html`<li data-field="${e.field}">${e.header}${e.value ? html` "${e.value}"` : ""}: ${e.rule}</li>`))}</ul>` : ""}
<form class="transport" method="post" action="${editor.save}">${editor.csrf}<input type="hidden" name="original" value="${changing}">
${FIELDS.map((f) => input(f, values))}
<div class="wide"><button type="submit">${changing ? "Save changes" : "Add scenario"}</button></div></form>
${editor.saved.map(
  (s) =>
    html`<form class="remove" method="post" action="${editor.remove}">${editor.csrf}<input type="hidden" name="scenario" value="${s.scenario}"><button type="submit" data-remove="${s.scenario}">Remove "${s.scenario}"</button></form>`,
)}</div>`;
}
