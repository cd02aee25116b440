import { keyPressures } from "../domain/variance/pressures.js";
import { varianceAnalysis } from "../domain/variance/variance.js";
import { councilForecast } from "../report/demand/council-links.js";
import { pressuresCsv, pressuresTable, varianceTable } from "../report/variance-text.js";
import type { Store } from "../store/store.js";
import { chooseCouncil, type PeriodOutputOptions } from "./context.js";

async function analyse(store: Store, o: PeriodOutputOptions) {
  const council = await chooseCouncil(store, o.la);
  const registers = await store.council(council.la).registers();
  const outturn = await councilForecast(store.council(council.la), registers, o.period);
  return { council, outturn, analysis: varianceAnalysis(registers, outturn, o.period) };
}

export async function varianceCommand(store: Store, o: PeriodOutputOptions): Promise<string> {
  const { council, analysis } = await analyse(store, o);
  if (o.format === "json") return `${JSON.stringify({ council, ...analysis }, null, 2)}\n`;
  return varianceTable(analysis, council.name);
}

export async function pressuresCommand(store: Store, o: PeriodOutputOptions): Promise<string> {
  const { council, outturn, analysis } = await analyse(store, o);
  const pressures = keyPressures(outturn, analysis);
  if (o.format === "json") return `${JSON.stringify({ council, ...pressures }, null, 2)}\n`;
  return o.format === "csv" ? pressuresCsv(pressures) : pressuresTable(pressures, council.name);
}
