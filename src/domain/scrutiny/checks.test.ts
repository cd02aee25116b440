import { describe, expect, it } from "vitest";
import { budgetLine } from "../../store/sample-rows.js";
import { saving } from "../../store/sample-rows-savings-mtfp.js";
import {
  scrutinyAction,
  scrutinyLink,
  scrutinyQuestion,
  scrutinyRecommendation,
  workProgrammeItem,
} from "../../store/sample-rows-scrutiny.js";
import { emptyRegisters } from "../registers.js";
import {
  describeScrutinyError,
  newScrutinyErrors,
  type ScrutinyBook,
  scrutinyErrors,
  scrutinyItemKind,
} from "./checks.js";

const book = (changes: Partial<ScrutinyBook> = {}): ScrutinyBook => ({
  ...emptyRegisters(),
  scrutinyQuestions: [scrutinyQuestion(1)],
  scrutinyRecommendations: [scrutinyRecommendation(1)],
  scrutinyActions: [scrutinyAction(1)],
  workProgramme: [workProgrammeItem(1)],
  savings: [saving(4, { ref: "S4" })],
  budgetLines: [budgetLine(1)],
  scrutinyLinks: [
    scrutinyLink(1),
    scrutinyLink(2, { item: "Q1", kind: "measure", target: "stability-3-plus" }),
    scrutinyLink(3, { item: "WP1", kind: "line", target: "CC101" }),
  ],
  ...changes,
});

const sentences = (b: ScrutinyBook) => scrutinyErrors(b).map(describeScrutinyError);

describe("the rules across the scrutiny registers", () => {
  it("finds nothing wrong with consistent registers", () => {
    expect(scrutinyErrors(book())).toEqual([]);
  });

  it("names an action whose recommendation is not in the register", () => {
    expect(sentences(book({ scrutinyActions: [scrutinyAction(1, { recommendation: "R9" })] }))).toEqual([
      'scrutiny-actions A1: Recommendation is "R9", but must be the Ref of a recommendation in scrutiny-recommendations',
    ]);
  });

  it("names a link whose item or target does not exist, for each kind", () => {
    const links = [
      scrutinyLink(1, { item: "X1" }),
      scrutinyLink(1, { kind: "measure", target: "happiness" }),
      scrutinyLink(1, { target: "S9" }),
      scrutinyLink(1, { kind: "line", target: "CC999" }),
    ];
    expect(scrutinyErrors(book({ scrutinyLinks: links }))).toEqual([
      {
        register: "scrutiny-links",
        row: "X1/saving/S4",
        field: "item",
        column: "Item",
        value: "X1",
        rule: "must be the Ref of a question, recommendation or work programme item",
      },
      expect.objectContaining({ row: "R1/measure/happiness", column: "Target", value: "happiness" }),
      expect.objectContaining({ row: "R1/saving/S9", rule: "must be a Ref in the savings register" }),
      expect.objectContaining({
        row: "R1/line/CC999",
        rule: "must be the cost centre of a line in budget-lines",
      }),
    ]);
  });

  it("accepts a measure named only in the council's measure settings", () => {
    const b = book({
      scrutinyLinks: [scrutinyLink(1, { kind: "measure", target: "local-measure" })],
      measureSettings: [{ measure: "local-measure", target: null, tolerance: null, owner: "" }],
    });
    expect(scrutinyErrors(b)).toEqual([]);
  });

  it("includes each row's own rules, naming the register, row, column and value", () => {
    const b = book({
      scrutinyQuestions: [scrutinyQuestion(1, { answeredOn: "2024-09-01" })],
      scrutinyRecommendations: [scrutinyRecommendation(1, { status: "awaiting", rag: null })],
    });
    expect(sentences(b)).toEqual([
      'scrutiny-questions Q1: Answered on is "2024-09-01", but must be on or after Asked on',
      'scrutiny-recommendations R1: Status is "awaiting", but must be accepted, partly-accepted or rejected once there is a Response or Responded on',
    ]);
  });

  it("refuses one ref for two kinds of item, since a link names an item by its ref alone", () => {
    const b = book({ workProgramme: [workProgrammeItem(1, { ref: "R1" })] });
    expect(sentences(b)).toEqual([
      'scrutiny-recommendations R1: Ref is "R1", but must not also be a Ref in work-programme; a link names an item by its Ref alone',
      'work-programme R1: Ref is "R1", but must not also be a Ref in scrutiny-recommendations; a link names an item by its Ref alone',
      'scrutiny-links WP1/line/CC101: Item is "WP1", but must be the Ref of a question, recommendation or work programme item',
    ]);
    expect(scrutinyItemKind(book(), "WP1")).toBe("work-programme");
    expect(scrutinyItemKind(book(), "nothing")).toBeUndefined();
  });

  it("reports only what a change breaks, not what was broken already", () => {
    const was = book({ scrutinyLinks: [scrutinyLink(1, { target: "S9" })] });
    const after = { ...was, scrutinyRecommendations: [] };
    expect(newScrutinyErrors(was, after).map(describeScrutinyError)).toEqual([
      'scrutiny-actions A1: Recommendation is "R1", but must be the Ref of a recommendation in scrutiny-recommendations',
      'scrutiny-links R1/saving/S9: Item is "R1", but must be the Ref of a question, recommendation or work programme item',
    ]);
  });
});
