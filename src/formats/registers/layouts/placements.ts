import { PLACE_CODES, PROVIDER_CODES } from "../../../domain/placements/placement.js";
import { code, DATE, listed, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, notBefore, optional, required } from "../layout.js";

const PROVIDER_RULE = "must be one of the SSDA903 PLACE_PROVIDER codes";

export const placements = defineLayout({
  register: "placements",
  title: "Placements",
  summary: "One row per child's placement, with what it costs each week.",
  columns: {
    placementRef: required(TEXT, {
      header: "Placement ref",
      description: "The council's reference for the placement; unique in the file.",
      example: "PL-2024-0153",
    }),
    childRef: required(TEXT, {
      header: "Child ref",
      description:
        "The child's pseudonymised reference, as the CHILD field of the SSDA903 return; never a name.",
      example: "C100482",
    }),
    placeCode: required(code(PLACE_CODES, "must be one of the SSDA903 PLACE codes"), {
      header: "Placement type (PLACE)",
      description: "The SSDA903 PLACE code, e.g. K2 for a children's home, U4 for foster care with an IFA.",
      example: "K2",
    }),
    providerCode: optional(
      code(PROVIDER_CODES, PROVIDER_RULE),
      {
        header: "Provider type (PLACE_PROVIDER)",
        description:
          "The SSDA903 PLACE_PROVIDER code: PR0 parents, PR1 own council, PR2 other council, PR3 other public body, PR4 private, PR5 voluntary.",
        example: "PR4",
        alsoRule: "may be blank only for temporary (T*) and other (Z*) placement types",
      },
      null,
    ),
    provider: optional(
      TEXT,
      { header: "Provider", description: "Who provides the placement.", example: "Oakfield Care Ltd" },
      "",
    ),
    costCentre: required(TEXT, {
      header: "Cost centre",
      description: "The ledger cost centre the placement is paid from.",
      example: "CS4120",
    }),
    start: required(DATE, {
      header: "Start",
      description: "The day the placement started.",
      example: "2024-06-03",
    }),
    plannedEnd: optional(
      DATE,
      {
        header: "Planned end",
        description: "The day the placement is planned to end, if known.",
        example: "2025-08-31",
        alsoRule: "must be on or after Start",
      },
      null,
    ),
    end: optional(
      DATE,
      {
        header: "End",
        description: "The day the placement ended; blank while it runs.",
        example: "",
        alsoRule: "must be on or after Start",
      },
      null,
    ),
    weeklyCost: required(POUNDS_NOT_NEGATIVE, {
      header: "Weekly cost (£)",
      description: "The gross weekly cost of the placement in pounds.",
      example: "4860.00",
      alsoRule: "must be at least the health and education contributions added together",
    }),
    healthContribution: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Health contribution (£)",
        description: "What health (the ICB) pays towards the weekly cost; blank means none.",
        example: "500.00",
      },
      0,
    ),
    educationContribution: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Education contribution (£)",
        description: "What education (the high-needs block) pays towards the weekly cost; blank means none.",
        example: "0",
      },
      0,
    ),
    area: required(listed(["in", "out"]), {
      header: "In or out of area",
      description: "Whether the placement is inside the council's own area (in) or outside it (out).",
      example: "out",
    }),
  },
  key: ["placementRef"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      if (row.providerCode === null && !/^[TZ]/.test(row.placeCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["providerCode"],
          message: `must be given for a ${row.placeCode} placement`,
        });
      }
      notBefore(ctx, { date: row.start, header: "Start" }, { date: row.plannedEnd, field: "plannedEnd" });
      notBefore(ctx, { date: row.start, header: "Start" }, { date: row.end, field: "end" });
      if (row.weeklyCost < row.healthContribution + row.educationContribution) {
        ctx.addIssue({
          code: "custom",
          path: ["weeklyCost"],
          message: "must be at least Health contribution (£) plus Education contribution (£)",
        });
      }
    }),
});
