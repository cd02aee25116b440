/** What the measures routes ask for, turned into the council's measures, or an HTTP error a person can act on. */

import type { FastifyRequest } from "fastify";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { type Audience, audienceFor } from "../domain/disclosure/audience.js";
import { type CouncilMeasures, councilMeasures } from "../report/measures/council-measures.js";
import type { Council, Store } from "../store/store.js";
import { councilOf, viewerOf } from "./access.js";
import { choosePeriod } from "./requests.js";

/** The viewer's council's measures at the period asked for, else the latest with actuals, as the viewer reads them. */
export async function measuresRequest(
  store: Store,
  request: FastifyRequest<{ Querystring: { period?: string } }>,
): Promise<CouncilMeasures & { council: Council; audience: Audience }> {
  const council = await councilOf(store, request);
  const asked = request.query.period;
  const reader = viewerOf(request).reader;
  const councilStore = store.council(council.la);
  const registers = await councilStore.registers();
  const period = choosePeriod(asked, latestPeriodWithActuals(registers.actuals));
  const audience = audienceFor(reader, registers.assumptions);
  return { council, audience, ...(await councilMeasures(council, councilStore, registers, period)) };
}
