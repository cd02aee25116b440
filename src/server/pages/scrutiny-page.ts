/**
 * What the scrutiny pages add to their documents' sections: the filter on /scrutiny, and for a role
 * that may edit scrutiny the forms, each prefilled (a saved row's values, a new row's next ref and
 * today's date) or, after a refused post, with what was sent and the errors beside the fields.
 * Members and read-only roles get the filter and no form.
 */
import { can } from "../../domain/access/roles.js";
import type { IsoDate } from "../../domain/calendar/dates.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { ScrutinyItemKind } from "../../domain/scrutiny/checks.js";
import { type ScrutinyPicture, STATUS_FILTERS } from "../../report/scrutiny/picture.js";
import { STATUS_LABELS } from "../../report/scrutiny/scrutiny-tables.js";
import type { Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import { cellsOf, type FormError, type FormName, type FormValues } from "../scrutiny-requests.js";
import { FORM_STYLE, scrutinyForm } from "./scrutiny-forms.js";
import { linkForms } from "./scrutiny-link-forms.js";

/** A refused post: the form, what was sent and what is wrong; `actionRef` names the action whose progress it was. */
export interface FormState {
  form: FormName;
  values: FormValues;
  errors: readonly FormError[];
  actionRef?: string;
}

const itemRefs = (r: CouncilRegisters) => [
  ...r.scrutinyQuestions.map((q) => q.ref),
  ...r.scrutinyRecommendations.map((x) => x.ref),
  ...r.workProgramme.map((w) => w.ref),
  ...r.scrutinyActions.map((a) => a.ref),
];

/** The ref after the register's last, e.g. "Q7" after "Q6" (leading zeros kept); blank when there is no pattern. */
export function nextRef(refs: readonly string[], taken: readonly string[]): string {
  const match = /^(.*?)(\d+)$/.exec(refs.at(-1) ?? "");
  if (!match) return "";
  const [, prefix = "", digits = ""] = match;
  for (let n = Number(digits) + 1; ; n++) {
    const ref = `${prefix}${String(n).padStart(digits.length, "0")}`;
    if (!taken.includes(ref)) return ref;
  }
}

/** The form's values: after a refused post of this form, what was sent; else `prefill`. */
const valuesFor = (name: FormName, state: FormState | undefined, prefill: FormValues, actionRef?: string) =>
  state?.form === name && state.actionRef === actionRef
    ? { values: state.values, errors: state.errors }
    : { values: prefill };

/** The filter on /scrutiny: committee and status, sent as the query. */
function filterForm(la: string, picture: ScrutinyPicture): Html {
  const option = (value: string, label: string, chosen: string | undefined) =>
    html`<option value="${value}"${value === (chosen ?? "") ? html` selected` : ""}>${label}</option>`;
  const statusLabel = (s: (typeof STATUS_FILTERS)[number]) =>
    s === "overdue" ? "Overdue" : STATUS_LABELS[s];
  return html`<form class="filter" method="get" action="/scrutiny" style="display:flex;gap:8px 16px;align-items:end;margin:8px 0">
<input type="hidden" name="la" value="${la}">
<label>Committee <select name="committee">${option("", "All committees", picture.filter.committee)}${picture.committees.map((c) => option(c, c, picture.filter.committee))}</select></label>
<label>Status <select name="status">${option("", "All", picture.filter.status)}${STATUS_FILTERS.map((s) => option(s, statusLabel(s), picture.filter.status))}</select></label>
<button type="submit">Filter</button></form>`;
}

/** /scrutiny's additions: the filter; for an editor, the forms to add a question, a recommendation and a work programme item. */
export function listAfter(
  viewer: Viewer,
  picture: ScrutinyPicture,
  registers: CouncilRegisters,
  la: string,
  state?: FormState,
): Record<string, Html> {
  const filter = filterForm(la, picture);
  if (!can(viewer.role, "edit-scrutiny")) return { summary: filter };
  const taken = itemRefs(registers);
  const committee = picture.filter.committee ?? picture.committees[0] ?? "";
  const today = picture.today;
  const question = valuesFor("question", state, {
    ref: nextRef(
      registers.scrutinyQuestions.map((q) => q.ref),
      taken,
    ),
    committee,
    meeting: today,
    askedOn: today,
  });
  const recommendation = valuesFor("recommendation", state, {
    ref: nextRef(
      registers.scrutinyRecommendations.map((r) => r.ref),
      taken,
    ),
    committee,
    madeOn: today,
    to: "Cabinet",
  });
  const work = valuesFor("work-item", state, {
    ref: nextRef(
      registers.workProgramme.map((w) => w.ref),
      taken,
    ),
    committee,
    status: "planned",
  });
  const form = (
    name: FormName,
    action: string,
    title: string,
    submit: string,
    v: ReturnType<typeof valuesFor>,
  ) => scrutinyForm({ name, action, title, submit, viewer, ...v });
  return {
    summary: filter,
    recommendations: html`${FORM_STYLE}${form("recommendation", "/scrutiny/recommendations", "Add a recommendation", "Add recommendation", recommendation)}`,
    questions: html`${FORM_STYLE}${form("question", "/scrutiny/questions", "Add a member's question", "Add question", question)}`,
    "work-programme": html`${FORM_STYLE}${form("work-item", "/scrutiny/work-programme", "Add a work programme item", "Add item", work)}`,
  };
}

/** An item page's additions for an editor: its own forms, the actions' forms, and the link forms. */
export function itemAfter(
  viewer: Viewer,
  kind: ScrutinyItemKind,
  ref: string,
  registers: CouncilRegisters,
  today: IsoDate,
  state?: FormState,
): Record<string, Html> {
  if (!can(viewer.role, "edit-scrutiny")) return {};
  const path = (tail: string) => `/scrutiny/${encodeURIComponent(ref)}/${tail}`;
  const form = (
    name: FormName,
    tail: string,
    title: string,
    submit: string,
    prefill: FormValues,
    extra = {},
  ) =>
    scrutinyForm({
      name,
      action: path(tail),
      title,
      submit,
      viewer,
      ...valuesFor(name, state, prefill),
      ...extra,
    });
  const links = linkForms(viewer, ref, registers, state);
  if (kind === "question") {
    const q = registers.scrutinyQuestions.find((x) => x.ref === ref);
    const prefill = q ? { ...cellsOf(q), answeredOn: q.answeredOn ?? today } : {};
    return {
      item: html`${FORM_STYLE}${form("answer", "answer", "Record the answer", "Save answer", prefill)}`,
      figures: links,
    };
  }
  if (kind === "work-programme") {
    const w = registers.workProgramme.find((x) => x.ref === ref);
    return {
      item: html`${FORM_STYLE}${form("work-change", "work-item", "Change this item", "Save changes", w ? cellsOf(w) : {})}`,
      figures: links,
    };
  }
  const r = registers.scrutinyRecommendations.find((x) => x.ref === ref);
  const saved = r ? cellsOf(r) : {};
  const actions = registers.scrutinyActions.filter((a) => a.recommendation === ref);
  const progress = actions.map((a) =>
    scrutinyForm({
      name: "progress",
      action: path("progress"),
      title: `Progress on ${a.ref}`,
      submit: "Save progress",
      viewer,
      hidden: ["actionRef"],
      ...valuesFor("progress", state, { ...cellsOf(a), actionRef: a.ref }, a.ref),
    }),
  );
  const newAction = {
    ref: nextRef(
      registers.scrutinyActions.map((a) => a.ref),
      itemRefs(registers),
    ),
    recommendation: ref,
    due: today,
  };
  return {
    item: html`${FORM_STYLE}${form("response", "response", "Record the executive's response", "Save response", { ...saved, respondedOn: r?.respondedOn ?? today })}${form("rag", "rag", "Rate progress (RAG)", "Save RAG", saved)}`,
    actions: html`${FORM_STYLE}${progress}${form("action", "actions", "Add an action", "Add action", newAction, { hidden: ["recommendation"] })}`,
    figures: links,
  };
}
