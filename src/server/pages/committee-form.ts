/**
 * The officer's editor for a committee report's cover and narrative: every field of the
 * committee-reports register, checked by the register's own layout (the same rules as an imported
 * file), each broken rule shown beside its field naming the value and the rule.
 */
import type { CommitteeReport } from "../../domain/scrutiny/model.js";
import { cellText } from "../../formats/registers/cells.js";
import { committeeReports } from "../../formats/registers/layouts/scrutiny-committee-reports.js";
import { NARRATIVE } from "../../report/committee/model.js";
import type { Council } from "../../store/store.js";
import { csrfField, type Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import type { FieldError } from "./form-errors.js";
import { layout } from "./layout.js";

/** The cover's fields, in the seed's order; the ref is the report's key and is not edited here. */
export const COVER_FIELDS = [
  "title",
  "committee",
  "meeting",
  "reportBy",
  "classification",
  "decisionType",
  "wards",
] as const satisfies readonly (keyof CommitteeReport)[];

const EDITED = [...COVER_FIELDS, ...NARRATIVE.map((n) => n.field)] as const;
type Edited = (typeof EDITED)[number];

const columns = committeeReports.columns as Readonly<
  Record<string, (typeof committeeReports.columns)["title"]>
>;
const headerOf = (field: string) => columns[field]?.header ?? field;

/** The posted form as the register's row (the ref from the path), or every field's broken rule. */
export function parseCommitteeForm(
  ref: string,
  body: Readonly<Record<string, unknown>>,
): { row: CommitteeReport } | { errors: FieldError[]; values: Record<string, string> } {
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  const row: Record<string, unknown> = { ref };
  for (const field of EDITED) {
    const raw = typeof body[field] === "string" ? (body[field] as string) : "";
    values[field] = raw;
    const parsed = columns[field]?.cell.safeParse(raw);
    if (!parsed || parsed.success) row[field] = parsed?.data ?? raw;
    else
      errors.push({
        field,
        header: headerOf(field),
        value: cellText(raw),
        rule: parsed.error.issues.map((i) => i.message).join("; "),
      });
  }
  return errors.length > 0 ? { errors, values } : { row: row as unknown as CommitteeReport };
}

function input(field: Edited, value: string, errors: readonly FieldError[]): Html {
  const error = errors.find((e) => e.field === field);
  const id = `field-${field}`;
  const long = NARRATIVE.some((n) => n.field === field);
  const control = long
    ? html`<textarea id="${id}" name="${field}" rows="6">${value}</textarea>`
    : html`<input id="${id}" name="${field}" value="${value}"${field === "meeting" ? html` placeholder="YYYY-MM-DD"` : ""}>`;
  const message = error
    ? html`<p class="error" role="alert" data-error="${field}">${error.header}: "${error.value}" ${error.rule}.</p>`
    : "";
  return html`<div class="field"><label for="${id}">${headerOf(field)}</label>${control}${message}</div>`;
}

const STYLE = html`<style>
form.committee .field{display:flex;flex-direction:column;margin:0 0 12px}
form.committee label{font-weight:600;margin:0 0 4px}
form.committee input,form.committee textarea{font:inherit;padding:6px;border:1px solid #b8bfc9;max-width:100%}
form.committee textarea{min-height:7em}.error{color:#b3261e;font-weight:600;margin:4px 0 0}
</style>`;

/** The editor, filled from the row as saved or from what was posted (with its errors). */
export function committeeFormPage(
  council: Council,
  viewer: Viewer,
  ref: string,
  values: Readonly<Record<string, string>>,
  errors: readonly FieldError[] = [],
): Html {
  const action = `/committee-reports/${encodeURIComponent(ref)}/edit`;
  const summary =
    errors.length > 0
      ? html`<p class="error" role="alert">Nothing was saved: ${errors.length === 1 ? "one field breaks" : `${errors.length} fields break`} a rule, shown beside it.</p>`
      : "";
  const body = html`${STYLE}<h2>Edit committee report ${ref}</h2>
<p class="note">Each line of a section is a paragraph; the paragraphs are numbered as the council's layout numbers them. The finance and performance figures are added live under Key considerations when the report is drafted.</p>
${summary}
<form class="committee" method="post" action="${action}">${csrfField(viewer)}
<fieldset><legend>Cover</legend>${COVER_FIELDS.map((f) => input(f, values[f] ?? "", errors))}</fieldset>
<fieldset><legend>Narrative</legend>${NARRATIVE.map((n) => input(n.field, values[n.field] ?? "", errors))}</fieldset>
<p><button type="submit">Save</button> <a href="/committee-reports/${encodeURIComponent(ref)}">Cancel</a></p>
</form>`;
  return layout(`Edit ${ref}`, council, viewer, body, "/scrutiny");
}
