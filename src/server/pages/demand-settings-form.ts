/** The projection's settings as a form on the /demand page: reference period, start and months, sent as the query. */
import type { DemandSettings } from "../../domain/demand/model.js";
import { type Html, html } from "../html.js";

export function demandSettingsForm(
  la: string,
  period: string,
  settings: DemandSettings,
  months: string,
): Html {
  const reference = `${settings.referenceStart}..${settings.referenceEnd}`;
  return html`<form class="settings" method="get" action="/demand" style="display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end;margin:4px 0 12px">
<input type="hidden" name="la" value="${la}"><input type="hidden" name="period" value="${period}">
<label>Reference period <input name="reference" value="${reference}" size="24" pattern="\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}"></label>
<label>Start <input name="start" type="date" value="${settings.start}"></label>
<label>Months <input name="months" type="number" min="1" max="48" value="${months}"></label>
<button type="submit">Project</button></form>`;
}
