/**
 * Transport scenarios as evidence for a saving: for a saving's ref, each scenario that names it and
 * has been solved, what its plan saves in the plan's financial year (the annual saving, net of any
 * one-off cost) against the saving's target for that year, in the demand scenarios' voice and type.
 */
import { daysInYear } from "../../calendar/financial.js";
import type { ScenarioEvidence } from "../../demand/scenarios/evidence.js";
import { dayInWords, percentInWords } from "../../demand/words.js";
import { formatPounds, type Pence } from "../../money/money.js";
import type { SavingYear } from "../../savings/saving.js";
import type { TransportPlan, TransportScenario } from "./model.js";

const pounds = (amount: Pence) => formatPounds(amount, { wholePounds: true });

/** The evidence the solved transport scenarios give the saving `ref`: one row each, for its plan's year. */
export function transportEvidence(
  ref: string,
  scenarios: readonly TransportScenario[],
  plans: readonly TransportPlan[],
  savingYears: readonly SavingYear[],
): ScenarioEvidence[] {
  const targets = new Map(savingYears.filter((y) => y.ref === ref).map((y) => [y.year, y.target]));
  const planOf = new Map(plans.map((p) => [p.scenario, p]));
  return scenarios
    .filter((s) => s.saving === ref)
    .flatMap((s): ScenarioEvidence[] => {
      const plan = planOf.get(s.scenario);
      if (!plan) return [];
      const { year, annualSaving: saving } = plan;
      const target = targets.get(year) ?? null;
      const share = target === null || target === 0 ? null : saving / target;
      const yearDays = daysInYear(year);
      const name = `Scenario '${s.scenario}'`;
      const against =
        target === null ? "with no target for that year" : `against a target of ${pounds(target)}`;
      const solved = `solved on ${dayInWords(plan.solvedAt.slice(0, 10))} against today's arrangements on ${dayInWords(plan.on)}`;
      const sentence =
        saving >= 0
          ? `${name} saves ${pounds(saving)} in ${year} ${against}${share === null ? "" : ` (${percentInWords(share)})`}, ${solved}.`
          : `${name} costs ${pounds(-saving)} more than today's arrangements in ${year} ${against}: no saving, ${solved}.`;
      return [{ scenario: s.scenario, year, saving, target, share, days: yearDays, yearDays, sentence }];
    });
}
