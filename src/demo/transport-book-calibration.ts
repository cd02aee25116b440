/**
 * Measures Demoshire's SEND transport book against what it is calibrated to: its size, the shares of
 * pupils with each need, how far they live from school, and today's cost, with the taxis of today's
 * single-occupancy routes priced at the fleet's taxi rates beside what those routes cost.
 */
import type { IsoDate } from "../domain/calendar/dates.js";
import type { CouncilRegisters } from "../domain/registers.js";
import { DEFAULT_TRAVEL_SETTINGS, roadMiles } from "../domain/routing/travel.js";
import { maxRideOf } from "../domain/transport/book.js";
import { currentArrangements } from "../domain/transport/current-cost.js";
import { routeDailyCost } from "../domain/transport/route-cost.js";
import { directMinutes } from "./transport-book.js";
import type { Place } from "./transport-places.js";

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function measureTransportBook(registers: CouncilRegisters, on: IsoDate) {
  const needs = registers.transportNeeds;
  const schools = new Map(registers.transportSchools.map((s) => [s.school, s]));
  const homeOf = (n: (typeof needs)[number]): Place => ({
    x: n.homeEasting,
    y: n.homeNorthing,
    area: n.homeArea,
  });
  const siteOf = (id: string): Place => {
    const s = schools.get(id);
    return s ? { x: s.easting, y: s.northing, area: s.area } : { x: 0, y: 0, area: "urban" };
  };
  const { arrangements } = currentArrangements(registers.htstRoutes, registers.htstPupils, on);
  const routes = new Map(registers.htstRoutes.map((r) => [r.routeRef, r]));
  const taxis = registers.transportVehicles.filter((v) => v.vehicleType.startsWith("TAXI"));
  const circuity = DEFAULT_TRAVEL_SETTINGS.circuity;
  let today = 0;
  let fleet = 0;
  for (const n of needs) {
    const route = routes.get(arrangements.get(n.pupilRef)?.routeRef ?? "");
    if (route?.occupancy !== "single") continue;
    const [home, school] = [homeOf(n), siteOf(n.school)];
    // Both runs: depot, home, school, depot in the morning and the reverse in the afternoon.
    const priced = taxis.map((v) => {
      const depot: Place = { x: v.depotEasting, y: v.depotNorthing, area: v.depotArea };
      const miles =
        2 *
        (roadMiles(depot, home, circuity) +
          roadMiles(home, school, circuity) +
          roadMiles(school, depot, circuity));
      return (v.fixedRate ?? 0) + (v.ratePerMile ?? 0) * miles;
    });
    fleet += Math.min(...priced);
    today += (routeDailyCost(route) ?? 0) - route.assistantDailyCost;
  }
  const count = (test: (n: (typeof needs)[number]) => boolean) => needs.filter(test).length;
  return {
    pupils: needs.length,
    schools: registers.transportSchools.length,
    wheelchair: share(
      count((n) => n.wheelchair),
      needs.length,
    ),
    assistant: share(
      count((n) => n.assistant),
      needs.length,
    ),
    alone: share(
      count((n) => n.alone),
      needs.length,
    ),
    incompatiblePairs: needs.reduce((s, n) => s + n.cannotTravelWith.length, 0) / 2,
    ruralHomes: share(
      count((n) => n.homeArea === "rural"),
      needs.length,
    ),
    /** The longest direct journey as a share of the pupil's longest ride. */
    maxDirectShare: Math.max(...needs.map((n) => directMinutes(homeOf(n), siteOf(n.school)) / maxRideOf(n))),
    /** What the book's pupils' routes cost a day now (pence). */
    todayDaily: needs.reduce((s, n) => s + (arrangements.get(n.pupilRef)?.dailyCost ?? 0), 0),
    /** Today's single-occupancy taxis at the fleet's taxi rates ÷ what they cost now (vehicles only). */
    taxiPriceRatio: share(fleet, today),
  };
}
