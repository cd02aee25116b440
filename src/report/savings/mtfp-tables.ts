/**
 * The medium term financial plan as report tables: each year's build-up in the seed's Table 3 layout,
 * the years side by side as its Table 4, need and gap, savings by programme and category by year
 * (Table 5), the lines with their basis, and the reconciliation with the budget lines.
 */
import type { MtfpKind } from "../../domain/mtfp/mtfp.js";
import type { MtfpGroupTotal, MtfpPlan, MtfpYear } from "../../domain/mtfp/plan.js";
import { money, percent, text } from "../monthly/columns.js";
import type { CellValue, ReportColumn, ReportRow, ReportTable } from "../monthly/model.js";

export const MTFP_KIND_LABELS: Readonly<Record<MtfpKind, string>> = {
  base: "Base budget",
  funding: "Additional funding",
  "pay-award": "Pay award",
  inflation: "Inflation",
  demand: "Demand",
  pressure: "Other pressure",
  mitigation: "Mitigation",
};

/** "Inflation (90% funded)", or "Inflation" when it is funded in full or its lines differ. */
export function inflationLabel(year: MtfpYear): string {
  const share = year.inflationFundedShare;
  return share === null || share === 100 ? "Inflation" : `Inflation (${share}% funded)`;
}

/** The first and last plan years, e.g. "2024-25 to 2026-27". */
export function planSpan(plan: MtfpPlan): string {
  const first = plan.years[0]?.year ?? plan.baseYear;
  const last = plan.years.at(-1)?.year ?? first;
  return first === last ? first : `${first} to ${last}`;
}

const row = (label: string, amount: CellValue): ReportRow => ({ values: { label, amount } });

/** One year's build-up, as the seed's Table 3: b/f, funding, each pressure, then what is taken off, to c/f. */
export function buildUpTable(year: MtfpYear): ReportTable {
  return {
    type: "table",
    title: `MTFP ${year.year} build-up`,
    columns: [text("label", ""), money("amount", year.year)],
    rows: [
      row("Base budget b/f", year.baseBroughtForward),
      row("Additional funding", year.funding),
      row("Pay award", year.payAward),
      row(inflationLabel(year), year.inflation),
      row("Demand", year.demand),
      row("Other pressures", year.otherPressures),
      row("Mitigations", -year.mitigations),
      row("Planned savings", -year.savings),
    ],
    total: row("Base budget c/f", year.baseCarriedForward),
  };
}

const yearColumns = (plan: MtfpPlan): ReportColumn[] => plan.years.map((y, i) => money(`y${i}`, y.year));

const byYear = (plan: MtfpPlan, value: (y: MtfpYear) => CellValue) =>
  Object.fromEntries(plan.years.map((y, i) => [`y${i}`, value(y)]));

/** The years side by side, as the seed's Table 4, with the savings over the plan in a TOTAL column. */
export function yearsTable(plan: MtfpPlan): ReportTable {
  const line = (label: string, value: (y: MtfpYear) => CellValue, total: CellValue = null): ReportRow => ({
    values: { label, ...byYear(plan, value), total },
  });
  return {
    type: "table",
    title: `MTFP ${planSpan(plan)}`,
    columns: [text("label", ""), ...yearColumns(plan), money("total", "TOTAL savings")],
    rows: [
      line("Base budget b/f", (y) => y.baseBroughtForward),
      line("Additional funding", (y) => y.funding),
      line("Pressures − mitigations", (y) => y.pressures - y.mitigations),
      line("Planned savings", (y) => -y.savings, -plan.totalSavings),
    ],
    total: line("Base budget c/f", (y) => y.baseCarriedForward),
  };
}

/** What the plan's pressures really cost, funded or not, against the budget: the gap to find. */
export function needTable(plan: MtfpPlan): ReportTable {
  const line = (label: string, value: (y: MtfpYear) => CellValue): ReportRow => ({
    values: { label, ...byYear(plan, value) },
  });
  return {
    type: "table",
    title: "MTFP need and gap",
    columns: [text("label", ""), ...yearColumns(plan)],
    rows: [
      line("Base budget c/f", (y) => y.baseCarriedForward),
      line("Unfunded pressures in the year", (y) => y.unfunded),
      line("Need (c/f and unfunded pressures so far)", (y) => y.need),
    ],
    total: { values: { label: "Gap", ...byYear(plan, (y) => y.gap) } },
  };
}

/** Planned savings by programme or category and year, as the seed's Table 5. */
export function savingsByYearTable(plan: MtfpPlan, by: "programme" | "category"): ReportTable {
  const groups: MtfpGroupTotal[] = by === "programme" ? plan.savingsByProgramme : plan.savingsByCategory;
  return {
    type: "table",
    title: `MTFP savings by ${by}`,
    columns: [
      text("name", by === "programme" ? "Planned activity" : "Category"),
      ...yearColumns(plan),
      money("total", "TOTAL"),
    ],
    rows: groups.map((g) => ({
      values: {
        name: g.name || `(no ${by})`,
        ...Object.fromEntries(g.byYear.map((amount, i) => [`y${i}`, amount])),
        total: g.total,
      },
    })),
    total: { values: { name: "Total", ...byYear(plan, (y) => y.savings), total: plan.totalSavings } },
  };
}

/** Every funding, pressure and mitigation line by year, signed as it changes the budget, with how it was worked out. */
export function linesTable(plan: MtfpPlan): ReportTable {
  const lines = plan.years.flatMap((y) => y.lines).filter((l) => l.kind !== "base");
  return {
    type: "table",
    title: "MTFP pressures and mitigations",
    columns: [
      text("year", "Year"),
      text("ref", "Ref"),
      text("kind", "Kind"),
      text("costCentre", "Budget line"),
      text("description", "Description", true),
      money("amount", "Budget change"),
      money("gross", "Full pressure"),
      percent("fundedShare", "Funded"),
      text("source", "Source"),
      text("basis", "Basis", true),
    ],
    rows: lines.map((l) => ({
      values: {
        year: l.year,
        ref: l.ref,
        kind: MTFP_KIND_LABELS[l.kind],
        costCentre: l.costCentre ?? "Directorate",
        description: l.description,
        amount: l.kind === "mitigation" ? -l.amount : l.amount,
        gross: l.kind === "mitigation" ? -l.gross : l.gross,
        fundedShare: l.fundedShare / 100,
        source: l.source === "entered" ? "Entered" : "Computed",
        basis: l.basis,
      },
    })),
  };
}

/** The plan's first year against the budget lines: b/f with the base year's, c/f with the first year's. */
export function reconciliationTable(plan: MtfpPlan): ReportTable {
  const r = plan.reconciliation;
  const first = plan.years[0]?.year ?? "";
  const source = r.baseSource === "entered" ? "the entered base line" : "the base year's budget lines";
  return {
    type: "table",
    title: "MTFP reconciliation",
    columns: [
      text("label", ""),
      money("plan", "In the plan"),
      money("budgetLines", "Budget lines"),
      money("difference", "Difference"),
    ],
    rows: [
      {
        values: {
          label: `Base budget b/f into ${first} (from ${source}) against the ${r.baseYear} budget lines`,
          plan: r.baseBroughtForward,
          budgetLines: r.baseYearBudgetLines,
          difference: r.baseDifference,
        },
      },
      {
        values: {
          label: `Base budget c/f for ${first} against the ${first} budget lines`,
          plan: r.firstYearCarriedForward,
          budgetLines: r.firstYearBudgetLines,
          difference: r.firstYearDifference,
        },
      },
    ],
  };
}
