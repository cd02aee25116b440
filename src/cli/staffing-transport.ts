/** `outturn agency` and `outturn transport`: the staffing and transport figures beside the forecast. */
import { formatPeriodRef, periodEnd } from "../domain/calendar/financial.js";
import { transportSummary } from "../domain/transport/summary.js";
import { agencyPremiumReport } from "../domain/workforce/agency-premium.js";
import { planSavings } from "../domain/workforce/conversion.js";
import { agencyCsv, agencyTable } from "../report/staffing-text.js";
import { transportCsv, transportTable } from "../report/transport-text.js";
import type { Store } from "../store/store.js";
import { chooseCouncil, type PeriodOutputOptions } from "./context.js";

export async function agencyCommand(store: Store, o: PeriodOutputOptions): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const registers = await store.council(council.la).registers();
  const asAt = periodEnd(o.period);
  const premium = agencyPremiumReport(registers.workforce, asAt);
  const plans = planSavings(registers.conversionPlans, registers.workforce, o.period.year, asAt);
  if (o.format === "json")
    return `${JSON.stringify({ council, period: formatPeriodRef(o.period), ...premium, plans }, null, 2)}\n`;
  if (o.format === "csv") return agencyCsv(premium);
  return agencyTable({ councilName: council.name, period: formatPeriodRef(o.period), premium, plans });
}

export async function transportCommand(store: Store, o: PeriodOutputOptions): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const summary = transportSummary(await store.council(council.la).registers(), o.period);
  if (o.format === "json") {
    const byCostCentre = (m: Map<string, number> | undefined) => Object.fromEntries(m ?? []);
    const cost = summary.cost && {
      ...summary.cost,
      ehcp: { ...summary.cost.ehcp, byCostCentre: byCostCentre(summary.cost.ehcp.byCostCentre) },
      mainstream: {
        ...summary.cost.mainstream,
        byCostCentre: byCostCentre(summary.cost.mainstream.byCostCentre),
      },
    };
    return `${JSON.stringify({ council, ...summary, cost }, null, 2)}\n`;
  }
  return o.format === "csv" ? transportCsv(summary) : transportTable(summary, council.name);
}
