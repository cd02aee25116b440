/**
 * The rules of transport scenarios and plans. Within a row (which the register file checks too): a
 * scenario gives the parameters its policy uses and no others, and a cost centre with an adoption
 * date. Across registers: the partner is another council, trained pupils are in transport-needs,
 * the saving is in the savings register, the cost centre is a budget line's, and each plan's
 * scenario exists. Each error names the register, the row, the column, its value and the rule.
 */
import { formatPounds } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import type { TransportPolicy, TransportScenario } from "./scenarios/model.js";

export type ScenarioBook = Pick<
  CouncilRegisters,
  "transportScenarios" | "transportPlans" | "transportNeeds" | "savings" | "budgetLines"
>;

/** Each scenario field's column header in the register file, which errors name. */
export const SCENARIO_COLUMNS: Readonly<Record<keyof TransportScenario, string>> = {
  scenario: "Scenario",
  policy: "Policy",
  walkingMetres: "Walking distance (m)",
  mileageRate: "Mileage rate (£ a mile)",
  trained: "Trained pupils",
  trainCount: "Pupils to train",
  trainingCost: "Training cost (£ a pupil)",
  partner: "Partner LA",
  saving: "Saving",
  adoptFrom: "Adopt from",
  costCentre: "Cost centre",
  note: "Note",
};

type Parameter = "walkingMetres" | "mileageRate" | "trained" | "trainCount" | "trainingCost" | "partner";
/** The policies' parameters: what a solve depends on besides the policy. */
export const SCENARIO_PARAMETERS: readonly Parameter[] = [
  "walkingMetres",
  "mileageRate",
  "trained",
  "trainCount",
  "trainingCost",
  "partner",
];

/** The parameters each policy uses; of those, the ones in NEEDS must be given. */
const USES: Readonly<Record<TransportPolicy, readonly Parameter[]>> = {
  "shared-routes": [],
  "pick-up-points": ["walkingMetres"],
  "personal-budgets": ["mileageRate"],
  "travel-training": ["trained", "trainCount", "trainingCost"],
  "across-the-border": ["partner"],
};
const NEEDS: readonly Parameter[] = ["walkingMetres", "mileageRate", "trainingCost", "partner"];

export interface RowRule {
  field: keyof TransportScenario;
  rule: string;
}

const given = (value: unknown) => value !== null && !(Array.isArray(value) && value.length === 0);

/** The rules one scenario row breaks on its own, each on the field at fault. */
export function scenarioRowErrors(s: TransportScenario): RowRule[] {
  const errors: RowRule[] = [];
  const uses = USES[s.policy];
  for (const field of SCENARIO_PARAMETERS) {
    if (!uses.includes(field) && given(s[field]))
      errors.push({ field, rule: `must be blank for ${s.policy}` });
    if (uses.includes(field) && NEEDS.includes(field) && !given(s[field]))
      errors.push({ field, rule: `must be given for ${s.policy}` });
  }
  if (s.policy === "travel-training" && !given(s.trained) && s.trainCount === null)
    errors.push({
      field: "trainCount",
      rule: "must be given for travel-training when Trained pupils is blank",
    });
  if (s.policy === "travel-training" && given(s.trained) && s.trainCount !== null)
    errors.push({ field: "trainCount", rule: "must be blank when Trained pupils names the pupils" });
  if (s.adoptFrom !== null && s.costCentre === null)
    errors.push({ field: "costCentre", rule: "must be given with Adopt from" });
  return errors;
}

function shown(s: TransportScenario, field: keyof TransportScenario): string {
  const value = s[field];
  if (!given(value)) return "blank";
  if (field === "mileageRate" || field === "trainingCost") return formatPounds(value as number);
  if (Array.isArray(value)) return `"${value.join("; ")}"`;
  return typeof value === "number" ? String(value) : `"${value}"`;
}

/** Every broken rule of the council `la`'s scenarios and plans, one sentence each. */
export function transportScenarioErrors(book: ScenarioBook, la: string): string[] {
  const pupils = new Set(book.transportNeeds.map((n) => n.pupilRef));
  const savings = new Set(book.savings.map((s) => s.ref));
  const costCentres = new Set(book.budgetLines.map((line) => line.costCentre));
  const errors: string[] = [];
  for (const s of book.transportScenarios) {
    const broken = (field: keyof TransportScenario, rule: string) =>
      errors.push(
        `transport-scenarios ${s.scenario}: ${SCENARIO_COLUMNS[field]} is ${shown(s, field)}, but ${rule}`,
      );
    for (const { field, rule } of scenarioRowErrors(s)) broken(field, rule);
    if (s.partner === la) broken("partner", "must be another council, not this one");
    const missing = s.trained.filter((ref) => !pupils.has(ref));
    if (missing.length > 0)
      broken("trained", `${missing.join(", ")} must each have a row in transport-needs`);
    if (s.saving !== null && !savings.has(s.saving))
      broken("saving", "must be a Ref in the savings register");
    if (s.costCentre !== null && !costCentres.has(s.costCentre))
      broken("costCentre", "must be the cost centre of a line in budget-lines");
  }
  const scenarios = new Set(book.transportScenarios.map((s) => s.scenario));
  for (const plan of book.transportPlans) {
    if (!scenarios.has(plan.scenario))
      errors.push(
        `transport-plans ${plan.scenario}: Scenario is "${plan.scenario}", but must be a scenario in transport-scenarios`,
      );
  }
  return errors;
}
