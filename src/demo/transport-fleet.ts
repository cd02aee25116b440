/**
 * A demo council's fleet and contracts for SEND transport, in 2024-25 prices: contracted taxis from
 * its taxi towns on a framework (as many as wanted), wheelchair-accessible taxis, MPVs and minibuses
 * let by the day, and the council's own minibuses. Prices are per school day, both runs; the area
 * says where each is based and its share of Demoshire's numbers of the limited types.
 */
import type { AreaType, TransportVehicle } from "../domain/transport/book.js";
import type { TransportArea } from "./transport-area.js";

interface Spec {
  vehicleType: string;
  description: string;
  seats: number;
  wheelchairSpaces: number;
  provider: TransportVehicle["provider"];
  /** Pounds a day, or [fixed pounds, pounds a mile]. */
  price: number | readonly [number, number];
  assistant: number | null;
  /** At scale 1; null: as many as wanted. */
  available: number | null;
  depot: string;
}

const specs = (depots: TransportArea["fleet"]): readonly Spec[] => [
  ...depots.taxis.map(
    (town): Spec => ({
      vehicleType: `TAXI-${town.slice(0, 3).toUpperCase()}`,
      description: `Contracted taxi (saloon), based in ${town}`,
      seats: 4,
      wheelchairSpaces: 0,
      provider: "contracted",
      price: [16, 2.1],
      assistant: 72,
      available: null,
      depot: town,
    }),
  ),
  {
    vehicleType: "WAV",
    description: "Wheelchair-accessible taxi",
    seats: 3,
    wheelchairSpaces: 1,
    provider: "contracted",
    price: [20, 2.3],
    assistant: 72,
    available: null,
    depot: depots.wav,
  },
  {
    vehicleType: "MPV-7",
    description: "Contracted MPV, 7 seats",
    seats: 7,
    wheelchairSpaces: 0,
    provider: "contracted",
    price: 165,
    assistant: 78,
    available: 30,
    depot: depots.mpv,
  },
  {
    vehicleType: "MINIBUS-16",
    description: "Contracted minibus with a tail lift",
    seats: 16,
    wheelchairSpaces: 2,
    provider: "contracted",
    price: 265,
    assistant: 85,
    available: 20,
    depot: depots.minibus,
  },
  {
    vehicleType: "IH-MINIBUS",
    description: "Council minibus with a tail lift (driver employed by the council)",
    seats: 14,
    wheelchairSpaces: 2,
    provider: "in-house",
    price: 195,
    assistant: 70,
    available: 8,
    depot: depots.inHouse,
  },
];

const pence = (pounds: number) => Math.round(pounds * 100);

/** The area's fleet at `scale`: limited vehicle types have `available` × scale × the area's share (rounded up). */
export function demoFleet(scale: number, area: TransportArea): TransportVehicle[] {
  return specs(area.fleet).map((spec): TransportVehicle => {
    const town = area.towns[spec.depot];
    if (!town) throw new Error(`no town ${spec.depot}`);
    const byDay = typeof spec.price === "number";
    const depotArea: AreaType = "suburban";
    return {
      vehicleType: spec.vehicleType,
      description: spec.description,
      seats: spec.seats,
      wheelchairSpaces: spec.wheelchairSpaces,
      provider: spec.provider,
      dayRate: typeof spec.price === "number" ? pence(spec.price) : null,
      fixedRate: byDay ? null : pence((spec.price as readonly [number, number])[0]),
      ratePerMile: byDay ? null : pence((spec.price as readonly [number, number])[1]),
      assistantCost: spec.assistant === null ? null : pence(spec.assistant),
      available: spec.available === null ? null : Math.ceil(spec.available * scale * area.fleet.share),
      // The depot is on the edge of town, 1.5 km east of the centre.
      depotEasting: town.east + 1_500,
      depotNorthing: town.north,
      depotArea,
    };
  });
}
