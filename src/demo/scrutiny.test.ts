import { describe, expect, it } from "vitest";
import { parsePeriodRef, periodEnd } from "../domain/calendar/financial.js";
import { scrutinyErrors } from "../domain/scrutiny/checks.js";
import {
  committeeSummary,
  linkedTargets,
  trackQuestion,
  workProgrammeByMeeting,
} from "../domain/scrutiny/tracking.js";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "./generate.js";
import { DEMO_COMMITTEE, demoScrutiny } from "./scrutiny.js";

const { registers } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
const asAt = periodEnd(parsePeriodRef(DEMOSHIRE_AS_AT));

describe("Demoshire's scrutiny", () => {
  it("is in the generated council and breaks none of the scrutiny rules against its measures, savings and lines", () => {
    expect(registers.scrutinyRecommendations).toEqual(demoScrutiny().scrutinyRecommendations);
    expect(registers.scrutinyLinks.length).toBeGreaterThan(20);
    expect(scrutinyErrors(registers)).toEqual([]);
  });

  it("stands at the as-at date with every kind of status, one response and one action overdue", () => {
    const statuses = registers.scrutinyRecommendations.map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(["accepted", "partly-accepted", "rejected", "awaiting"]));
    expect(
      registers.scrutinyRecommendations.every((r) => r.to === "Cabinet" && r.committee === DEMO_COMMITTEE),
    ).toBe(true);
    for (const r of registers.scrutinyRecommendations)
      expect(r.rag !== null).toBe(r.status === "accepted" || r.status === "partly-accepted");
    expect(committeeSummary(registers, asAt, DEMO_COMMITTEE)).toMatchObject({
      recommendations: 7,
      awaitingResponse: 1,
      overdueResponses: 1,
      overdueActions: 1,
      overdueQuestions: 1,
    });
    expect(registers.scrutinyActions.some((a) => a.doneOn !== null)).toBe(true);
    const questions = registers.scrutinyQuestions.map((q) => trackQuestion(q, asAt));
    expect(questions.filter((q) => q.done).length).toBeGreaterThan(0);
    expect(questions.filter((q) => !q.done && !q.overdue).length).toBeGreaterThan(0);
  });

  it("answers, responds and completes nothing after the as-at date", () => {
    const dates = [
      ...registers.scrutinyQuestions.flatMap((q) => [q.askedOn, q.answeredOn]),
      ...registers.scrutinyRecommendations.flatMap((r) => [r.madeOn, r.respondedOn]),
      ...registers.scrutinyActions.map((a) => a.doneOn),
    ].filter((d): d is string => d !== null);
    expect(dates.every((d) => d <= asAt)).toBe(true);
  });

  it("has a work programme across the year, past and upcoming", () => {
    const { upcoming, past } = workProgrammeByMeeting(registers.workProgramme, asAt);
    expect(registers.workProgramme.length).toBeGreaterThanOrEqual(8);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    expect(linkedTargets(registers, "REC-24-b").map((t) => t.name)).toEqual([
      "SEN transport efficiencies",
      "SEND home to school transport",
    ]);
  });

  it("has one committee report in seed 002's layout with every narrative section written", () => {
    const [report, ...others] = registers.committeeReports;
    expect(others).toEqual([]);
    expect(report).toMatchObject({ classification: "Open", wards: "(All Wards)", committee: DEMO_COMMITTEE });
    for (const [field, value] of Object.entries(report ?? {}))
      expect([field, value.trim() !== ""]).toEqual([field, true]);
    expect(report?.legalImplications).toMatch(/9F\(2\).*two months/s);
    expect(report?.meeting && report.meeting > asAt).toBe(true);
  });

  it("is Demoshire's alone", () => {
    const large = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 0.2 });
    expect(large.registers.scrutinyQuestions).toEqual([]);
    expect(large.registers.committeeReports).toEqual([]);
  });
});
