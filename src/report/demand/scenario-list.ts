/**
 * The saved scenarios in words: what each says and each change it makes to the model, and, for a
 * scenario that names a saving, what it saves against the saving's target year by year, each row
 * linking to the saving.
 */

import type { ScenarioComparison } from "../../domain/demand/scenarios/compare.js";
import { scenarioEvidence } from "../../domain/demand/scenarios/evidence.js";
import { scenarioInWords } from "../../domain/demand/scenarios/scenario.js";
import type { SavingYear } from "../../domain/savings/saving.js";
import type { ReportTable } from "../monthly/model.js";

/** What each scenario says, and each change it makes to the model in a sentence. */
export function scenarioListTables(comparisons: readonly ScenarioComparison[], prefix = ""): ReportTable[] {
  return [
    {
      type: "table",
      title: `${prefix}Scenarios saved`,
      columns: [
        { key: "scenario", label: "Scenario", type: "text" },
        { key: "words", label: "What it says", type: "text", wrap: true },
        { key: "saving", label: "Evidences saving", type: "text" },
        { key: "note", label: "Note", type: "text", wrap: true },
      ],
      rows: comparisons.map((c) => ({
        values: {
          scenario: c.scenario.scenario,
          words: scenarioInWords(c.scenario),
          saving: c.scenario.saving,
          note: c.scenario.note,
        },
      })),
    },
    {
      type: "table",
      title: `${prefix}Scenarios: changes to the model`,
      columns: [
        { key: "scenario", label: "Scenario", type: "text" },
        { key: "change", label: "What it changes", type: "text", wrap: true },
      ],
      rows: comparisons.flatMap((c) =>
        c.changes.sentences.map((change) => ({ values: { scenario: c.scenario.scenario, change } })),
      ),
    },
  ];
}

/** Each saving a scenario names, and what the scenario saves against its target year by year. */
export function evidenceTable(
  comparisons: readonly ScenarioComparison[],
  savingYears: readonly SavingYear[],
  prefix = "",
): ReportTable | null {
  const refs = [...new Set(comparisons.flatMap((c) => (c.scenario.saving ? [c.scenario.saving] : [])))];
  if (refs.length === 0) return null;
  return {
    type: "table",
    title: `${prefix}Scenarios as evidence`,
    columns: [
      { key: "ref", label: "Saving", type: "text" },
      { key: "year", label: "Financial year", type: "text" },
      { key: "saving", label: "Scenario's saving", type: "money" },
      { key: "target", label: "Target", type: "money" },
      { key: "sentence", label: "Evidence", type: "text", wrap: true },
    ],
    rows: refs.flatMap((ref) =>
      scenarioEvidence(ref, comparisons, savingYears).map((e) => ({
        values: { ref, year: e.year, saving: e.saving, target: e.target, sentence: e.sentence },
        drill: { kind: "saving" as const, ref },
      })),
    ),
  };
}
