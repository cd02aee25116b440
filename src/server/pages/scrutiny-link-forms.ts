/**
 * The forms on an item's page that link it to one of the council's own measures, savings or budget
 * lines (one form a kind, the choices from its own registers), and a button to remove each link.
 */

import { measureCatalogue } from "../../domain/measures/catalogue.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import { linkedTargets } from "../../domain/scrutiny/tracking.js";
import type { Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import { buttonForm, type Choice, scrutinyForm } from "./scrutiny-forms.js";
import type { FormState } from "./scrutiny-page.js";

/** The council's own measures, savings and budget lines, to link an item to. */
function targetChoices(registers: CouncilRegisters): Record<"measure" | "saving" | "line", Choice[]> {
  const lines = new Map(registers.budgetLines.map((l) => [l.costCentre, `${l.costCentre} ${l.name}`]));
  return {
    measure: measureCatalogue(registers.measureSettings).map((m) => ({ value: m.id, label: m.name })),
    saving: registers.savings.map((s) => ({ value: s.ref, label: `${s.ref} ${s.name}` })),
    line: [...lines].sort().map(([value, label]) => ({ value, label })),
  };
}

/** The forms to link the item to a measure, a saving or a line, and a button to remove each link. */
export function linkForms(viewer: Viewer, ref: string, registers: CouncilRegisters, state?: FormState): Html {
  const choices = targetChoices(registers);
  const action = `/scrutiny/${encodeURIComponent(ref)}/links`;
  const words = { measure: "a measure", saving: "a saving", line: "a budget line" } as const;
  const forms = (["measure", "saving", "line"] as const).map((kind) => {
    const v =
      state?.form === "link" && state.values.kind === kind
        ? { values: state.values, errors: state.errors }
        : { values: { item: ref, kind } };
    return scrutinyForm({
      name: "link",
      action,
      title: `Link ${words[kind]}`,
      submit: "Add link",
      viewer,
      hidden: ["item", "kind"],
      choices: { target: choices[kind] },
      ...v,
    });
  });
  const removes = linkedTargets(registers, ref).map((t) =>
    buttonForm(
      `${action}/remove`,
      viewer,
      { kind: t.kind, target: t.target },
      `Remove link to ${t.name ?? t.target}`,
    ),
  );
  return html`${removes.length > 0 ? html`<p>${removes}</p>` : ""}${forms}`;
}
