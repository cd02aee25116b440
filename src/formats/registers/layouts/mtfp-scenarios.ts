import { SCENARIO_LEVERS } from "../../../domain/mtfp/mtfp.js";
import { listed, percent, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

const SLIP_RULE = "must be 0 to 100 for savings-slip";

export const mtfpScenarios = defineLayout({
  register: "mtfp-scenarios",
  title: "MTFP scenarios",
  summary:
    "Named scenarios to compare with the plan, each one or more levers: savings slipping, or more demand, pay award or inflation than the plan assumes.",
  columns: {
    scenario: required(TEXT, {
      header: "Scenario",
      description: "The scenario's name; rows with the same name are its levers.",
      example: "Residential demand + 5%",
    }),
    lever: required(listed(SCENARIO_LEVERS), {
      header: "Lever",
      description:
        "savings-slip: the percentage of each year's planned savings not delivered; demand, pay-award, inflation: extra percentage points a year on top of the plan's own.",
      example: "demand",
    }),
    scope: optional(
      TEXT,
      {
        header: "Scope",
        description:
          "What the lever applies to: a budget kind (placements, staffing, transport, other), a cost centre, a placement type or residential; blank for the lever's whole base.",
        example: "residential",
      },
      "",
    ),
    value: required(percent(), {
      header: "Value (%)",
      description:
        "The lever's size as a percentage, e.g. 50 for savings slipping by half, 5 for 5% more demand a year.",
      example: "5",
      alsoRule: SLIP_RULE,
    }),
  },
  key: ["scenario", "lever", "scope"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      if (row.lever === "savings-slip" && (row.value < 0 || row.value > 100)) {
        ctx.addIssue({ code: "custom", path: ["value"], message: SLIP_RULE });
      }
    }),
});
