/**
 * The partner council's transport book for a scenario across the border. A council's book is its
 * pupils' homes and needs, so it is read for another council only when the partner has agreed: its
 * own transport scenarios plan across the border with this council. Without that agreement, or when
 * the partner is not in the store, the scenario cannot be solved and the message says why.
 */
import type { ScenarioInput } from "../../domain/transport/scenarios/evaluate.js";
import type { TransportScenario } from "../../domain/transport/scenarios/model.js";
import type { Council, Store } from "../../store/store.js";

export class BorderPartnerError extends Error {}

export async function borderPartner(
  store: Store,
  council: Council,
  scenario: TransportScenario,
): Promise<ScenarioInput["partner"] | undefined> {
  if (scenario.policy !== "across-the-border" || scenario.partner === null) return undefined;
  const councils = await store.councils();
  const partner = councils.find((c) => c.la === scenario.partner);
  if (!partner)
    throw new BorderPartnerError(
      `Scenario "${scenario.scenario}" plans with council ${scenario.partner}, which is not in the store; it holds ${councils.map((c) => c.la).join(", ")}.`,
    );
  const registers = await store.council(partner.la).registers();
  const agreed = registers.transportScenarios.some(
    (s) => s.policy === "across-the-border" && s.partner === council.la,
  );
  if (!agreed)
    throw new BorderPartnerError(
      `${partner.name} has not agreed to plan across the border with ${council.name}: its own transport scenarios must name ${council.la} as a partner before its pupils' book can be used here.`,
    );
  return { la: partner.la, name: partner.name, registers };
}
