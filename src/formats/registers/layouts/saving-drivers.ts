import { MoneyError, parsePounds } from "../../../domain/money/money.js";
import { SAVING_DRIVER_NAMES, SAVING_DRIVERS } from "../../../domain/savings/drivers.js";
import { DATE, listed, MEASURE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

const MONEY_RULE = "must be pounds with at most 2 decimal places for a driver measured in money";

export const savingDrivers = defineLayout({
  register: "saving-drivers",
  title: "Saving drivers",
  summary:
    "The drivers each saving should move, and how far by when: Outturn measures each driver from the registers and flags a green or blue saving whose driver has not moved as unevidenced.",
  columns: {
    ref: required(TEXT, {
      header: "Ref",
      description: "The saving, as the savings register names it.",
      example: "S3",
    }),
    driver: required(listed(SAVING_DRIVER_NAMES), {
      header: "Driver",
      description:
        "The figure the saving should move, as Outturn measures it from the registers: a count of children or placements, an FTE, or a cost (residential-weekly-cost, transport-daily-cost) in pounds.",
      example: "agency-fte",
    }),
    baseline: optional(
      MEASURE,
      {
        header: "Baseline",
        description:
          "The driver's value on From, in its unit (pounds for a cost); blank to have Outturn measure it from the registers.",
        example: "64",
        alsoRule: "pounds with at most 2 decimal places for a driver measured in money",
      },
      null,
    ),
    target: required(MEASURE, {
      header: "Target",
      description: "The value the saving should bring the driver to by By, in its unit (pounds for a cost).",
      example: "34",
      alsoRule: "pounds with at most 2 decimal places for a driver measured in money",
    }),
    from: required(DATE, {
      header: "From",
      description: "The day the driver starts to move: Outturn expects a straight line from here to By.",
      example: "2024-04-01",
    }),
    by: required(DATE, {
      header: "By",
      description: "The day the driver should reach its target.",
      example: "2024-06-30",
      alsoRule: "must be after From",
    }),
  },
  key: ["ref", "driver"],
  row: (cells) =>
    cells.transform((row, ctx) => {
      if (row.by <= row.from) {
        ctx.addIssue({ code: "custom", path: ["by"], message: "must be after From" });
      }
      // A driver measured in pence is written in pounds.
      if (SAVING_DRIVERS[row.driver].unit !== "pence") return row;
      const pence = (value: number, field: "baseline" | "target") => {
        try {
          return parsePounds(String(value));
        } catch (error) {
          if (!(error instanceof MoneyError)) throw error;
          ctx.addIssue({ code: "custom", path: [field], message: MONEY_RULE });
          return value;
        }
      };
      const baseline = row.baseline === null ? null : pence(row.baseline, "baseline");
      return { ...row, baseline, target: pence(row.target, "target") };
    }),
});
