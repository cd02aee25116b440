/**
 * The officers' scrutiny forms: each one form of SCRUTINY_FORMS, its fields labelled with the
 * register's column headers, a date field as a date, a listed field as a choice, long text as a text
 * area. Each carries the session's CSRF token; a broken rule is shown next to its field, naming the
 * value and the rule, and a rule across registers above the form.
 */

import { LAYOUTS } from "../../formats/registers/layouts/index.js";
import type { Viewer } from "../access.js";
import { csrfField } from "../access.js";
import { type Html, html } from "../html.js";
import {
  type FormError,
  type FormName,
  type FormValues,
  headerOf,
  SCRUTINY_FORMS,
  type ScrutinyForm,
} from "../scrutiny-requests.js";

export const FORM_STYLE = html`<style>
form.scrutiny{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:8px 16px;margin:8px 0 16px;padding:10px;border:1px solid #dde1e6;background:#f7f9fb}
form.scrutiny h3{grid-column:1/-1;margin:0}form.scrutiny label{display:flex;flex-direction:column;font-size:12px;gap:2px}
form.scrutiny label.wide,form.scrutiny .wide{grid-column:1/-1}form.scrutiny input,form.scrutiny select,form.scrutiny textarea{font:inherit;padding:3px}
form.scrutiny .error,.errors{color:#b3261e;font-weight:600}form.inline{display:inline-flex;gap:6px;align-items:center;margin:2px 8px 2px 0}
@media print{form{display:none}}</style>`;

const LONG = new Set(["question", "response", "text", "action", "progress", "purpose"]);

/** A choice offered for a field: the value posted and what the person reads. */
export interface Choice {
  value: string;
  label: string;
}

export interface FormOptions {
  name: FormName;
  action: string;
  title: string;
  submit: string;
  viewer: Viewer;
  values?: FormValues;
  errors?: readonly FormError[];
  /** Fields sent as they are, not shown (e.g. the item a link belongs to). */
  hidden?: readonly string[];
  /** The values a field may take, where they are the council's own (its measures, savings, lines). */
  choices?: Readonly<Record<string, readonly Choice[]>>;
}

function control(spec: ScrutinyForm, field: string, value: string, choices?: readonly Choice[]): Html {
  const column = LAYOUTS[spec.register].columns[field];
  const options = choices ?? column?.codes?.map((c) => ({ value: c, label: c })) ?? null;
  if (options) {
    const blank = column?.required
      ? ""
      : html`<option value=""${value === "" ? html` selected` : ""}>(none)</option>`;
    return html`<select name="${field}">${blank}${options.map((o) => html`<option value="${o.value}"${o.value === value ? html` selected` : ""}>${o.label}</option>`)}</select>`;
  }
  if (LONG.has(field)) return html`<textarea name="${field}" rows="3">${value}</textarea>`;
  const type = column?.kind === "date" ? "date" : "text";
  return html`<input name="${field}" type="${type}" value="${value}">`;
}

/** One form: each field with its own broken rule beside it; a rule broken on a field it does not show, above it. */
export function scrutinyForm(options: FormOptions): Html {
  const spec = SCRUTINY_FORMS[options.name] as ScrutinyForm;
  const values = options.values ?? {};
  const errors = options.errors ?? [];
  const hidden = new Set(options.hidden ?? []);
  const shown = spec.fields.filter((f) => !hidden.has(f));
  // A rule broken on a field the form does not show (a saved row's own cell) is shown above the form.
  const elsewhere = errors.filter((e) => !shown.includes(e.field as never));
  const said = (e: FormError) => html`${e.header}${e.value ? html` "${e.value}"` : ""}: ${e.rule}`;
  return html`<form class="scrutiny" method="post" action="${options.action}" data-form="${options.name}">
<h3>${options.title}</h3>${csrfField(options.viewer)}
${[...hidden].map((f) => html`<input type="hidden" name="${f}" value="${values[f] ?? ""}">`)}
${elsewhere.length > 0 ? html`<ul class="errors wide" role="alert">${elsewhere.map((e) => html`<li>${said(e)}</li>`)}</ul>` : ""}
${shown.map(
  (f) =>
    html`<label class="${LONG.has(f) ? "wide" : ""}">${headerOf(spec.register, f)}${control(spec, f, values[f] ?? "", options.choices?.[f])}${errors
      .filter((e) => e.field === f)
      .map((e) => html`<span class="error" role="alert" data-error="${f}">${said(e)}</span>`)}</label>`,
)}
<div class="wide"><button type="submit">${options.submit}</button></div></form>`;
}

/** A one-button form (removing a link, say): the hidden values and the CSRF token. */
export function buttonForm(
  action: string,
  viewer: Viewer,
  values: Readonly<Record<string, string>>,
  label: string,
): Html {
  return html`<form class="inline" method="post" action="${action}">${csrfField(viewer)}${Object.entries(values).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<button type="submit">${label}</button></form>`;
}
