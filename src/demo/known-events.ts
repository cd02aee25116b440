/**
 * Demoshire's known placement events: the price history the simulation kept, a mid-year contract
 * uplift from one provider and next April's IFA framework uplift, and a handful of planned step-downs
 * from children's homes to foster care in the rest of the year.
 */
import { addDays, fromDay, type IsoDate, toDay } from "../domain/calendar/dates.js";
import { isRunningAt } from "../domain/placements/commitment.js";
import type { PlacementPrice, PlannedMove } from "../domain/placements/events.js";
import type { SimulatedPlacement } from "./placements.js";
import { type Random, wholePounds } from "./random.js";

const UPLIFT_PROVIDER = "Oakleaf Children's Homes";
const UPLIFT_DATE = "2025-01-01";
const UPLIFT = 1.04;
const NEXT_APRIL = "2025-04-01";
const IFA_UPLIFT = 1.035;
const STEP_DOWNS = 4;
/** The last day a step-down is planned for: moves are not planned into the year's last weeks. */
const LAST_MOVE = "2025-03-03";

export function demoPlacementPrices(
  placements: readonly SimulatedPlacement[],
  asAt: IsoDate,
): PlacementPrice[] {
  const rows: PlacementPrice[] = placements.flatMap(({ placement, prices }) =>
    prices.map((price) => ({
      placementRef: placement.placementRef,
      from: price.from,
      weeklyCost: price.weeklyCost,
    })),
  );
  for (const { placement, kind } of placements) {
    if (!isRunningAt(placement, asAt)) continue;
    const uplift = (from: IsoDate, factor: number) =>
      rows.push({
        placementRef: placement.placementRef,
        from,
        weeklyCost: wholePounds((placement.weeklyCost / 100) * factor),
      });
    if (placement.provider === UPLIFT_PROVIDER && asAt < UPLIFT_DATE) uplift(UPLIFT_DATE, UPLIFT);
    if (kind === "ifa") uplift(NEXT_APRIL, IFA_UPLIFT);
  }
  return rows;
}

export function demoPlannedMoves(
  placements: readonly SimulatedPlacement[],
  asAt: IsoDate,
  scale: number,
  rng: Random,
): PlannedMove[] {
  const first = toDay(addDays(asAt, 14));
  const last = toDay(LAST_MOVE);
  if (first > last) return [];
  const candidates = placements.filter(
    ({ placement, kind }) =>
      kind === "childrensHome" &&
      isRunningAt(placement, asAt) &&
      (placement.plannedEnd === null || placement.plannedEnd > NEXT_APRIL),
  );
  const chosen = candidates
    .map((candidate) => ({ candidate, order: rng.next() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, Math.round(STEP_DOWNS * scale));
  return chosen.map(({ candidate }, i) => {
    const inHouse = rng.chance(0.5);
    return {
      ref: `MV${String(i + 1).padStart(4, "0")}`,
      placementRef: candidate.placement.placementRef,
      date: fromDay(rng.int(first, last)),
      toPlaceCode: "U4",
      toProviderCode: inHouse ? "PR1" : "PR4",
      toWeeklyCost: wholePounds(inHouse ? rng.uniform(430, 500) : rng.uniform(1000, 1100)),
      note: inHouse ? "Step-down to in-house foster care" : "Step-down to an IFA foster family",
    };
  });
}
