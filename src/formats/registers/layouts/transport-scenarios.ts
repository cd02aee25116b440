/** The transport-scenarios register file: a policy per row with the parameters it uses (rules in scenario-check.ts). */
import { SCENARIO_COLUMNS as H, scenarioRowErrors } from "../../../domain/transport/scenario-check.js";
import { TRANSPORT_POLICIES } from "../../../domain/transport/scenarios/model.js";
import { DATE, listed, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { PUPIL_REFS, wholeNumber } from "./transport-cells.js";

const blankToNull = (text: string | null) => (text === "" ? null : text);

export const transportScenarios = defineLayout({
  register: "transport-scenarios",
  title: "Transport scenarios",
  summary:
    "Transport policies priced against today's arrangements: shared routes, pick-up points, personal transport budgets, independent travel training, or routes planned with a neighbouring council. Each gives the parameters its policy uses, may name the saving it evidences, and may be adopted from a date onto a cost centre so the transport forecast follows.",
  columns: {
    scenario: required(TEXT, {
      header: H.scenario,
      description: "The scenario's name; unique in the file.",
      example: "Pick-up points 800 m",
    }),
    policy: required(listed(TRANSPORT_POLICIES), {
      header: H.policy,
      description:
        "shared-routes: today's pupils on routes planned to share; pick-up-points: pupils walk to pick-up points; personal-budgets: parents paid a mileage rate; travel-training: trained pupils travel independently; across-the-border: routes planned with a neighbouring council's.",
      example: "pick-up-points",
    }),
    walkingMetres: optional(
      wholeNumber("must be a whole number of metres above 0, e.g. 800", 1),
      {
        header: H.walkingMetres,
        description: "pick-up-points: the longest walk from home to a pick-up point.",
        example: "800",
        alsoRule: "must be given for pick-up-points and blank otherwise",
      },
      null,
    ),
    mileageRate: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: H.mileageRate,
        description: "personal-budgets: what parents are paid a mile, e.g. 0.45 for 45p.",
        example: "",
        alsoRule: "must be given for personal-budgets and blank otherwise",
      },
      null,
    ),
    trained: optional(
      PUPIL_REFS,
      {
        header: H.trained,
        description:
          'travel-training: the pupils trained, by Pupil ref separated by ";"; blank: the Pupils to train eligible pupils costing most today.',
        example: "",
        alsoRule: "travel-training only; each must have a row in transport-needs",
      },
      [] as string[],
    ),
    trainCount: optional(
      wholeNumber("must be a whole number of pupils, 0 or more, e.g. 20"),
      {
        header: H.trainCount,
        description: "travel-training: how many pupils to train when Trained pupils is blank.",
        example: "",
        alsoRule: "must be given for travel-training when Trained pupils is blank, and blank otherwise",
      },
      null,
    ),
    trainingCost: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: H.trainingCost,
        description: "travel-training: what training one pupil costs, once.",
        example: "",
        alsoRule: "must be given for travel-training and blank otherwise",
      },
      null,
    ),
    partner: optional(
      TEXT,
      {
        header: H.partner,
        description: "across-the-border: the neighbouring council's LA code in the same Outturn.",
        example: "",
        alsoRule: "must be given for across-the-border and blank otherwise; not this council's own code",
      },
      null,
    ),
    saving: optional(
      TEXT,
      {
        header: H.saving,
        description: "The saving in the savings register the scenario evidences, by its Ref; blank for none.",
        example: "S4",
      },
      null,
    ),
    adoptFrom: optional(
      DATE,
      {
        header: H.adoptFrom,
        description:
          "The day the solved plan is adopted from; the transport forecast follows from then. Blank: not adopted.",
        example: "",
      },
      null,
    ),
    costCentre: optional(
      TEXT,
      {
        header: H.costCentre,
        description: "The budget line's cost centre the adopted plan's saving is forecast on.",
        example: "",
        alsoRule: "must be given with Adopt from; a cost centre in the budget lines register",
      },
      null,
    ),
    note: optional(
      TEXT,
      {
        header: H.note,
        description: "Anything the reader should know.",
        example: "Pupils able to walk meet at pick-up points",
      },
      "",
    ),
  },
  key: ["scenario"],
  row: (cells) =>
    cells.transform((cellRow, ctx) => {
      const row = {
        ...cellRow,
        partner: blankToNull(cellRow.partner),
        saving: blankToNull(cellRow.saving),
        costCentre: blankToNull(cellRow.costCentre),
      };
      for (const { field, rule } of scenarioRowErrors(row))
        ctx.addIssue({ code: "custom", path: [field], message: rule });
      return row;
    }),
});
