/** Small, valid rows of the SEND transport book's registers for the store's tests; `n` makes each key distinct. */
import type { TransportNeed, TransportSchool, TransportVehicle } from "../domain/transport/book.js";

export function transportSchool(n: number, changes: Partial<TransportSchool> = {}): TransportSchool {
  return {
    school: `URN${100_000 + n}`,
    name: `Brookside School ${n}`,
    easting: 350_000 + 250 * n,
    northing: 250_000,
    area: n % 2 === 0 ? "suburban" : "urban",
    bell: "08:45",
    finish: "15:15",
    arriveMin: 5,
    arriveMax: 20,
    phase: "all-through",
    ...changes,
  };
}

export function transportVehicle(n: number, changes: Partial<TransportVehicle> = {}): TransportVehicle {
  const minibus = n % 2 === 1;
  return {
    vehicleType: `V${n}`,
    description: minibus ? "Contracted minibus" : "Contracted taxi",
    seats: minibus ? 16 : 4,
    wheelchairSpaces: minibus ? 2 : 0,
    provider: "contracted",
    dayRate: minibus ? 260_00 : null,
    fixedRate: minibus ? null : 15_00,
    ratePerMile: minibus ? null : 1_95,
    assistantCost: minibus ? 85_00 : null,
    available: minibus ? 10 : null,
    depotEasting: 351_000,
    depotNorthing: 249_000,
    depotArea: "suburban",
    ...changes,
  };
}

export function transportNeed(n: number, changes: Partial<TransportNeed> = {}): TransportNeed {
  return {
    pupilRef: `P${n}`,
    school: "URN100001",
    homeEasting: 345_000 + 100 * n,
    homeNorthing: 252_000,
    homeArea: "rural",
    phase: n % 2 === 0 ? "primary" : "secondary",
    maxRide: n % 3 === 0 ? 40 : null,
    seats: 1,
    wheelchair: false,
    assistant: n % 2 === 1,
    alone: false,
    cannotTravelWith: n % 2 === 0 ? [] : [`P${n + 1}`, `P${n + 3}`],
    ...changes,
  };
}
