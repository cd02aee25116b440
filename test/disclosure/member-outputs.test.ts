/**
 * No member-facing output shows a count of people from 1 to 4, nor a child-level row. Every document
 * a member reads (the monthly report, its drill-down to every service area and line, the savings
 * tracker and each saving, the MTFP, the measures, the demand projection with saved scenarios) is built as a member sees it, for Demoshire and
 * for a small council made from it, whose counts are small almost everywhere; then every table cell,
 * intro and note is read. The officer's edition of the same report is read too, to show the test
 * would catch what it looks for.
 */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../src/demo/generate.js";
import { parsePeriodRef, periodEnd } from "../../src/domain/calendar/financial.js";
import { type Audience, audienceFor, OFFICER } from "../../src/domain/disclosure/audience.js";
import { measuresAt } from "../../src/domain/measures/engine.js";
import { forecastOutturn } from "../../src/domain/outturn/forecast.js";
import type { CouncilRegisters } from "../../src/domain/registers.js";
import { savingsTracker } from "../../src/domain/savings/tracker.js";
import { mergeHistory } from "../../src/domain/ssda903/clean.js";
import { councilDemand } from "../../src/report/demand/council-demand.js";
import { demandDocument } from "../../src/report/demand/demand-document.js";
import { measuresDocument } from "../../src/report/measures/measures-document.js";
import { viewFor } from "../../src/report/measures/member-view.js";
import { lineDetail, serviceAreaDetail } from "../../src/report/monthly/drill-down.js";
import type { ReportDocument, ReportTable } from "../../src/report/monthly/model.js";
import { monthlyReport } from "../../src/report/monthly/report.js";
import { mtfpDocument, mtfpWithScenarios } from "../../src/report/savings/mtfp-document.js";
import { savingDetail } from "../../src/report/savings/saving-detail.js";
import { savingsDocument } from "../../src/report/savings/savings-document.js";
import { trackerFor } from "../../src/report/savings/shown-tracker.js";
import { demandScenario } from "../../src/store/sample-rows-demand-scenarios.js";

const demoshire = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const small = (() => {
  const c = generateCouncil({ seed: 7, scale: 0.2, asAt: DEMOSHIRE_AS_AT });
  const every = <T>(rows: readonly T[], n: number) => rows.filter((_, i) => i % n === 0);
  const registers: CouncilRegisters = {
    ...c.registers,
    placements: every(c.registers.placements, 4),
    workforce: every(c.registers.workforce, 6),
    htstPupils: every(c.registers.htstPupils, 9),
  };
  return { ...c, registers };
})();

/** Nouns counted in people; "3 placements" or "1 child" in prose is a count a member must not read. */
const SMALL_IN_WORDS =
  /(^|[^\d.,£])[1-4] (child|children|placements?|pupils?|posts?|young (person|people)|carers?|agency)\b/i;
/** "2 of 7" (a share's counts, as the measures show them) with either count from 1 to 4. */
const SMALL_SHARE = /(^|[^\d.,])[1-4] of \d|\d of [1-4]$/;
const CHILD_LEVEL = ["childRef", "placementRef", "postRef", "pupilRef"];

/** What a document shows that breaks the rule, as readable strings (empty: nothing). */
function breaches(doc: ReportDocument, marker = "[c]"): string[] {
  const found: string[] = [];
  const prose = [
    doc.title,
    doc.subtitle ?? "",
    ...doc.sections.flatMap((s) => [s.intro ?? "", ...(s.notes ?? []).map((n) => n.text)]),
  ];
  for (const text of prose) if (SMALL_IN_WORDS.test(text)) found.push(`prose: ${text}`);
  const tables = doc.sections.flatMap((s) => s.blocks).filter((b): b is ReportTable => b.type === "table");
  for (const table of tables) {
    for (const c of table.columns)
      if (CHILD_LEVEL.includes(c.key) || /child/i.test(c.label))
        found.push(`${table.title}: column ${c.label}`);
    for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
      for (const c of table.columns) {
        const v = row.values[c.key] ?? null;
        if (c.type === "count" && typeof v === "number" && v >= 1 && v <= 4)
          found.push(`${table.title}: ${c.label} ${v}`);
        if (c.type === "count" && typeof v === "string" && v !== marker)
          found.push(`${table.title}: ${c.label} "${v}"`);
        if (typeof v === "string" && (SMALL_IN_WORDS.test(v) || SMALL_SHARE.test(v)))
          found.push(`${table.title}: ${c.label} "${v}"`);
      }
    }
  }
  return found;
}

/** Every document a member reads for a council at a period. */
function memberDocuments(c: typeof demoshire, periodText: string, audience: Audience): ReportDocument[] {
  const { council, registers, ssda903 } = c;
  const period = parsePeriodRef(periodText);
  const outturn = forecastOutturn(registers, period);
  const history = mergeHistory(ssda903);
  const report = monthlyReport({ council, registers, audience, outturn, ssda903: history });
  const tracker = trackerFor(savingsTracker(registers, period.year, periodEnd(period)), audience);
  const mtfp = mtfpWithScenarios(registers);
  const measures = viewFor(measuresAt({ registers, history, period, forecasts: [outturn] }), audience);
  const scenarios = [0, 1, 2, 3].map((n) =>
    demandScenario(n, { from: null, ...(n === 1 ? { from: "2025-04-01" } : {}) }),
  );
  const demand = councilDemand({ ...registers, demandScenarios: scenarios }, history, periodEnd(period));
  return [
    report,
    ...outturn.serviceAreas.flatMap((a) => serviceAreaDetail(council, outturn, a.serviceArea) ?? []),
    ...outturn.lines.flatMap((l) => lineDetail(council, outturn, registers, l.costCentre, audience) ?? []),
    savingsDocument(council, tracker, periodText),
    ...tracker.savings.flatMap(
      (s) => savingDetail(council, tracker, registers, s.saving.ref, periodText) ?? [],
    ),
    ...(mtfp ? [mtfpDocument(council, mtfp.plan, mtfp.scenarios, "2024-11-01")] : []),
    measuresDocument(council, measures),
    ...(demand
      ? [
          demandDocument({
            council,
            demand,
            audience,
            period: periodText,
            savingYears: registers.savingYears,
          }),
        ]
      : []),
  ];
}

describe("what a member sees", () => {
  it.each([
    ["Demoshire", "2024-25:P7", demoshire],
    ["Demoshire", "2023-24:P12", demoshire],
    ["a small council", "2024-25:P7", small],
  ] as const)("%s at %s shows no count of people from 1 to 4 and no child-level row", (_, period, c) => {
    const member = audienceFor("member", c.registers.assumptions);
    const docs = memberDocuments(c, period, member);
    expect(docs.length).toBeGreaterThan(10);
    expect(docs.flatMap((d) => breaches(d))).toEqual([]);
  });

  it("is what an officer's edition of the small council would break, so the test can fail", () => {
    const found = memberDocuments(small, "2024-25:P7", OFFICER).flatMap((d) => breaches(d));
    expect(found.some((f) => f.includes("column Child (pseudonymised)"))).toBe(true);
    expect(found.some((f) => /Headcount [1-4]$|Number [1-4]$|Placements [1-4]$/.test(f))).toBe(true);
    expect(found.some((f) => /^(Demand: )?Projected by placement category: .* [1-4]$/.test(f))).toBe(true);
  });

  it("suppresses from 1 to the council's own threshold", () => {
    const registers = {
      ...small.registers,
      assumptions: [{ name: "small-number-threshold" as const, value: 9, note: "" }],
    };
    const member = audienceFor("member", registers.assumptions);
    expect(member).toEqual({ reader: "member", policy: { min: 1, max: 9, marker: "[c]" } });
    const outturn = forecastOutturn(registers, parsePeriodRef("2024-25:P7"));
    const report = monthlyReport({ council: small.council, registers, audience: member, outturn });
    const counts = report.sections
      .flatMap((s) => s.blocks)
      .filter((b): b is ReportTable => b.type === "table")
      .flatMap((t) =>
        t.columns.filter((c) => c.type === "count").flatMap((c) => t.rows.map((r) => r.values[c.key])),
      );
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((v) => typeof v === "number" && v >= 1 && v <= 9)).toEqual([]);
  });
});
