import { minutesOfDay, SCHOOL_PHASES } from "../../../domain/transport/book.js";
import { listed, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";
import { AREA, METRES, TIME, wholeNumber } from "./transport-cells.js";

const MINUTES = wholeNumber("must be a whole number of minutes, 0 or more, e.g. 20");

export const transportSchools = defineLayout({
  register: "transport-schools",
  title: "Transport schools",
  summary:
    "One row per school pupils travel to, with where it is and its bell times, for planning routes. The place is a grid reference (easting and northing in metres, as the ONS Postcode Directory gives a postcode's).",
  columns: {
    school: required(TEXT, {
      header: "School ID",
      description: "The school's id, such as its DfE URN; unique in the file. Pupils' needs name it.",
      example: "116240",
    }),
    name: required(TEXT, {
      header: "School",
      description: "The school's name, exactly as the School column of the pupils register writes it.",
      example: "Brookside Academy",
    }),
    easting: required(METRES, {
      header: "Easting",
      description: "Metres east on the national grid.",
      example: "351200",
    }),
    northing: required(METRES, {
      header: "Northing",
      description: "Metres north on the national grid.",
      example: "248900",
    }),
    area: required(AREA, {
      header: "Area type",
      description: "How built up the school's surroundings are, which sets the speed of the last miles.",
      example: "suburban",
    }),
    bell: required(TIME, {
      header: "Morning bell",
      description: "When the school day starts: pupils must have arrived by then.",
      example: "08:45",
    }),
    finish: required(TIME, {
      header: "Afternoon finish",
      description: "When the school day ends: pupils are collected from then.",
      example: "15:15",
      alsoRule: "must be after Morning bell",
    }),
    arriveMin: required(MINUTES, {
      header: "Arrive at least (minutes before)",
      description: "The fewest minutes before the bell a pupil may arrive.",
      example: "5",
    }),
    arriveMax: required(MINUTES, {
      header: "Arrive at most (minutes before)",
      description: "The most minutes before the bell a pupil may arrive (the school supervises from then).",
      example: "30",
      alsoRule: "must be at least Arrive at least (minutes before)",
    }),
    phase: required(listed(SCHOOL_PHASES), {
      header: "Phase",
      description: "The ages the school teaches.",
      example: "secondary",
    }),
  },
  key: ["school"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      if (minutesOfDay(row.finish) <= minutesOfDay(row.bell))
        ctx.addIssue({ code: "custom", path: ["finish"], message: "must be after Morning bell" });
      if (row.arriveMax < row.arriveMin)
        ctx.addIssue({
          code: "custom",
          path: ["arriveMax"],
          message: "must be at least Arrive at least (minutes before)",
        });
    }),
});
