/**
 * A small transport book for tests: two schools 3 km apart, a taxi and a minibus from one depot, and
 * pupils at the first school unless told otherwise, each with an htst-pupils row on route R1.
 */

import type { TransportNeed, TransportSchool, TransportVehicle } from "./book.js";
import type { TransportBook } from "./book-check.js";
import type { HtstPupil } from "./htst.js";

export const school = (school: string, fields: Partial<TransportSchool> = {}): TransportSchool => ({
  school,
  name: `${school} School`,
  easting: 350_000,
  northing: 250_000,
  area: "suburban",
  bell: "08:45",
  finish: "15:15",
  arriveMin: 5,
  arriveMax: 20,
  phase: "all-through",
  ...fields,
});

export const vehicle = (vehicleType: string, fields: Partial<TransportVehicle> = {}): TransportVehicle => ({
  vehicleType,
  description: "",
  seats: 4,
  wheelchairSpaces: 0,
  provider: "contracted",
  dayRate: null,
  fixedRate: 16_00,
  ratePerMile: 2_10,
  assistantCost: 72_00,
  available: null,
  depotEasting: 351_500,
  depotNorthing: 250_000,
  depotArea: "suburban",
  ...fields,
});

export const need = (pupilRef: string, fields: Partial<TransportNeed> = {}): TransportNeed => ({
  pupilRef,
  school: "S1",
  homeEasting: 345_000,
  homeNorthing: 252_000,
  homeArea: "rural",
  phase: "secondary",
  maxRide: null,
  seats: 1,
  wheelchair: false,
  assistant: false,
  alone: false,
  cannotTravelWith: [],
  ...fields,
});

/** The htst-pupils row of a need: at its school's name, on route R1, since September 2024. */
export const riderOf = (n: TransportNeed, fields: Partial<HtstPupil> = {}): HtstPupil => ({
  pupilRef: n.pupilRef,
  school: `${n.school} School`,
  ehcp: true,
  setting: "special",
  routeRef: "R1",
  start: "2024-09-04",
  end: null,
  ...fields,
});

/** A book of the given needs (each riding), the schools S1 and S2, a taxi and a 16-seat minibus. */
export function smallBook(
  needs: readonly TransportNeed[],
  changes: Partial<TransportBook> = {},
): TransportBook {
  return {
    transportSchools: [
      school("S1"),
      school("S2", { easting: 353_000, bell: "09:00", finish: "15:00", phase: "primary" }),
    ],
    transportVehicles: [
      vehicle("TAXI"),
      vehicle("BUS", {
        seats: 16,
        wheelchairSpaces: 2,
        fixedRate: null,
        ratePerMile: null,
        dayRate: 265_00,
        assistantCost: 85_00,
        available: 3,
      }),
    ],
    transportNeeds: [...needs],
    htstPupils: needs.map((n) => riderOf(n)),
    ...changes,
  };
}
