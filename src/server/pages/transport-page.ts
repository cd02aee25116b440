/**
 * The /transport page: every transport scenario compared with today's arrangements (the comparison
 * table, suppressed for members), what today's arrangements cost on the day, and the savings the
 * solved scenarios evidence; then a link to each scenario's page, and for a role that may edit
 * scenarios a Solve button per scenario and the scenario editor.
 */
import { can } from "../../domain/access/roles.js";
import { longDate } from "../../domain/demand/words.js";
import { countInWords } from "../../domain/disclosure/audience.js";
import { formatPounds } from "../../domain/money/money.js";
import { transportEvidence } from "../../domain/transport/scenarios/evidence.js";
import type { ReportDocument } from "../../report/monthly/model.js";
import { reportHtml } from "../../report/monthly/render-html.js";
import { comparisonTable } from "../../report/transport/tables.js";
import { csrfField } from "../access.js";
import { type Html, html } from "../html.js";
import { siteNav, type TransportLinks, transportLinks } from "../links.js";
import { type JobStatus, progressWords } from "../transport-jobs.js";
import { type TransportRequest, todaysArrangements } from "../transport-requests.js";
import { type FormError, type TransportFormValues, transportEditor } from "./transport-form.js";

const TRANSPORT_TITLE = "SEND transport scenarios";

function todayInWords(r: TransportRequest): string {
  const today = todaysArrangements(r);
  if (!today)
    return "Today's cost cannot be shown: no pupil in the transport book has a priced arrangement (htst-routes, htst-pupils) on a school day in the 60 days from the council's as-at date.";
  const pupils = countInWords(r.audience, today.pupils, "pupil", "pupils");
  const routes = `${today.routes.toLocaleString("en-GB")} route${today.routes === 1 ? "" : "s"}`;
  return `Today's arrangements on ${longDate(today.on)} carry the ${pupils} of the transport book on ${routes} for ${formatPounds(today.dailyCost, { wholePounds: true })} a day. Each scenario is solved for both runs of a school day and priced against them.`;
}

/** The savings the solved scenarios are evidence for, one sentence each. */
function evidenceNotes(r: TransportRequest): { text: string }[] {
  const refs = [...new Set(r.rows.flatMap((s) => (s.scenario.saving ? [s.scenario.saving] : [])))];
  const scenarios = r.rows.map((s) => s.scenario);
  const plans = r.rows.flatMap((s) => (s.plan ? [s.plan] : []));
  return refs.flatMap((ref) =>
    transportEvidence(ref, scenarios, plans, r.registers.savingYears).map((e) => ({ text: e.sentence })),
  );
}

function transportDocument(r: TransportRequest): ReportDocument {
  return {
    title: TRANSPORT_TITLE,
    council: r.council,
    period: r.period,
    asAt: r.on ?? "",
    subtitle:
      "Transport policies (shared routes, pick-up points, personal transport budgets, travel training, working across the border) solved as routes and priced against today's arrangements.",
    sections: [
      {
        id: "comparison",
        title: "Scenarios compared with today's arrangements",
        intro: todayInWords(r),
        notes: evidenceNotes(r),
        blocks: [comparisonTable(r.rows, r.audience)],
      },
    ],
  };
}

/** A line per scenario: its page, whether it is solved, and Solve and Change for a role that may edit scenarios. */
function scenarioList(r: TransportRequest, links: TransportLinks, job: JobStatus): Html {
  const editor = can(r.viewer.role, "edit-scenarios");
  const line = ({ scenario, plan }: TransportRequest["rows"][number]) => {
    const name = scenario.scenario;
    const solved = plan
      ? `solved on ${longDate(plan.solvedAt.slice(0, 10))} for ${longDate(plan.on)}`
      : "not solved yet";
    const mine = job.scenario === name;
    const state =
      mine && job.state === "running"
        ? progressWords(job)
        : mine && job.state === "failed"
          ? `${solved}; the last solve failed, as its page says`
          : solved;
    const change = `${links.to("/transport")}&${new URLSearchParams({ change: name })}#scenario-editor`;
    const actions = editor
      ? html` <form class="solve" method="post" action="${links.scenario(name, "/solve")}">${csrfField(r.viewer)}<button type="submit" data-solve="${name}">Solve</button></form> <a href="${change}" data-change="${name}">Change</a>`
      : "";
    return html`<li><a href="${links.scenario(name)}">${name}</a> <span class="note">(${state})</span>${actions}</li>`;
  };
  return html`<h3>Each scenario</h3><style>form.solve{display:inline}</style>${
    r.rows.length === 0
      ? html`<p class="note">No transport scenario is saved yet.</p>`
      : html`<ul class="scenarios">${r.rows.map(line)}</ul>`
  }`;
}

/** The page; an editor's has the scenario editor, with what was posted and its errors when a post was refused. */
export function transportPage(
  r: TransportRequest,
  job: JobStatus,
  form: { values?: TransportFormValues; errors?: readonly FormError[] } = {},
): string {
  const links = transportLinks(r.council.la);
  const editor = can(r.viewer.role, "edit-scenarios")
    ? transportEditor({
        save: links.to("/transport/scenarios"),
        remove: links.to("/transport/scenarios/remove"),
        csrf: csrfField(r.viewer),
        saved: r.registers.transportScenarios,
        ...form,
      })
    : "";
  const after = { comparison: html`${scenarioList(r, links, job)}${editor}` };
  return reportHtml(transportDocument(r), { nav: siteNav(r.viewer, links.to, "/transport"), after });
}
