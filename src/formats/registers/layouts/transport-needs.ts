import { AGE_PHASES } from "../../../domain/transport/book.js";
import { listed, TEXT, YES_NO } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { AREA, METRES, PUPIL_REFS, wholeNumber } from "./transport-cells.js";

const NOT_SELF = "must not name the pupil themselves";

export const transportNeeds = defineLayout({
  register: "transport-needs",
  title: "Transport needs",
  summary:
    "One row per pupil on home-to-school transport with what routing needs to know: home, school, age phase, the longest ride, seats, wheelchair, passenger assistant, travelling alone and pupils they must not travel with. Keyed by the pupil ref of the pupils register, which stays as it is.",
  columns: {
    pupilRef: required(TEXT, {
      header: "Pupil ref",
      description: "The pupil's reference, as in the pupils register; never a name. Unique in the file.",
      example: "P20931",
    }),
    school: required(TEXT, {
      header: "School ID",
      description: "The school the pupil travels to, by its School ID in the transport schools register.",
      example: "116240",
    }),
    homeEasting: required(METRES, {
      header: "Home easting",
      description: "Where the pupil is collected and taken home: metres east on the national grid.",
      example: "344800",
    }),
    homeNorthing: required(METRES, {
      header: "Home northing",
      description: "Where the pupil is collected and taken home: metres north on the national grid.",
      example: "253100",
    }),
    homeArea: required(AREA, {
      header: "Home area type",
      description: "How built up the home's surroundings are.",
      example: "rural",
    }),
    phase: required(listed(AGE_PHASES), {
      header: "Age phase",
      description: "Primary or secondary, which sets the guidance's longest ride (45 or 75 minutes).",
      example: "secondary",
    }),
    maxRide: optional(
      wholeNumber("must be a whole number of minutes above 0, e.g. 60", 1),
      {
        header: "Max ride (minutes)",
        description:
          "The longest ride each way the pupil may have; blank means the guidance: 45 minutes primary, 75 secondary.",
        example: "",
      },
      null,
    ),
    seats: optional(
      wholeNumber("must be a whole number, 0 or more, e.g. 1"),
      {
        header: "Seats",
        description:
          "Seats the pupil takes; blank means 1, or 0 for a wheelchair user (who takes a wheelchair space).",
        example: "1",
        alsoRule: "must be at least 1 unless Wheelchair is Yes",
      },
      null,
    ),
    wheelchair: optional(
      YES_NO,
      {
        header: "Wheelchair",
        description: "Travels in a wheelchair, so needs a wheelchair space; blank means No.",
        example: "No",
      },
      false,
    ),
    assistant: optional(
      YES_NO,
      {
        header: "Passenger assistant",
        description: "Needs a passenger assistant on the vehicle; blank means No.",
        example: "Yes",
      },
      false,
    ),
    alone: optional(
      YES_NO,
      {
        header: "Travels alone",
        description: "Must travel alone (single occupancy); blank means No.",
        example: "No",
      },
      false,
    ),
    cannotTravelWith: optional(
      PUPIL_REFS,
      {
        header: "Cannot travel with",
        description:
          'Pupils (by Pupil ref, separated by ";") this pupil must never share a vehicle with; blank for none.',
        example: "P20944",
        alsoRule: `${NOT_SELF}; each must have a row in this register`,
      },
      [] as string[],
    ),
  },
  key: ["pupilRef"],
  row: (cells) =>
    cells.transform((row, ctx) => {
      const seats = row.seats ?? (row.wheelchair ? 0 : 1);
      if (seats < 1 && !row.wheelchair)
        ctx.addIssue({
          code: "custom",
          path: ["seats"],
          message: "must be at least 1 unless Wheelchair is Yes",
        });
      if (row.cannotTravelWith.includes(row.pupilRef))
        ctx.addIssue({ code: "custom", path: ["cannotTravelWith"], message: NOT_SELF });
      return { ...row, seats };
    }),
});
