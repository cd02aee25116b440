/** The first page: the forecast outturn table, the chart by service area, and a period picker. */

import type { FinancialYear } from "../../domain/calendar/financial.js";
import { formatPeriodRef, type PeriodRef, periodsOf } from "../../domain/calendar/financial.js";
import { formatPounds } from "../../domain/money/money.js";
import type { ForecastOutturn } from "../../domain/outturn/forecast.js";
import type { ForecastSentences } from "../../report/forecast-sentences.js";
import { outturnChartSvg } from "../../report/outturn-chart.js";
import { OUTTURN_COLUMNS, outturnRows } from "../../report/outturn-rows.js";
import type { Council } from "../../store/store.js";
import type { Viewer } from "../access.js";
import { type Html, html, trusted } from "../html.js";
import { layout } from "./layout.js";

const money = (p: number) => formatPounds(p, { wholePounds: true });
const varianceClass = (v: number) => (v > 0 ? "over" : v < 0 ? "under" : "");

/**
 * The page for one period. `sentences` say, beside the forecast, how accurate forecasts at this point
 * have been and how far it moved since the last closed period, each linking to the report.
 */
export function outturnPage(
  viewer: Viewer,
  council: Council,
  outturn: ForecastOutturn,
  years: FinancialYear[],
  sentences: ForecastSentences,
): Html {
  const rows = outturnRows(outturn);
  const report = `/report?${new URLSearchParams({ la: council.la, period: outturn.period }).toString()}`;
  const body = html`
<h2>Forecast outturn at ${outturn.period}</h2>
<p><a id="report-link" href="${report}">Monthly outturn report for ${outturn.period}</a> <span class="note">with drill-down by service area and line to what each line still has to pay; as PDF or Excel from the report.</span></p>
<form class="picker" method="get" action="/">
  <input type="hidden" name="la" value="${council.la}">
  <label for="period">Period</label>
  <select id="period" name="period" onchange="this.form.submit()">
    ${years.flatMap((y) => periodsOf(y)).map((p) => periodOption(p, outturn.period))}
  </select>
  <noscript><button type="submit">Show</button></noscript>
  <span class="note">Actuals to ${outturn.asAt}; forecast to 31 March from the registers (${outturn.daysRemaining} days remain).</span>
</form>
<div class="summary">
  <div>Budget<strong data-total="budget">${money(outturn.total.budget)}</strong></div>
  <div>Forecast outturn<strong data-total="forecast">${money(outturn.total.forecast)}</strong></div>
  <div>Variance<strong data-total="variance" class="${varianceClass(outturn.total.variance)}">${money(outturn.total.variance)}</strong></div>
</div>
<p id="accuracy">${sentences.accuracy} <a href="${report}#accuracy">Forecast accuracy</a></p>
${sentences.movement ? html`<p id="movement">${sentences.movement} <a href="${report}#movement">Movement by line and reason</a></p>` : ""}
<figure class="chart" aria-label="Budget and forecast outturn by service area">${trusted(outturnChartSvg(outturn))}
  <figcaption class="note">Grey: budget. Forecast outturn in red where it is over budget, green where it is within.</figcaption></figure>
<table id="outturn">
  <thead><tr><th>Budget line</th>${OUTTURN_COLUMNS.map((c) => html`<th>${c}</th>`)}</tr></thead>
  <tbody>
  ${rows.map(
    (
      r,
    ) => html`<tr class="${r.kind}" data-row="${r.kind}" data-key="${r.kind === "line" ? r.costCentre : r.serviceArea}">
    <td>${r.label}${r.kind === "line" ? html` <span class="note">${r.costCentre} · ${r.basis}</span>` : ""}</td>
    <td data-field="budget" data-pence="${r.budget}">${money(r.budget)}</td>
    <td data-field="actualToDate" data-pence="${r.actualToDate}">${money(r.actualToDate)}</td>
    <td data-field="forecast" data-pence="${r.forecast}">${money(r.forecast)}</td>
    <td data-field="variance" data-pence="${r.variance}" class="${varianceClass(r.variance)}">${money(r.variance)}</td>
  </tr>`,
  )}
  </tbody>
</table>
${outturn.warnings.length > 0 ? html`<h3>Data warnings</h3><ul>${outturn.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ""}
<p class="note">Variance is forecast − budget: a positive variance is an overspend. Placements are forecast by commitment (each running placement's net weekly cost to its planned end or 31 March), staffing by post, transport by the school days remaining, other lines by run-rate; savings at risk are the year's savings targets not forecast to be delivered.</p>`;
  return layout(`Forecast outturn ${outturn.period}`, council, viewer, body, "/", outturn.period);
}

function periodOption(p: PeriodRef, selected: string): Html {
  const value = formatPeriodRef(p);
  return html`<option value="${value}"${value === selected ? html` selected` : ""}>${value}</option>`;
}
