import { POST_STATUSES } from "../../../domain/workforce/post.js";
import { DATE, FTE, listed, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, notBefore, optional, required } from "../layout.js";

export const workforce = defineLayout({
  register: "workforce",
  title: "Workforce",
  summary: "The establishment: one row per post, filled by a permanent or agency worker, or vacant.",
  columns: {
    postRef: required(TEXT, {
      header: "Post ref",
      description: "The establishment's reference for the post; unique in the file.",
      example: "SW-0042",
    }),
    team: required(TEXT, {
      header: "Team",
      description: "The team the post sits in.",
      example: "Children in care team 1",
    }),
    role: required(TEXT, { header: "Role", description: "The job title.", example: "Social worker" }),
    costCentre: required(TEXT, {
      header: "Cost centre",
      description: "The ledger cost centre the post is paid from.",
      example: "CS2010",
    }),
    fte: required(FTE, { header: "FTE", description: "Full-time equivalent of the post.", example: "1" }),
    status: required(listed(POST_STATUSES), {
      header: "Status",
      description: "Whether the post is filled by a permanent worker, an agency worker, or vacant.",
      example: "agency",
    }),
    annualCost: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Annual cost (£)",
        description: "Full-time annual cost with on-costs (for a vacancy, its budgeted cost).",
        example: "52340.00",
        alsoRule: "must be given for a permanent post",
      },
      null,
    ),
    dayRate: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Day rate (£)",
        description: "The agency day rate for a full-time worker.",
        example: "385.00",
        alsoRule: "must be given for an agency post",
      },
      null,
    ),
    start: required(DATE, {
      header: "Start",
      description: "The day the post (or its current worker) started.",
      example: "2024-04-01",
    }),
    end: optional(
      DATE,
      {
        header: "End",
        description: "The day the post or the agency assignment ends, if known.",
        example: "2025-03-31",
        alsoRule: "must be on or after Start",
      },
      null,
    ),
  },
  key: ["postRef"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      if (row.status === "permanent" && row.annualCost === null) {
        ctx.addIssue({ code: "custom", path: ["annualCost"], message: "must be given for a permanent post" });
      }
      if (row.status === "agency" && row.dayRate === null) {
        ctx.addIssue({ code: "custom", path: ["dayRate"], message: "must be given for an agency post" });
      }
      notBefore(ctx, { date: row.start, header: "Start" }, { date: row.end, field: "end" });
    }),
});
