/**
 * The audit trail page: the filters, then a page of changes newest first (when, who, where, register,
 * row, field, from → to), long values shortened (the exports hold them whole), each row linking to
 * the history of its figure (the same register, row and field), and links to newer and older pages.
 */
import type { AuditEntry, Council } from "../../store/store.js";
import type { Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import { layout } from "./layout.js";

/** The filters as the query string holds them; "" is no filter. */
export interface AuditQuery {
  register: string;
  key: string;
  field: string;
  by: string;
  from: string;
  to: string;
}

export interface AuditPage {
  council: Council;
  viewer: Viewer;
  query: AuditQuery;
  /** The registers the filter offers. */
  registers: readonly string[];
  entries: AuditEntry[];
  /** 1 is the newest page. */
  page: number;
  pageSize: number;
  hasOlder: boolean;
}

/** Characters of a value the page shows before shortening it. */
export const SHOWN_CHARACTERS = 80;

function shown(value: string | null): Html {
  if (value === null) return html`<span class="note">none</span>`;
  if (value.length <= SHOWN_CHARACTERS) return html`${value}`;
  const more = value.length.toLocaleString("en-GB");
  return html`${value.slice(0, SHOWN_CHARACTERS - 1)}… <span class="note">(${more} characters; the export holds it whole)</span>`;
}

/** The page's address with the council, the filters and a page; empty filters left out. */
export function auditHref(path: string, la: string, query: Partial<AuditQuery>, page = 1): string {
  const params = new URLSearchParams({ la });
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  if (page > 1) params.set("page", String(page));
  return `${path}?${params.toString()}`;
}

function filterForm(p: AuditPage): Html {
  const q = p.query;
  const text = (name: keyof AuditQuery, label: string, type = "text") =>
    html`<label>${label} <input type="${type}" name="${name}" value="${q[name]}"></label>`;
  const options = p.registers.map(
    (r) => html`<option value="${r}"${r === q.register ? html` selected` : ""}>${r}</option>`,
  );
  return html`<form class="picker" method="get" action="/audit" style="flex-wrap:wrap;margin:12px 0">
<input type="hidden" name="la" value="${p.council.la}">
<label>Register <select name="register"><option value="">any</option>${options}</select></label>
${text("key", "Row")}${text("field", "Field")}${text("by", "Person")}${text("from", "From", "date")}${text("to", "To", "date")}
<button type="submit">Show</button> <a href="${auditHref("/audit", p.council.la, {})}">Clear</a>
</form>`;
}

function entryRow(la: string, e: AuditEntry): Html {
  const history = auditHref("/audit", la, { register: e.register, key: e.key, field: e.field });
  return html`<tr><td>${e.at.slice(0, 10)} ${e.at.slice(11, 16)}</td><td>${e.by}</td><td>${e.source}</td><td>${e.register}</td>
<td>${e.key}</td><td>${e.field === "*" ? "whole row" : e.field}</td><td>${shown(e.oldValue)}</td><td>${shown(e.newValue)}</td>
<td><a href="${history}" title="Every change to this figure">history</a></td></tr>`;
}

function pager(p: AuditPage): Html {
  const first = (p.page - 1) * p.pageSize + 1;
  const range =
    p.entries.length === 0
      ? "No changes match."
      : `Changes ${first}–${first + p.entries.length - 1}, newest first.`;
  const newer =
    p.page > 1 ? html`<a href="${auditHref("/audit", p.council.la, p.query, p.page - 1)}">← Newer</a>` : "";
  const older = p.hasOlder
    ? html`<a href="${auditHref("/audit", p.council.la, p.query, p.page + 1)}">Older →</a>`
    : "";
  return html`<p class="note">${range} ${newer} ${older}</p>`;
}

export function auditPage(p: AuditPage): Html {
  const downloads = html`<p><a href="${auditHref("/audit.csv", p.council.la, p.query)}">Download CSV</a>
<a href="${auditHref("/audit.xlsx", p.council.la, p.query)}">Download Excel</a></p>`;
  const rows = p.entries.map((e) => entryRow(p.council.la, e));
  const body = html`<h2>Audit trail</h2>
<p class="note">Who changed which figure, when, and from what to what. Filter by register, row and field for the history of one figure.</p>
${filterForm(p)}${downloads}${pager(p)}
<table><thead><tr><th>When (UTC)</th><th>Who</th><th>Where</th><th>Register</th><th>Row</th><th>Field</th><th>From</th><th>To</th><th></th></tr></thead>
<tbody>${rows}</tbody></table>
${pager(p)}`;
  return layout("Audit trail", p.council, p.viewer, body, "/audit");
}
