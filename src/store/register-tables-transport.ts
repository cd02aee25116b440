/** Where the SEND transport book's registers live (migration 0008): tables, columns, keys, order. */

import { AREA_TYPES } from "../domain/routing/travel.js";
import { AGE_PHASES, SCHOOL_PHASES, VEHICLE_PROVIDERS } from "../domain/transport/book.js";
import { field } from "./fields.js";
import type { RegisterTable } from "./register-tables.js";

const byRef = (name: string) => (key: string) => (key === "" ? undefined : { [name]: key });

export const TRANSPORT_TABLES: RegisterTable[] = [
  {
    register: "transport-schools",
    table: "transport_schools",
    fields: [
      field("school", "text"),
      field("name", "text"),
      field("easting", "integer"),
      field("northing", "integer"),
      field("area", "text", { values: AREA_TYPES }),
      field("bell", "text"),
      field("finish", "text"),
      field("arriveMin", "integer"),
      field("arriveMax", "integer"),
      field("phase", "text", { values: SCHOOL_PHASES }),
    ],
    key: ["school"],
    scope: [],
    parseKey: byRef("school"),
    order: ["school"],
  },
  {
    register: "transport-vehicles",
    table: "transport_vehicles",
    fields: [
      field("vehicleType", "text"),
      field("description", "text"),
      field("seats", "integer"),
      field("wheelchairSpaces", "integer"),
      field("provider", "text", { values: VEHICLE_PROVIDERS }),
      field("dayRate", "money", { nullable: true }),
      field("fixedRate", "money", { nullable: true }),
      field("ratePerMile", "money", { nullable: true }),
      field("assistantCost", "money", { nullable: true }),
      field("available", "integer", { nullable: true }),
      field("depotEasting", "integer"),
      field("depotNorthing", "integer"),
      field("depotArea", "text", { values: AREA_TYPES }),
    ],
    key: ["vehicleType"],
    scope: [],
    parseKey: byRef("vehicleType"),
    order: ["vehicle_type"],
  },
  {
    register: "transport-needs",
    table: "transport_needs",
    fields: [
      field("pupilRef", "text"),
      field("school", "text"),
      field("homeEasting", "integer"),
      field("homeNorthing", "integer"),
      field("homeArea", "text", { values: AREA_TYPES }),
      field("phase", "text", { values: AGE_PHASES }),
      field("maxRide", "integer", { nullable: true }),
      field("seats", "integer"),
      field("wheelchair", "bool"),
      field("assistant", "bool"),
      field("alone", "bool"),
      field("cannotTravelWith", "list"),
    ],
    key: ["pupilRef"],
    scope: [],
    parseKey: byRef("pupilRef"),
    order: ["pupil_ref"],
  },
];
