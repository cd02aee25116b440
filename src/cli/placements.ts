/** `outturn high-cost` and `outturn unit-costs`: the placements lists a finance officer reads beside the forecast. */
import { periodEnd } from "../domain/calendar/financial.js";
import { highCostPlacements } from "../domain/placements/high-cost.js";
import { unitCostTrends } from "../domain/placements/unit-costs.js";
import { highCostCsv, highCostTable, unitCostCsv, unitCostTable } from "../report/placements-text.js";
import type { Store } from "../store/store.js";
import { chooseCouncil, type PeriodOutputOptions } from "./context.js";

export async function highCostCommand(store: Store, o: PeriodOutputOptions): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const list = highCostPlacements(await store.council(council.la).registers(), o.period);
  if (o.format === "json") return `${JSON.stringify({ council, ...list }, null, 2)}\n`;
  return o.format === "csv" ? highCostCsv(list) : highCostTable(list, council.name);
}

export async function unitCostsCommand(store: Store, o: PeriodOutputOptions): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const trends = unitCostTrends(await store.council(council.la).registers(), periodEnd(o.period));
  if (o.format === "json") return `${JSON.stringify({ council, ...trends }, null, 2)}\n`;
  return o.format === "csv" ? unitCostCsv(trends) : unitCostTable(trends, council.name);
}
