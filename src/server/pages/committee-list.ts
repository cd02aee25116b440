/**
 * /committee-reports: the council's committee reports, each with its draft, Word and PDF; for an
 * officer who may edit scrutiny, a form to start a new report, blank or from an existing one.
 */
import { can } from "../../domain/access/roles.js";
import type { CommitteeReport } from "../../domain/scrutiny/model.js";
import { meetingDate } from "../../report/committee/build.js";
import type { Council } from "../../store/store.js";
import { csrfField, type Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import { layout } from "./layout.js";

const to = (ref: string, tail = "") => `/committee-reports/${encodeURIComponent(ref)}${tail}`;

function startForm(viewer: Viewer, reports: readonly CommitteeReport[], error: string | null): Html {
  return html`<h3>Start a new report</h3>
${error ? html`<p class="error" role="alert" style="color:#b3261e;font-weight:600">${error}</p>` : ""}
<form class="picker" method="post" action="/committee-reports">${csrfField(viewer)}
<label for="new-ref">Ref</label><input id="new-ref" name="ref" required>
<label for="new-from">From</label><select id="new-from" name="from"><option value="">A blank report</option>${reports.map(
    (r) => html`<option value="${r.ref}">A copy of ${r.ref}: ${r.title}</option>`,
  )}</select>
<button type="submit">Start</button></form>`;
}

export function committeeListPage(
  council: Council,
  viewer: Viewer,
  reports: readonly CommitteeReport[],
  error: string | null = null,
): Html {
  const rows = reports.map(
    (
      r,
    ) => html`<tr data-ref="${r.ref}"><td><a href="${to(r.ref)}">${r.ref}</a></td><td>${r.title}</td><td>${r.committee}</td><td>${meetingDate(r.meeting)}</td>
<td><a href="${to(r.ref, ".docx")}">Word</a> · <a href="${to(r.ref, ".pdf")}">PDF</a>${can(viewer.role, "edit-scrutiny") ? html` · <a href="${to(r.ref, "/edit")}">Edit</a>` : ""}</td></tr>`,
  );
  const body = html`<h2>Committee reports</h2>
<p class="note">Each report is drafted in the council's standard layout, with the current forecast outturn, savings, MTFP and measures under Key considerations. The Word and PDF downloads are the published paper: small numbers are suppressed in them for every reader.</p>
${
  reports.length === 0
    ? html`<p>There are no committee reports yet.</p>`
    : html`<table><thead><tr><th>Ref</th><th>Title</th><th>Committee</th><th>Meeting</th><th>Downloads</th></tr></thead><tbody>${rows}</tbody></table>`
}
${can(viewer.role, "edit-scrutiny") ? startForm(viewer, reports, error) : ""}`;
  return layout("Committee reports", council, viewer, body, "/scrutiny");
}
