/**
 * A transport scenario's page, /transport/scenarios/:scenario: what it does in sentences and its row
 * of the comparison (small numbers suppressed for members); for a role that may see child-level rows
 * also the policy's notes and warnings, the maps of the morning and afternoon routes, the route
 * tables, the pupil table and the operators' workbook; for a role that may edit scenarios a Solve
 * button and the bar while it is solved. A member's page has no route: a route carrying one pupil
 * would give away that pupil's cost.
 */
import { can } from "../../domain/access/roles.js";
import { longDate } from "../../domain/demand/words.js";
import { formatPounds } from "../../domain/money/money.js";
import type { ReportDocument, ReportSection } from "../../report/monthly/model.js";
import { reportHtml } from "../../report/monthly/render-html.js";
import { routeMapSvg } from "../../report/transport/route-map.js";
import { comparisonTable, pupilTable, routeTable } from "../../report/transport/tables.js";
import { scenarioSentences } from "../../report/transport/words.js";
import { csrfField } from "../access.js";
import { type Html, html, trusted } from "../html.js";
import { siteNav, transportLinks } from "../links.js";
import type { JobStatus } from "../transport-jobs.js";
import type { ScenarioRow, TransportRequest } from "../transport-requests.js";
import { solvingBar } from "./transport-progress.js";

function subtitle({ plan }: ScenarioRow): string {
  if (!plan) return "Not solved yet.";
  return `Solved on ${longDate(plan.solvedAt.slice(0, 10))} for the school day ${longDate(plan.on)}, with seed ${plan.seed} and ${plan.seconds} seconds a run.`;
}

function summary(r: TransportRequest, row: ScenarioRow, job: JobStatus): ReportSection {
  const { result, scenario } = row;
  const childLevel = can(r.viewer.role, "read-child-level");
  const failed =
    job.state === "failed" && job.scenario === scenario.scenario
      ? [{ text: `The last solve failed, and nothing was changed: ${job.error}`, alert: true }]
      : [];
  const said = result ? scenarioSentences(result, r.audience).map((text) => ({ text })) : [];
  const policy =
    childLevel && result
      ? [...result.notes.map((text) => ({ text })), ...result.warnings.map((text) => ({ text, alert: true }))]
      : [];
  return {
    id: "summary",
    title: "What the scenario does",
    intro: result ? undefined : "This scenario has not been solved yet, so there is no plan to show.",
    notes: [...failed, ...said, ...policy, ...(scenario.note ? [{ text: `Note: ${scenario.note}` }] : [])],
    blocks: [comparisonTable([row], r.audience)],
  };
}

/** The document for the scenario; an officer's with the plan's routes and pupils when it is solved. */
function scenarioDocument(r: TransportRequest, row: ScenarioRow, job: JobStatus): ReportDocument {
  const { result } = row;
  const sections: ReportSection[] = [summary(r, row, job)];
  if (can(r.viewer.role, "read-child-level") && result)
    sections.push(
      { id: "map", title: "The routes on a map", blocks: [] },
      {
        id: "routes",
        title: "Routes",
        blocks: [routeTable(result, "morning", r.audience), routeTable(result, "afternoon", r.audience)],
      },
      { id: "pupils", title: "Pupils", blocks: [pupilTable(result, r.audience)] },
    );
  return {
    title: `Transport scenario: ${row.scenario.scenario}`,
    council: r.council,
    period: r.period,
    asAt: row.plan?.on ?? r.on ?? "",
    subtitle: subtitle(row),
    sections,
  };
}

// Shows one route alone on its map when it is picked, and every route again on "every route".
const PICK_ROUTE = `document.querySelectorAll(".route-map").forEach(function(f){var pick=f.querySelector(".route-pick");
pick.addEventListener("change",function(){f.querySelectorAll("polyline.route").forEach(function(l){
var on=!pick.value||l.dataset.route===pick.value;l.style.opacity=on?"1":"0.08";l.style.strokeWidth=pick.value&&on?"4":""})})})`;

/** The morning and afternoon maps, one figure each, with a choice of route to show alone. Officers only: a map shows where pupils live. */
function routeMaps({ result }: ScenarioRow): Html {
  if (!result) return html``;
  const map = (run: "morning" | "afternoon") => {
    const plan = result[run];
    const title = `The ${run} run: ${plan.routes.length} routes`;
    const options = plan.routes.map(
      (route, r) =>
        html`<option value="${r + 1}">Route ${r + 1}: ${route.vehicleType}, ${formatPounds(plan.routeCosts[r] ?? 0)}</option>`,
    );
    return html`<figure class="route-map" data-run="${run}" aria-label="${title}"><div><label>Show <select class="route-pick"><option value="">every route</option>${options}</select></label></div>${trusted(routeMapSvg(plan, { title }))}</figure>`;
  };
  return html`${map("morning")}${map("afternoon")}<script>${trusted(PICK_ROUTE)}</script>`;
}

/** The page; with the Solve button for an editor, the bar while the scenario is solved, and the maps and workbook for an officer. */
export function scenarioPage(r: TransportRequest, row: ScenarioRow, job: JobStatus): string {
  const links = transportLinks(r.council.la);
  const childLevel = can(r.viewer.role, "read-child-level");
  const name = row.scenario.scenario;
  const solving = job.state === "running" && job.scenario === name;
  const solve =
    can(r.viewer.role, "edit-scenarios") && !solving
      ? html`<form class="solve" method="post" action="${links.scenario(name, "/solve")}">${csrfField(r.viewer)}<button type="submit" data-solve="${name}">${row.plan ? "Solve again" : "Solve"}</button></form>`
      : "";
  const bar = solving ? solvingBar(job, links.to("/api/transport/jobs/current")) : "";
  const workbook =
    childLevel && row.result
      ? [html`<a href="${links.scenario(name, "/routes.xlsx")}">Download Excel for operators</a>`]
      : [];
  const nav = siteNav(r.viewer, links.to, null, [
    html`<a href="${links.to("/transport")}">← All transport scenarios</a>`,
    ...workbook,
  ]);
  const after = { summary: html`${bar}${solve}`, ...(childLevel ? { map: routeMaps(row) } : {}) };
  return reportHtml(scenarioDocument(r, row, job), { nav, after });
}
