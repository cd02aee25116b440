/** The demand tests' reference settings: a year's reference period to 31 March 2024, 24 months projected from it. */
import type { DemandSettings } from "./model.js";

export const REFERENCE_SETTINGS: DemandSettings = {
  referenceStart: "2023-03-31",
  referenceEnd: "2024-03-31",
  start: "2024-03-31",
  days: 730,
  compatibility: "outturn",
};
