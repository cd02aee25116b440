/**
 * The savings tracker for a financial year at a date: each saving's target, delivery and forecast,
 * the amount at risk, its milestones and comments, and whether its linked drivers evidence its
 * rating. A saving rated blue or green whose driver has not moved as planned is unevidenced.
 */

import type { IsoDate } from "../calendar/dates.js";
import type { FinancialYear } from "../calendar/financial.js";
import type { ScenarioEvidence } from "../demand/scenarios/evidence.js";
import type { Pence } from "../money/money.js";
import { type CouncilRegisters, keyOf, type RegisterName } from "../registers.js";
import type { SavingDriverName, SavingDriverUnit } from "./drivers.js";
import { driverEvidence } from "./evidence.js";
import {
  atRisk,
  BRAG_RATINGS,
  type Brag,
  type Saving,
  type SavingComment,
  type SavingMilestone,
} from "./saving.js";

/**
 * not-started: the plan's `from` date is still to come; evidenced: the driver has moved at least the
 * evidence share of the movement planned to date; behind: it has moved the right way, but less;
 * not-moved: it has not moved the right way at all.
 */
export type EvidenceStatus = "evidenced" | "behind" | "not-moved" | "not-started";

export interface DriverEvidence {
  driver: SavingDriverName;
  label: string;
  unit: SavingDriverUnit;
  from: IsoDate;
  by: IsoDate;
  baseline: number;
  /** True when Outturn measured the baseline from the registers on `from`. */
  baselineMeasured: boolean;
  target: number;
  /** Where the plan puts the driver on the as-at date (straight line from baseline to target). */
  expected: number;
  actual: number;
  /** Actual movement ÷ movement planned to date; null when none is planned yet. */
  share: number | null;
  status: EvidenceStatus;
  /** One sentence, e.g. "Agency FTE: 58.0 on 31 Oct 2024 against 52.5 planned (from 64.0 to 34.0 by 30 Jun 2024)". */
  sentence: string;
  /** True where the driver counts children and a member may not see its small figures. */
  people: boolean;
  /** Set in a member's view when its figures and share are suppressed. */
  suppressed?: string;
}

export type MilestoneStatus = "done" | "overdue" | "due";

export interface TrackedSaving {
  saving: Saving;
  target: Pence;
  delivered: Pence;
  forecast: Pence;
  /** target − forecast, never below 0. */
  atRisk: Pence;
  evidence: DriverEvidence[];
  /** Rated blue or green while a linked driver is behind or has not moved. */
  unevidenced: boolean;
  milestones: (SavingMilestone & { status: MilestoneStatus })[];
  /** Oldest first. */
  comments: SavingComment[];
  /** The demand scenarios that name the saving, year by year against its targets; added from the council's projection. */
  scenarios?: ScenarioEvidence[];
}

export interface SavingsTotals {
  count: number;
  target: Pence;
  delivered: Pence;
  forecast: Pence;
  atRisk: Pence;
}

export interface SavingsTracker {
  year: FinancialYear;
  asAt: IsoDate;
  /** Savings with a target in the year, in register order. */
  savings: TrackedSaving[];
  byBrag: Record<Brag, SavingsTotals>;
  byCategory: (SavingsTotals & { category: string })[];
  byProgramme: (SavingsTotals & { programme: string })[];
  total: SavingsTotals;
  /** References of the unevidenced savings. */
  unevidenced: string[];
  warnings: string[];
}

const BLANK = (): SavingsTotals => ({ count: 0, target: 0, delivered: 0, forecast: 0, atRisk: 0 });

function addTo<T extends SavingsTotals>(totals: T, s: TrackedSaving): T {
  totals.count += 1;
  totals.target += s.target;
  totals.delivered += s.delivered;
  totals.forecast += s.forecast;
  totals.atRisk += s.atRisk;
  return totals;
}

/** Totals by a grouping, in order of first appearance. */
function groupBy<K extends string>(tracked: readonly TrackedSaving[], key: K, of: (s: Saving) => string) {
  const groups = new Map<string, SavingsTotals & Record<K, string>>();
  for (const s of tracked) {
    const name = of(s.saving);
    const group = groups.get(name) ?? ({ [key]: name, ...BLANK() } as SavingsTotals & Record<K, string>);
    groups.set(name, addTo(group, s));
  }
  return [...groups.values()];
}

const byDate = <T extends { date: IsoDate }>(a: T, b: T) => a.date.localeCompare(b.date);

export function savingsTracker(
  registers: CouncilRegisters,
  year: FinancialYear,
  asAt: IsoDate,
): SavingsTracker {
  const known = new Set(registers.savings.map((s) => s.ref));
  const warnings = orphans(registers, known);
  const years = new Map(registers.savingYears.filter((y) => y.year === year).map((y) => [y.ref, y]));
  const tracked = registers.savings.flatMap((saving): TrackedSaving[] => {
    const figures = years.get(saving.ref);
    if (!figures) return [];
    const evidence = registers.savingDrivers
      .filter((link) => link.ref === saving.ref)
      .map((link) => driverEvidence(registers, link, asAt));
    const moved = (e: DriverEvidence) => e.status === "behind" || e.status === "not-moved";
    return [
      {
        saving,
        target: figures.target,
        delivered: figures.delivered,
        forecast: figures.forecast,
        atRisk: atRisk(figures),
        evidence,
        unevidenced: (saving.brag === "blue" || saving.brag === "green") && evidence.some(moved),
        milestones: registers.savingMilestones
          .filter((m) => m.ref === saving.ref)
          .sort((a, b) => a.due.localeCompare(b.due))
          .map((m) => ({ ...m, status: milestoneStatus(m, asAt) })),
        comments: registers.savingComments.filter((c) => c.ref === saving.ref).sort(byDate),
      },
    ];
  });
  const byBrag = Object.fromEntries(
    BRAG_RATINGS.map((brag) => [brag, tracked.filter((s) => s.saving.brag === brag).reduce(addTo, BLANK())]),
  ) as Record<Brag, SavingsTotals>;
  return {
    year,
    asAt,
    savings: tracked,
    byBrag,
    byCategory: groupBy(tracked, "category", (s) => s.category),
    byProgramme: groupBy(tracked, "programme", (s) => s.programme),
    total: tracked.reduce(addTo, BLANK()),
    unevidenced: tracked.filter((s) => s.unevidenced).map((s) => s.saving.ref),
    warnings,
  };
}

/** done once completed; overdue when due before the as-at date and not completed; else due. */
export function milestoneStatus(m: SavingMilestone, asAt: IsoDate): MilestoneStatus {
  if (m.completed !== null) return "done";
  return m.due < asAt ? "overdue" : "due";
}

/** Rows of the savings' other registers whose reference is not in the savings register. */
function orphans(registers: CouncilRegisters, known: ReadonlySet<string>): string[] {
  const registersOf: [RegisterName, { ref: string }[]][] = [
    ["saving-years", registers.savingYears],
    ["saving-milestones", registers.savingMilestones],
    ["saving-comments", registers.savingComments],
    ["saving-drivers", registers.savingDrivers],
  ];
  return registersOf.flatMap(([name, rows]) =>
    rows
      .filter((row) => !known.has(row.ref))
      .map(
        (row) =>
          `${name} ${keyOf(name, row as never)}: saving ${row.ref} is not in the savings register; left out`,
      ),
  );
}
