import { DATE, listed, MILES, POUNDS_NOT_NEGATIVE, TEXT, YES_NO } from "../cells.js";
import { defineLayout, notBefore, optional, required } from "../layout.js";

const PRICE_RULE = "must be given, or else both Daily miles and Rate per mile (£)";

export const htstRoutes = defineLayout({
  register: "htst-routes",
  title: "Home-to-school transport routes",
  summary: "One row per contracted route, priced per school day or by the mile.",
  columns: {
    routeRef: required(TEXT, {
      header: "Route ref",
      description: "The transport team's reference for the route; unique in the file.",
      example: "R-117",
    }),
    costCentre: required(TEXT, {
      header: "Cost centre",
      description: "The ledger cost centre the route is paid from.",
      example: "ED7310",
    }),
    operator: required(TEXT, {
      header: "Operator",
      description: "The taxi, minibus or coach operator.",
      example: "Vale Taxis",
    }),
    dailyCost: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Daily cost (£)",
        description: "The fixed price per school day; leave blank to price by the mile.",
        example: "96.40",
        alsoRule: PRICE_RULE,
      },
      null,
    ),
    dailyMiles: optional(
      MILES,
      {
        header: "Daily miles",
        description: "Miles driven per school day, when priced by the mile.",
        example: "",
      },
      null,
    ),
    ratePerMile: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Rate per mile (£)",
        description: "The price per mile, when priced by the mile.",
        example: "",
      },
      null,
    ),
    occupancy: required(listed(["single", "shared"]), {
      header: "Occupancy",
      description: "Whether the vehicle carries one pupil (single) or several (shared).",
      example: "shared",
    }),
    passengerAssistant: optional(
      YES_NO,
      {
        header: "Passenger assistant",
        description: "Whether a passenger assistant travels; blank means No.",
        example: "Yes",
      },
      false,
    ),
    assistantDailyCost: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Assistant daily cost (£)",
        description: "What the passenger assistant costs per school day; blank means none.",
        example: "42.00",
        alsoRule: "must be blank or 0 when Passenger assistant is No",
      },
      0,
    ),
    start: required(DATE, {
      header: "Start",
      description: "The first day of the contract.",
      example: "2024-09-04",
    }),
    end: optional(
      DATE,
      {
        header: "End",
        description: "The last day of the contract, if it has ended or is due to.",
        example: "2025-07-22",
        alsoRule: "must be on or after Start",
      },
      null,
    ),
  },
  key: ["routeRef"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      if (row.dailyCost === null && (row.dailyMiles === null || row.ratePerMile === null)) {
        ctx.addIssue({ code: "custom", path: ["dailyCost"], message: PRICE_RULE });
      }
      if (!row.passengerAssistant && row.assistantDailyCost !== 0) {
        ctx.addIssue({
          code: "custom",
          path: ["assistantDailyCost"],
          message: "must be blank or 0 when Passenger assistant is No",
        });
      }
      notBefore(ctx, { date: row.start, header: "Start" }, { date: row.end, field: "end" });
    }),
});
