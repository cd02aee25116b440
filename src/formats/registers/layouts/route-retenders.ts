import { DATE, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

export const routeRetenders = defineLayout({
  register: "route-retenders",
  title: "Route re-tenders",
  summary:
    "Routes whose contracts are let again at a new price from a date; the forecast costs the new price from then.",
  columns: {
    routeRef: required(TEXT, {
      header: "Route ref",
      description: "The route re-tendered, as in the routes register.",
      example: "R-117",
    }),
    date: required(DATE, {
      header: "From",
      description: "The first day of the new contract; with the route ref, unique in the file.",
      example: "2025-01-06",
    }),
    newDailyCost: required(POUNDS_NOT_NEGATIVE, {
      header: "New daily cost (£)",
      description:
        "The new contract's vehicle price per school day; the passenger assistant's cost is unchanged.",
      example: "112.50",
    }),
    note: optional(
      TEXT,
      { header: "Note", description: "Why the price changed.", example: "Two operators bid" },
      "",
    ),
  },
  key: ["routeRef", "date"],
  row: (cells) => cells,
});
