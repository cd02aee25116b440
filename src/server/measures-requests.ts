/** What the measures routes ask for, turned into the council's measures, or an HTTP error a person can act on. */
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { type Audience, audienceFor, type Reader } from "../domain/disclosure/audience.js";
import { type CouncilMeasures, councilMeasures } from "../report/measures/council-measures.js";
import type { Council, Store } from "../store/store.js";
import { choosePeriod, councilOrNotFound } from "./requests.js";

/** The council's measures at the period asked for, else the latest with actuals. */
export async function measuresRequest(
  store: Store,
  la: string | undefined,
  asked: string | undefined,
  reader: Reader,
): Promise<CouncilMeasures & { council: Council; audience: Audience }> {
  const council = await councilOrNotFound(store, la);
  const councilStore = store.council(council.la);
  const registers = await councilStore.registers();
  const period = choosePeriod(asked, latestPeriodWithActuals(registers.actuals));
  const audience = audienceFor(reader, registers.assumptions);
  return { council, audience, ...(await councilMeasures(council, councilStore, registers, period)) };
}
