import { z } from "zod";
import { type CellType, cellText, DATE, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

const POSTS_RULE = "must be a whole number of posts, 1 or more, e.g. 30";

const POSTS: CellType<number> = {
  kind: "number",
  rule: POSTS_RULE,
  schema: z.preprocess(
    (cell) =>
      typeof cell === "number" ? cell : /^\d+$/.test(cellText(cell)) ? Number(cellText(cell)) : Number.NaN,
    z.number({ error: POSTS_RULE }).int({ error: POSTS_RULE }).min(1, { error: POSTS_RULE }),
  ),
};

export const conversionPlans = defineLayout({
  register: "conversion-plans",
  title: "Conversion plans",
  summary:
    "Plans to convert agency posts of a role to permanent from a date; the forecast saves the agency premium of the dearest posts first.",
  columns: {
    ref: required(TEXT, {
      header: "Plan ref",
      description: "The council's reference for the plan; unique in the file.",
      example: "CP-2024-01",
    }),
    saving: required(TEXT, {
      header: "Saving ref",
      description: "The saving the plan delivers, as the savings plan names it.",
      example: "S3",
    }),
    role: required(TEXT, {
      header: "Role",
      description: "The role whose agency posts convert, written as in the workforce register.",
      example: "Social worker",
    }),
    posts: required(POSTS, {
      header: "Posts",
      description: "How many agency posts of the role convert to permanent.",
      example: "30",
    }),
    effectiveDate: required(DATE, {
      header: "Effective date",
      description: "The first day the converted posts are permanent.",
      example: "2024-07-01",
    }),
    target: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Target this year (£)",
        description:
          "What the saving is meant to deliver in the financial year the plan takes effect, if the plan states it; Outturn shows the premium per post it implies.",
        example: "1006000",
      },
      null,
    ),
    note: optional(
      TEXT,
      {
        header: "Note",
        description: "The plan in the council's words.",
        example: "Convert 30 posts by end of June 2024",
      },
      "",
    ),
  },
  key: ["ref"],
  row: (cells) => cells,
});
