import { z } from "zod";
import { SCENARIO_KINDS, type ScenarioKind } from "../../../domain/demand/scenarios/scenario.js";
import { type CellType, cellText, DATE, listed, percent, TEXT } from "../cells.js";
import { defineLayout, notBefore, optional, required } from "../layout.js";

const NUMBER_RULE = "must be a number above 0, e.g. 10 or 1.3";

/** A count of children, carers or entries, or the children a carer takes: above 0; "," is dropped. */
const ABOVE_ZERO: CellType<number> = {
  kind: "number",
  rule: NUMBER_RULE,
  schema: z.preprocess(
    (cell) => {
      if (typeof cell === "number") return cell;
      const text = cellText(cell).replace(/,/g, "");
      return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    },
    z.number({ error: NUMBER_RULE }).gt(0, { error: NUMBER_RULE }),
  ),
};

type Field = "number" | "perCarer" | "percent" | "from" | "by";
/** Which of the scenario's fields each kind needs (the rest must be blank, except From and By where allowed). */
const NEEDS: Readonly<Record<ScenarioKind, { needs: Field[]; blank: Field[] }>> = {
  "step-down": { needs: ["number", "by"], blank: ["perCarer", "percent"] },
  "recruit-carers": { needs: ["number", "perCarer", "from"], blank: ["percent", "by"] },
  reunify: { needs: ["percent"], blank: ["number", "perCarer"] },
  "prevent-entries": { needs: ["number"], blank: ["perCarer", "percent"] },
};

export const demandScenarios = defineLayout({
  register: "demand-scenarios",
  title: "Demand scenarios",
  summary:
    "Scenarios for the demand projection in a head of service's words, each translated into changes to the model's rates (or, for carers, to the in-house and IFA fostering shares) and compared with the base; one may name the saving it evidences.",
  columns: {
    scenario: required(TEXT, {
      header: "Scenario",
      description: "The scenario's name; unique in the file.",
      example: "Recruit 8 carers",
    }),
    kind: required(listed(SCENARIO_KINDS), {
      header: "Kind",
      description:
        "step-down: step Number children down from residential to fostering by By; recruit-carers: Number more in-house foster carers each taking Per carer children from From; reunify: Percent more children leaving care home; prevent-entries: Number fewer entries to care a year.",
      example: "recruit-carers",
    }),
    number: optional(
      ABOVE_ZERO,
      {
        header: "Number",
        description:
          "Children to step down (step-down), carers to recruit (recruit-carers) or entries a year to prevent (prevent-entries); blank for reunify.",
        example: "8",
        alsoRule: "must be given for step-down, recruit-carers and prevent-entries, and blank for reunify",
      },
      null,
    ),
    perCarer: optional(
      ABOVE_ZERO,
      {
        header: "Per carer",
        description: "The children each new carer takes on average (recruit-carers only).",
        example: "1.3",
        alsoRule: "must be given for recruit-carers and blank otherwise",
      },
      null,
    ),
    percent: optional(
      percent({ above: 0, max: 100 }),
      {
        header: "Percent",
        description: "How many percent more children are reunified within 12 months (reunify only).",
        example: "",
        alsoRule: "must be given for reunify and blank otherwise",
      },
      null,
    ),
    from: optional(
      DATE,
      {
        header: "From",
        description:
          "The first day the change applies: needed for recruit-carers (the day the carers start); blank for the projection's first day.",
        example: "2024-10-01",
        alsoRule: "must be given for recruit-carers",
      },
      null,
    ),
    by: optional(
      DATE,
      {
        header: "By",
        description:
          "step-down: the day the children have stepped down by; reunify, prevent-entries: the last day the change applies (blank: to the end); blank for recruit-carers.",
        example: "",
        alsoRule: "must be given for step-down and blank for recruit-carers; on or after From",
      },
      null,
    ),
    saving: optional(
      TEXT,
      {
        header: "Saving",
        description: "The saving in the savings register the scenario evidences, by its Ref; blank for none.",
        example: "S4",
      },
      null,
    ),
    note: optional(
      TEXT,
      {
        header: "Note",
        description: "Anything the reader should know.",
        example: "Campaign approves 8 households by October",
      },
      "",
    ),
  },
  key: ["scenario"],
  row: (cells) =>
    cells.transform((row, ctx) => {
      const { needs, blank } = NEEDS[row.kind];
      for (const field of needs) {
        if (row[field] === null)
          ctx.addIssue({ code: "custom", path: [field], message: `must be given for ${row.kind}` });
      }
      for (const field of blank) {
        if (row[field] !== null)
          ctx.addIssue({ code: "custom", path: [field], message: `must be blank for ${row.kind}` });
      }
      if (row.from !== null)
        notBefore(ctx, { date: row.from, header: "From" }, { date: row.by, field: "by" });
      return { ...row, saving: row.saving === "" ? null : row.saving };
    }),
});
