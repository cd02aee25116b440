/**
 * A transport scenario in words: its policy as a head of service would name it, and what the solved
 * plan costs and saves against today, each run's routes and the pupils it cannot carry. Counts only,
 * never a pupil's reference, and small counts of pupils in words a member may read.
 */
import { type Audience, countInWords } from "../../domain/disclosure/audience.js";
import { formatPounds, type Pence } from "../../domain/money/money.js";
import type { RunPlan, ScenarioResult, TransportScenario } from "../../domain/transport/scenarios/model.js";
import { roundedPounds } from "../monthly/rounded-pounds.js";

const pounds = (amount: Pence) => formatPounds(amount, { wholePounds: true });

/** "Pick-up points within 800 m walk", "Personal transport budgets at £0.45 a mile". */
export function policyInWords(s: TransportScenario): string {
  switch (s.policy) {
    case "shared-routes":
      return "Shared routes";
    case "pick-up-points":
      return s.walkingMetres === null ? "Pick-up points" : `Pick-up points within ${s.walkingMetres} m walk`;
    case "personal-budgets":
      return s.mileageRate === null
        ? "Personal transport budgets"
        : `Personal transport budgets at ${formatPounds(s.mileageRate)} a mile`;
    case "travel-training": {
      const who =
        s.trained.length > 0
          ? ` for ${s.trained.length} named pupil${s.trained.length === 1 ? "" : "s"}`
          : s.trainCount === null
            ? ""
            : ` for the ${s.trainCount} costing most today`;
      const cost = s.trainingCost === null ? "" : `, ${formatPounds(s.trainingCost)} each`;
      return `Independent travel training${who}${cost}`;
    }
    case "across-the-border":
      return s.partner === null ? "Routes shared across the border" : `Routes shared with ${s.partner}`;
  }
}

/** "2 routes (MINIBUS 1, TAXI 1) over 22.6 miles". */
function runInWords(plan: RunPlan): string {
  const byType = new Map<string, number>();
  for (const r of plan.routes) byType.set(r.vehicleType, (byType.get(r.vehicleType) ?? 0) + 1);
  const types = [...byType].sort(([a], [b]) => a.localeCompare(b)).map(([t, k]) => `${t} ${k}`);
  const routes = `${plan.routes.length} route${plan.routes.length === 1 ? "" : "s"}`;
  return `${routes}${types.length > 0 ? ` (${types.join(", ")})` : ""} over ${plan.objective.distance.toFixed(1)} miles`;
}

/** "The morning run cannot carry 1 pupil (max-ride: 1 pupil)": its unserved by the constraint at fault. */
function unservedInWords(plan: RunPlan, audience: Audience): string {
  const by = new Map<string, number>();
  for (const u of plan.unserved) by.set(u.constraint, (by.get(u.constraint) ?? 0) + 1);
  const pupils = (k: number) => countInWords(audience, k, "pupil", "pupils");
  const faults = [...by].map(([constraint, k]) => `${constraint}: ${pupils(k)}`);
  return `The ${plan.run} run cannot carry ${pupils(plan.unserved.length)} (${faults.join(", ")}).`;
}

/** "£1,200 less" or "£300 more". */
const lessOrMore = (amount: Pence) => (amount >= 0 ? `${pounds(amount)} less` : `${pounds(-amount)} more`);

export function scenarioSentences(result: ScenarioResult, audience: Audience): string[] {
  const daily =
    result.dailySaving >= 0
      ? `a saving of ${pounds(result.dailySaving)} a day`
      : `${pounds(-result.dailySaving)} a day more`;
  const year =
    result.annualSaving >= 0
      ? `${roundedPounds(result.annualSaving)} a year`
      : `${roundedPounds(-result.annualSaving)} a year more`;
  const net = result.oneOffCost > 0 ? `, net of ${pounds(result.oneOffCost)} paid once` : "";
  const sentences = [
    `Scenario '${result.scenario}' costs ${pounds(result.dailyCost)} a day against ${pounds(result.current.dailyCost)} today: ${daily}, ${year} over ${result.schoolDays} school days in ${result.year}${net}.`,
    `The morning run uses ${runInWords(result.morning)}; the afternoon run ${runInWords(result.afternoon)}.`,
  ];
  if (result.otherDailyCost > 0)
    sentences.push(
      `Besides the routes, ${pounds(result.otherDailyCost)} a day is paid in personal transport budgets.`,
    );
  for (const plan of [result.morning, result.afternoon])
    if (plan.unserved.length > 0) sentences.push(unservedInWords(plan, audience));
  for (const b of result.border ?? [])
    sentences.push(
      `${b.council} solved on its own: ${pounds(b.aloneDailyCost)} a day, ${lessOrMore(b.currentDailyCost - b.aloneDailyCost)} than today.`,
    );
  if (result.border && result.border.length > 1) {
    const alone = result.border.reduce((s, b) => s + b.aloneDailyCost, 0);
    sentences.push(
      `Solved together the councils' routes cost ${pounds(result.dailyCost)} a day, ${lessOrMore(alone - result.dailyCost)} than each solving alone.`,
    );
  }
  return sentences;
}
