/**
 * The scenario editor on an officers' server: a form to add a scenario to the demand-scenarios
 * register and a button to remove each. A row is checked by the register's own layout (the same
 * rules as an imported file), and every broken rule is shown naming the field.
 */
import type { DemandScenario } from "../../domain/demand/scenarios/scenario.js";
import { SCENARIO_KINDS } from "../../domain/demand/scenarios/scenario.js";
import { demandScenarios } from "../../formats/registers/layouts/demand-scenarios.js";
import { type Html, html } from "../html.js";
import { checkedRow, type FieldError } from "./form-errors.js";

export const SCENARIO_FIELDS = [
  "scenario",
  "kind",
  "number",
  "perCarer",
  "percent",
  "from",
  "by",
  "saving",
  "note",
] as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];
export type ScenarioFormValues = Partial<Record<ScenarioField, string>>;

const headerOf = (field: string): string =>
  (demandScenarios.columns as Record<string, { header: string } | undefined>)[field]?.header ?? field;

/** The form's fields checked against the register's layout, and against the scenarios already saved. */
export function parseScenarioForm(
  body: ScenarioFormValues,
  saved: readonly DemandScenario[],
): { row: DemandScenario } | { errors: FieldError[] } {
  const input = Object.fromEntries(SCENARIO_FIELDS.map((f) => [f, (body[f] ?? "").trim()]));
  const parsed = checkedRow(demandScenarios.row, input, headerOf);
  if ("errors" in parsed) return parsed;
  if (saved.some((s) => s.scenario === parsed.row.scenario))
    return {
      errors: [
        {
          field: "scenario",
          header: headerOf("scenario"),
          value: parsed.row.scenario,
          rule: "must be unique; a scenario of that name is saved already (remove it first to change it)",
        },
      ],
    };
  return parsed;
}

const STYLE = `
form.scenario{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:8px 16px;margin:8px 0 16px;padding:10px;border:1px solid #dde1e6;background:#f7f9fb}
form.scenario label{display:flex;flex-direction:column;font-size:12px;gap:2px}form.scenario .wide{grid-column:1/-1}
form.scenario input,form.scenario select{font:inherit;padding:3px}.errors{color:#b3261e;font-weight:600}
form.remove{display:inline}form.remove button{margin:2px 8px 2px 0}
@media print{.editor{display:none}}`;

export interface ScenarioEditor {
  /** Where the form posts to add, and to remove. */
  add: string;
  remove: string;
  /** The hidden CSRF field (csrfField) each of the editor's forms carries. */
  csrf: Html;
  saved: readonly DemandScenario[];
  values?: ScenarioFormValues;
  errors?: readonly FieldError[];
}

function field(name: ScenarioField, values: ScenarioFormValues, type = "text"): Html {
  const column = (demandScenarios.columns as Record<string, { header: string; description: string }>)[name];
  const value = values[name] ?? "";
  const input =
    name === "kind"
      ? html`<select name="kind">${SCENARIO_KINDS.map((k) => html`<option value="${k}"${k === value ? html` selected` : ""}>${k}</option>`)}</select>`
      : html`<input name="${name}" type="${type}" value="${value}"${type === "number" ? html` step="any" min="0"` : ""}>`;
  return html`<label class="${name === "note" ? "wide" : ""}" title="${column?.description ?? ""}">${column?.header ?? name}${input}</label>`;
}

/** The editor: any errors naming the field and rule, the form to add, and a button to remove each saved scenario. */
export function scenarioEditor(editor: ScenarioEditor): Html {
  const values = editor.values ?? {};
  const errors = editor.errors ?? [];
  return html`<div id="scenario-editor" class="editor"><style>${STYLE}</style><h3>Add or remove a scenario</h3>
<p class="intro">A scenario is saved in the demand-scenarios register, checked by the same rules as an imported file, and every change is in the audit trail.</p>
${errors.length > 0 ? html`<ul class="errors" role="alert">${errors.map((e) => html`<li data-field="${e.field}">${e.header}${e.value ? html` "${e.value}"` : ""}: ${e.rule}</li>`)}</ul>` : ""}
<form class="scenario" method="post" action="${editor.add}">${editor.csrf}
${field("scenario", values)}${field("kind", values)}${field("number", values, "number")}${field("perCarer", values, "number")}${field("percent", values, "number")}${field("from", values, "date")}${field("by", values, "date")}${field("saving", values)}${field("note", values)}
<div class="wide"><button type="submit">Add scenario</button></div></form>
${editor.saved.map(
  (s) =>
    html`<form class="remove" method="post" action="${editor.remove}">${editor.csrf}<input type="hidden" name="scenario" value="${s.scenario}"><button type="submit" data-remove="${s.scenario}">Remove "${s.scenario}"</button></form>`,
)}</div>`;
}
