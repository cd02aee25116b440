/**
 * The rules of the scrutiny registers. Within a row (which the register file checks too): a question
 * is answered on or after it was asked, with a response and a date together; a recommendation is
 * responded to on or after it was made, a response means a status other than awaiting and one still
 * awaiting has no response, and only an accepted or partly accepted one is rated. Across registers:
 * an action's recommendation exists; a link's item is a question, recommendation or work programme
 * item; its target exists (a measure in the catalogue or the settings, a saving's ref, a budget
 * line's cost centre); and an item's ref is used by one kind of item only, so a link names one item.
 * Each error names the register, the row, the column, its value and the rule.
 */
import { isMeasureId } from "../measures/catalogue.js";
import type { CouncilRegisters } from "../registers.js";
import {
  ACTION_COLUMNS,
  LINK_COLUMNS,
  QUESTION_COLUMNS,
  RECOMMENDATION_COLUMNS,
  type ScrutinyRegister,
  WORK_ITEM_COLUMNS,
} from "./columns.js";
import type { LinkKind, ScrutinyQuestion, ScrutinyRecommendation } from "./model.js";

/** The registers the rules read. */
export type ScrutinyBook = Pick<
  CouncilRegisters,
  | "scrutinyQuestions"
  | "scrutinyRecommendations"
  | "scrutinyActions"
  | "workProgramme"
  | "scrutinyLinks"
  | "savings"
  | "budgetLines"
  | "measureSettings"
>;

export interface RowRule<T> {
  field: keyof T & string;
  rule: string;
}

export interface ScrutinyError {
  register: ScrutinyRegister;
  /** The row's key (its ref, or item/kind/target for a link). */
  row: string;
  field: string;
  /** The column's header in the register file. */
  column: string;
  /** The value as written ("" when blank). */
  value: string;
  rule: string;
}

const before = (later: string | null, earlier: string) => later !== null && later < earlier;

/** The rules one question breaks on its own, each on the field at fault. */
export function questionRowErrors(q: ScrutinyQuestion): RowRule<ScrutinyQuestion>[] {
  const errors: RowRule<ScrutinyQuestion>[] = [];
  if (before(q.due, q.askedOn)) errors.push({ field: "due", rule: "must be on or after Asked on" });
  if (before(q.answeredOn, q.askedOn))
    errors.push({ field: "answeredOn", rule: "must be on or after Asked on" });
  if (q.response !== "" && q.answeredOn === null)
    errors.push({ field: "answeredOn", rule: "must be given with a Response" });
  if (q.response === "" && q.answeredOn !== null)
    errors.push({ field: "response", rule: "must be given with Answered on" });
  return errors;
}

/** The rules one recommendation breaks on its own, each on the field at fault. */
export function recommendationRowErrors(r: ScrutinyRecommendation): RowRule<ScrutinyRecommendation>[] {
  const errors: RowRule<ScrutinyRecommendation>[] = [];
  if (before(r.responseDue, r.madeOn))
    errors.push({ field: "responseDue", rule: "must be on or after Made on" });
  if (before(r.respondedOn, r.madeOn))
    errors.push({ field: "respondedOn", rule: "must be on or after Made on" });
  if (r.status === "awaiting") {
    if (r.response !== "" || r.respondedOn !== null)
      errors.push({
        field: "status",
        rule: "must be accepted, partly-accepted or rejected once there is a Response or Responded on",
      });
  } else {
    const once = `must be given once the Status is ${r.status}`;
    if (r.response === "") errors.push({ field: "response", rule: once });
    if (r.respondedOn === null) errors.push({ field: "respondedOn", rule: once });
  }
  if (r.rag !== null && (r.status === "awaiting" || r.status === "rejected"))
    errors.push({ field: "rag", rule: "must be blank unless the Status is accepted or partly-accepted" });
  return errors;
}

/** An error as one sentence: `scrutiny-actions A1: Recommendation is "R9", but must be …`. */
export function describeScrutinyError(e: ScrutinyError): string {
  return `${e.register} ${e.row}: ${e.column} is ${e.value === "" ? "blank" : `"${e.value}"`}, but ${e.rule}`;
}

const ITEM_REGISTERS = {
  question: "scrutiny-questions",
  recommendation: "scrutiny-recommendations",
  "work-programme": "work-programme",
} as const;
export type ScrutinyItemKind = keyof typeof ITEM_REGISTERS;

/** The kinds of item each ref names (more than one only when the rule below is broken). */
function itemKinds(book: ScrutinyBook): Map<string, ScrutinyItemKind[]> {
  const kinds = new Map<string, ScrutinyItemKind[]>();
  const add = (ref: string, kind: ScrutinyItemKind) => kinds.set(ref, [...(kinds.get(ref) ?? []), kind]);
  for (const q of book.scrutinyQuestions) add(q.ref, "question");
  for (const r of book.scrutinyRecommendations) add(r.ref, "recommendation");
  for (const w of book.workProgramme) add(w.ref, "work-programme");
  return kinds;
}

/** Which kind of item a ref names: a question, a recommendation or a work programme item. */
export function scrutinyItemKind(book: ScrutinyBook, ref: string): ScrutinyItemKind | undefined {
  return itemKinds(book).get(ref)?.[0];
}

const TARGET_RULES: Readonly<Record<LinkKind, string>> = {
  measure: "must be a measure's id in the catalogue or the measure-settings register",
  saving: "must be a Ref in the savings register",
  line: "must be the cost centre of a line in budget-lines",
};

/** Every broken rule of the council's scrutiny registers, row rules included. */
export function scrutinyErrors(book: ScrutinyBook): ScrutinyError[] {
  const errors: ScrutinyError[] = [];
  const push =
    (register: ScrutinyRegister, row: string, columns: Record<string, string>) =>
    (field: string, value: unknown, rule: string) =>
      errors.push({
        register,
        row,
        field,
        column: columns[field] ?? field,
        value: value == null ? "" : String(value),
        rule,
      });
  const kinds = itemKinds(book);
  const shared = (
    register: ScrutinyRegister,
    ref: string,
    columns: Record<string, string>,
    kind: ScrutinyItemKind,
  ) => {
    const others = (kinds.get(ref) ?? []).filter((k) => k !== kind).map((k) => ITEM_REGISTERS[k]);
    if (others.length > 0)
      push(register, ref, columns)(
        "ref",
        ref,
        `must not also be a Ref in ${others.join(" or ")}; a link names an item by its Ref alone`,
      );
  };
  for (const q of book.scrutinyQuestions) {
    const broken = push("scrutiny-questions", q.ref, QUESTION_COLUMNS);
    for (const { field, rule } of questionRowErrors(q)) broken(field, q[field], rule);
    shared("scrutiny-questions", q.ref, QUESTION_COLUMNS, "question");
  }
  for (const r of book.scrutinyRecommendations) {
    const broken = push("scrutiny-recommendations", r.ref, RECOMMENDATION_COLUMNS);
    for (const { field, rule } of recommendationRowErrors(r)) broken(field, r[field], rule);
    shared("scrutiny-recommendations", r.ref, RECOMMENDATION_COLUMNS, "recommendation");
  }
  for (const w of book.workProgramme) shared("work-programme", w.ref, WORK_ITEM_COLUMNS, "work-programme");
  const recommendations = new Set(book.scrutinyRecommendations.map((r) => r.ref));
  for (const a of book.scrutinyActions)
    if (!recommendations.has(a.recommendation))
      push("scrutiny-actions", a.ref, ACTION_COLUMNS)(
        "recommendation",
        a.recommendation,
        "must be the Ref of a recommendation in scrutiny-recommendations",
      );
  const targets: Readonly<Record<LinkKind, Set<string>>> = {
    measure: new Set(book.measureSettings.map((s) => s.measure)),
    saving: new Set(book.savings.map((s) => s.ref)),
    line: new Set(book.budgetLines.map((l) => l.costCentre)),
  };
  for (const link of book.scrutinyLinks) {
    const broken = push("scrutiny-links", `${link.item}/${link.kind}/${link.target}`, LINK_COLUMNS);
    if (!kinds.has(link.item))
      broken("item", link.item, "must be the Ref of a question, recommendation or work programme item");
    const found =
      targets[link.kind].has(link.target) || (link.kind === "measure" && isMeasureId(link.target));
    if (!found) broken("target", link.target, TARGET_RULES[link.kind]);
  }
  return errors;
}

/**
 * The errors `after` has that `before` had not: what a change (an import, a form, a figure set
 * through the API) would break, leaving alone what was already broken.
 */
export function newScrutinyErrors(was: ScrutinyBook, after: ScrutinyBook): ScrutinyError[] {
  const old = new Set(scrutinyErrors(was).map(describeScrutinyError));
  return scrutinyErrors(after).filter((e) => !old.has(describeScrutinyError(e)));
}
