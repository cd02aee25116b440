import { VEHICLE_PROVIDERS } from "../../../domain/transport/book.js";
import { listed, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { AREA, METRES, wholeNumber } from "./transport-cells.js";

const COUNT = wholeNumber("must be a whole number, 0 or more, e.g. 16");
const PRICE_RULE = "give Day rate (£), or else Rate per mile (£) with an optional Fixed rate (£), not both";

export const transportVehicles = defineLayout({
  register: "transport-vehicles",
  title: "Transport vehicles",
  summary:
    "One row per vehicle type the council can use for home-to-school transport, with its contract: seats, wheelchair spaces, the price per school day and the passenger assistant's cost.",
  columns: {
    vehicleType: required(TEXT, {
      header: "Vehicle type",
      description: "The transport team's id for the vehicle type and contract; unique in the file.",
      example: "MINIBUS-16",
    }),
    description: optional(
      TEXT,
      {
        header: "Description",
        description: "What the vehicle is.",
        example: "Contracted minibus, tail lift",
      },
      "",
    ),
    seats: required(COUNT, {
      header: "Seats",
      description: "Passenger seats, not counting the driver's.",
      example: "16",
      alsoRule: "Seats and Wheelchair spaces together must be at least 1",
    }),
    wheelchairSpaces: optional(
      COUNT,
      {
        header: "Wheelchair spaces",
        description: "Spaces for a pupil travelling in a wheelchair; blank means none.",
        example: "2",
      },
      0,
    ),
    provider: required(listed(VEHICLE_PROVIDERS), {
      header: "Provider",
      description: "Whether the council runs the vehicle (in-house) or an operator does (contracted).",
      example: "contracted",
    }),
    dayRate: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Day rate (£)",
        description: "The price of the vehicle and driver per school day, both runs.",
        example: "260.00",
        alsoRule: PRICE_RULE,
      },
      null,
    ),
    fixedRate: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Fixed rate (£)",
        description: "With Rate per mile: the fixed part of the price per school day; blank means 0.",
        example: "",
      },
      null,
    ),
    ratePerMile: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Rate per mile (£)",
        description: "The price per mile driven, when priced by the mile.",
        example: "",
      },
      null,
    ),
    assistantCost: optional(
      POUNDS_NOT_NEGATIVE,
      {
        header: "Assistant cost (£)",
        description:
          "What a passenger assistant costs per school day; blank means the vehicle cannot carry one.",
        example: "85.00",
      },
      null,
    ),
    available: optional(
      COUNT,
      {
        header: "Available",
        description: "How many of these vehicles the council can use; blank means as many as wanted.",
        example: "10",
      },
      null,
    ),
    depotEasting: required(METRES, {
      header: "Depot easting",
      description: "Where the vehicles start and end their runs: metres east on the national grid.",
      example: "352400",
    }),
    depotNorthing: required(METRES, {
      header: "Depot northing",
      description: "Where the vehicles start and end their runs: metres north on the national grid.",
      example: "247100",
    }),
    depotArea: optional(
      AREA,
      {
        header: "Depot area type",
        description: "How built up the depot's surroundings are; blank means suburban.",
        example: "suburban",
      },
      "suburban" as const,
    ),
  },
  key: ["vehicleType"],
  row: (cells) =>
    cells.transform((row, ctx) => {
      if (row.seats + row.wheelchairSpaces < 1)
        ctx.addIssue({
          code: "custom",
          path: ["seats"],
          message: "Seats and Wheelchair spaces together must be at least 1",
        });
      const byDay = row.dayRate !== null;
      const byMile = row.ratePerMile !== null;
      const wrong =
        !byDay && !byMile
          ? "dayRate"
          : byDay && byMile
            ? "ratePerMile"
            : byDay && row.fixedRate !== null
              ? "fixedRate"
              : null;
      if (wrong !== null) ctx.addIssue({ code: "custom", path: [wrong], message: PRICE_RULE });
      return { ...row, fixedRate: byMile ? (row.fixedRate ?? 0) : row.fixedRate };
    }),
});
