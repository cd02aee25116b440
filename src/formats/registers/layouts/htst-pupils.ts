import { DATE, listed, TEXT, YES_NO } from "../cells.js";
import { defineLayout, notBefore, optional, required } from "../layout.js";

export const htstPupils = defineLayout({
  register: "htst-pupils",
  title: "Home-to-school transport pupils",
  summary: "One row per pupil entitled to home-to-school transport, with the route that carries them.",
  columns: {
    pupilRef: required(TEXT, {
      header: "Pupil ref",
      description: "The pupil's pseudonymised reference; never a name. Unique in the file.",
      example: "P20931",
    }),
    school: required(TEXT, {
      header: "School",
      description: "The school the pupil travels to.",
      example: "Brookside Academy",
    }),
    ehcp: required(YES_NO, {
      header: "EHCP",
      description: "Whether the pupil has an Education, Health and Care Plan.",
      example: "Yes",
    }),
    setting: required(listed(["mainstream", "special"]), {
      header: "Setting",
      description: "Whether the school is a mainstream or a special school.",
      example: "special",
    }),
    routeRef: required(TEXT, {
      header: "Route ref",
      description: "The route that carries the pupil, as in the routes register.",
      example: "R-117",
    }),
    start: required(DATE, {
      header: "Start",
      description: "The first day the pupil is entitled to transport.",
      example: "2024-09-04",
    }),
    end: optional(
      DATE,
      {
        header: "End",
        description: "The last day of entitlement, if known.",
        example: "",
        alsoRule: "must be on or after Start",
      },
      null,
    ),
  },
  key: ["pupilRef"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      notBefore(ctx, { date: row.start, header: "Start" }, { date: row.end, field: "end" });
    }),
});
