import { PLACE_CODES, PROVIDER_CODES } from "../../../domain/placements/placement.js";
import { code, DATE, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

export const plannedMoves = defineLayout({
  register: "planned-moves",
  title: "Planned moves",
  summary:
    "Planned step-downs and moves: the placement stops costing on the date, and the new placement costs from then.",
  columns: {
    ref: required(TEXT, {
      header: "Move ref",
      description: "The council's reference for the planned move; unique in the file.",
      example: "MV-2024-012",
    }),
    placementRef: required(TEXT, {
      header: "Placement ref",
      description: "The placement the child moves from, as in the placements register.",
      example: "PL-2024-0153",
    }),
    date: required(DATE, {
      header: "Date",
      description: "The first day of the new placement; the current one costs nothing from then.",
      example: "2025-01-13",
    }),
    toPlaceCode: required(code(PLACE_CODES, "must be one of the SSDA903 PLACE codes"), {
      header: "To placement type (PLACE)",
      description: "The SSDA903 PLACE code of the new placement, e.g. U4 for foster care.",
      example: "U4",
    }),
    toProviderCode: optional(
      code(PROVIDER_CODES, "must be one of the SSDA903 PLACE_PROVIDER codes"),
      {
        header: "To provider type (PLACE_PROVIDER)",
        description:
          "The SSDA903 PLACE_PROVIDER code of the new placement, e.g. PR1 for the council's own carers.",
        example: "PR1",
      },
      null,
    ),
    toWeeklyCost: required(POUNDS_NOT_NEGATIVE, {
      header: "To weekly cost (£)",
      description: "What the new placement will cost the council each week, in pounds.",
      example: "450.00",
    }),
    note: optional(
      TEXT,
      { header: "Note", description: "Why the move is planned.", example: "Step-down to foster care" },
      "",
    ),
  },
  key: ["ref"],
  row: (cells) => cells,
});
