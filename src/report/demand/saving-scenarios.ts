/**
 * The savings tracker with the scenarios that evidence each saving: the transport scenarios whose
 * solved plans name it (transportEvidence), and the demand scenarios — the council's projection at
 * the tracker's date (the demand page's), its saved scenarios compared with the base — year by year
 * against its targets (scenarioEvidence). A saving no scenario names is left as it is.
 */
import { type ScenarioEvidence, scenarioEvidence } from "../../domain/demand/scenarios/evidence.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { SavingsTracker, TrackedSaving } from "../../domain/savings/tracker.js";
import type { Ssda903History } from "../../domain/ssda903/history.js";
import { transportEvidence } from "../../domain/transport/scenarios/evidence.js";
import { money, percent, text } from "../monthly/columns.js";
import type { ReportTable } from "../monthly/model.js";
import { sharedDemand } from "./shared-demand.js";

/** The tracker with each saving's scenario evidence added, transport's and demand's (and a warning when the projection cannot be made). */
export function withScenarioEvidence(
  tracker: SavingsTracker,
  registers: CouncilRegisters,
  history: Ssda903History | undefined,
): SavingsTracker {
  return withDemandEvidence(withTransportEvidence(tracker, registers), registers, history);
}

/** Transport scenarios' solved plans that name a saving: what each saves in its year. */
function withTransportEvidence(tracker: SavingsTracker, registers: CouncilRegisters): SavingsTracker {
  const { transportScenarios, transportPlans, savingYears } = registers;
  if (!transportScenarios.some((s) => s.saving !== null)) return tracker;
  return {
    ...tracker,
    savings: tracker.savings.map((s) => {
      const found = transportEvidence(s.saving.ref, transportScenarios, transportPlans, savingYears);
      return found.length === 0 ? s : { ...s, scenarios: [...(s.scenarios ?? []), ...found] };
    }),
  };
}

function withDemandEvidence(
  tracker: SavingsTracker,
  registers: CouncilRegisters,
  history: Ssda903History | undefined,
): SavingsTracker {
  const refs = new Set(tracker.savings.map((s) => s.saving.ref));
  const named = registers.demandScenarios.filter((s) => s.saving !== null && refs.has(s.saving));
  if (named.length === 0 || !history) return tracker;
  const shared = sharedDemand(registers, history, tracker.asAt);
  if ("unavailable" in shared) {
    const names = named.map((s) => `'${s.scenario}'`).join(", ");
    return {
      ...tracker,
      warnings: [...tracker.warnings, `demand-scenarios ${names}: not priced, as ${shared.unavailable}`],
    };
  }
  const comparisons = shared.demand.scenarios;
  return {
    ...tracker,
    savings: tracker.savings.map((s) => {
      const scenarios = scenarioEvidence(s.saving.ref, comparisons, registers.savingYears);
      return scenarios.length === 0 ? s : { ...s, scenarios: [...(s.scenarios ?? []), ...scenarios] };
    }),
  };
}

/**
 * The scenario sentences a saving's row shows: those for the tracker's year, or every year's when
 * none is for it.
 */
export function scenarioSentences(saving: TrackedSaving, year: string): string[] {
  const all: ScenarioEvidence[] = saving.scenarios ?? [];
  const inYear = all.filter((e) => e.year === year);
  return (inYear.length > 0 ? inYear : all).map((e) => e.sentence);
}

/** The demand scenarios that name the saving: what each saves by year against the saving's target. */
export function scenarioEvidenceTable(s: TrackedSaving): ReportTable {
  return {
    type: "table",
    title: "Evidence from scenarios",
    columns: [
      text("scenario", "Scenario", true),
      text("year", "Year"),
      money("saving", "Scenario saves"),
      money("target", "Target"),
      percent("share", "Share of target"),
      text("sentence", "What it shows", true),
    ],
    rows: (s.scenarios ?? []).map((e) => ({
      values: {
        scenario: e.scenario,
        year: e.year,
        saving: e.saving,
        target: e.target,
        share: e.share,
        sentence: e.sentence,
      },
    })),
  };
}
