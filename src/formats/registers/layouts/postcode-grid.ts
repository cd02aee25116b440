import { z } from "zod";
import { normalisePostcode, postcodeDistrict } from "../../../domain/ssda903/distance.js";
import { type CellType, cellText } from "../cells.js";
import { defineLayout, required } from "../layout.js";

const POSTCODE_RULE = "must be a full postcode such as DM1 4QX or a postcode district such as DM1";

/** A full postcode or a district, kept upper case with one space before the inward code. */
const POSTCODE: CellType<string> = {
  kind: "text",
  rule: POSTCODE_RULE,
  schema: z.preprocess(
    (cell) => normalisePostcode(cellText(cell)),
    z.string().refine((text) => postcodeDistrict(text) !== null, { error: POSTCODE_RULE }),
  ),
};

const METRES_RULE = "must be a whole number of metres, 0 or more, e.g. 350000";

/** A grid reference in whole metres, as the ONS Postcode Directory gives it; "," is dropped. */
export const METRES: CellType<number> = {
  kind: "number",
  rule: METRES_RULE,
  schema: z.preprocess(
    (cell) => {
      if (typeof cell === "number") return cell;
      const text = cellText(cell).replace(/,/g, "");
      return /^\d+$/.test(text) ? Number(text) : Number.NaN;
    },
    z.number({ error: METRES_RULE }).int({ error: METRES_RULE }).min(0, { error: METRES_RULE }),
  ),
};

export const postcodeGrid = defineLayout({
  register: "postcode-grid",
  title: "Postcode grid",
  summary:
    "Grid references of postcodes (an extract of the ONS Postcode Directory) or of postcode districts (their centroids), for the distance from a child's home to the placement.",
  columns: {
    postcode: required(POSTCODE, {
      header: "Postcode",
      description:
        "A full postcode, or a postcode district (the part before the space) standing for every postcode in it that is not listed; unique in the file.",
      example: "DM1 4QX",
    }),
    easting: required(METRES, {
      header: "Easting",
      description: "Metres east on the national grid: the ONS Postcode Directory's oseast1m.",
      example: "350000",
    }),
    northing: required(METRES, {
      header: "Northing",
      description: "Metres north on the national grid: the ONS Postcode Directory's osnrth1m.",
      example: "250000",
    }),
  },
  key: ["postcode"],
  row: (cells) => cells,
});
