import { COST_SUBTYPES } from "../../../domain/demand/model.js";
import { listed, POUNDS_NOT_NEGATIVE, percent } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

const SUBTYPES = COST_SUBTYPES.map((s) => s.subtype) as [
  (typeof COST_SUBTYPES)[number]["subtype"],
  ...(typeof COST_SUBTYPES)[number]["subtype"][],
];
const EITHER_RULE = "give Weekly cost (£) or Proportion (%), or both";

export const demandCosts = defineLayout({
  register: "demand-costs",
  title: "Demand costs",
  summary:
    "The council's own weekly cost and share of its placement category for a cost sub-type of the demand model, in place of those measured from the placements register and the SSDA903 return.",
  columns: {
    subtype: required(listed(SUBTYPES), {
      header: "Subtype",
      description: "The cost sub-type; one row per sub-type.",
      example: "Fostering (IFA)",
    }),
    weeklyCost: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Weekly cost (£)",
        description:
          "The gross weekly cost of one child in the sub-type; blank keeps the one measured from the placements register.",
        example: "950.00",
        alsoRule: EITHER_RULE,
      },
      null,
    ),
    proportion: optional(
      percent({ min: 0, max: 100 }),
      {
        header: "Proportion (%)",
        description:
          "The sub-type's share of its placement category's children, as a percentage; blank keeps the share measured from the return. Entered shares come first: the others are scaled so the category's sum to 100%.",
        example: "40",
      },
      null,
    ),
  },
  key: ["subtype"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      if (row.weeklyCost === null && row.proportion === null) {
        ctx.addIssue({ code: "custom", path: ["weeklyCost"], message: EITHER_RULE });
      }
    }),
});
