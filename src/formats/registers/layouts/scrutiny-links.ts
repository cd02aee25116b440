/** The scrutiny-links register file: which measures, savings and budget lines each scrutiny item concerns. */
import { LINK_COLUMNS as H } from "../../../domain/scrutiny/columns.js";
import { LINK_KINDS } from "../../../domain/scrutiny/model.js";
import { listed, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

export const scrutinyLinks = defineLayout({
  register: "scrutiny-links",
  title: "Scrutiny links",
  summary:
    "What each question, recommendation or work programme item concerns: a measure, a saving or a budget line, whose live figures its page shows.",
  columns: {
    item: required(TEXT, {
      header: H.item,
      description: "The question, recommendation or work programme item, by its Ref.",
      example: "REC-24-b",
    }),
    kind: required(listed(LINK_KINDS), {
      header: H.kind,
      description: "measure, saving or line (a budget line).",
      example: "saving",
    }),
    target: required(TEXT, {
      header: H.target,
      description: "A measure's id, a saving's Ref or a budget line's cost centre.",
      example: "S4",
    }),
    note: optional(
      TEXT,
      {
        header: H.note,
        description: "Why the item concerns the figure.",
        example: "The saving the review evidences",
      },
      "",
    ),
  },
  key: ["item", "kind", "target"],
  row: (cells) => cells,
});
