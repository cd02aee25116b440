/**
 * A scenario as evidence for a saving: for a saving's ref, the saved scenarios that name it, and
 * what each saves in each financial year against the saving's target for that year.
 */
import { daysInYear, type FinancialYear } from "../../calendar/financial.js";
import { formatPounds, type Pence } from "../../money/money.js";
import type { SavingYear } from "../../savings/saving.js";
import { dayInWords, percentInWords } from "../words.js";
import type { ScenarioComparison } from "./compare.js";

export interface ScenarioEvidence {
  scenario: string;
  year: FinancialYear;
  /** The scenario's saving in the year; null when the projection does not reach the year. */
  saving: Pence | null;
  /** The saving's target for the year; null when the register has none. */
  target: Pence | null;
  /** The saving over the target; null without both, or with a target of 0. */
  share: number | null;
  /** Days of the year the projection covers, of the year's days. */
  days: number;
  yearDays: number;
  sentence: string;
}

const pounds = (amount: Pence) => formatPounds(amount, { wholePounds: true });

/** The evidence the scenarios give the saving `ref`: every year the projection or the saving's targets cover. */
export function scenarioEvidence(
  ref: string,
  comparisons: readonly ScenarioComparison[],
  savingYears: readonly SavingYear[],
): ScenarioEvidence[] {
  const targets = new Map(savingYears.filter((y) => y.ref === ref).map((y) => [y.year, y.target]));
  return comparisons
    .filter((c) => c.scenario.saving === ref)
    .flatMap((c) => {
      const projected = new Map(c.years.map((y) => [y.year, y]));
      const years = [...new Set([...projected.keys(), ...targets.keys()])].sort();
      const last = c.populations.at(-1)?.date;
      return years.map((year): ScenarioEvidence => {
        const cost = projected.get(year);
        const saving = cost?.saving ?? null;
        const target = targets.get(year) ?? null;
        const share = saving === null || target === null || target === 0 ? null : saving / target;
        const yearDays = daysInYear(year);
        const days = cost?.days ?? 0;
        const name = `Scenario '${c.scenario.scenario}'`;
        const against =
          target === null ? "with no target for that year" : `against a target of ${pounds(target)}`;
        const part =
          days > 0 && days < yearDays ? ` (the projection covers ${days} of its ${yearDays} days)` : "";
        const sentence =
          saving === null
            ? `${name} is not projected in ${year}${last ? ` (the projection ends on ${dayInWords(last)})` : ""}, ${against}.`
            : saving >= 0
              ? `${name} saves ${pounds(saving)} in ${year}${part} ${against}${share === null ? "" : `: ${percentInWords(share)}`}.`
              : `${name} costs ${pounds(-saving)} more than the base in ${year}${part} ${against}: no saving.`;
        return { scenario: c.scenario.scenario, year, saving, target, share, days, yearDays, sentence };
      });
    });
}
