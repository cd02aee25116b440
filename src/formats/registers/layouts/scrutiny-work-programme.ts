/** The work-programme register file: the topics a committee plans for its meetings. */
import { WORK_ITEM_COLUMNS as H } from "../../../domain/scrutiny/columns.js";
import { WORK_ITEM_STATUSES } from "../../../domain/scrutiny/model.js";
import { DATE, listed, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { LONG_TEXT } from "./scrutiny-cells.js";

export const workProgramme = defineLayout({
  register: "work-programme",
  title: "Work programme",
  summary:
    "The committee's work programme: a topic for a meeting, what the committee wants from it and who leads.",
  columns: {
    ref: required(TEXT, {
      header: H.ref,
      description: "The item's reference; unique in the file and among questions and recommendations.",
      example: "WP-24-05",
    }),
    committee: required(TEXT, {
      header: H.committee,
      description: "The committee whose programme it is on.",
      example: "Children and Young People Scrutiny Committee",
    }),
    meeting: required(DATE, { header: H.meeting, description: "The meeting's date.", example: "2024-11-19" }),
    topic: required(TEXT, {
      header: H.topic,
      description: "The topic.",
      example: "SEND transport demand and costs",
    }),
    purpose: optional(
      LONG_TEXT,
      {
        header: H.purpose,
        description: "What the committee wants from it; line breaks are kept.",
        example: "Examine how SEND transport demand and costs are managed",
      },
      "",
    ),
    leadOfficer: optional(
      TEXT,
      {
        header: H.leadOfficer,
        description: "The officer who leads the item.",
        example: "Transport Commissioning Manager",
      },
      "",
    ),
    status: required(listed(WORK_ITEM_STATUSES), {
      header: H.status,
      description: "planned, reported (taken at the meeting), deferred or withdrawn.",
      example: "planned",
    }),
  },
  key: ["ref"],
  row: (cells) => cells,
});
