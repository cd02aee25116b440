/** Known events in a placement's life: price changes on their dates and planned moves. */
import type { IsoDate } from "../calendar/dates.js";
import type { Pence } from "../money/money.js";
import type { PlaceCode, ProviderCode } from "./placement.js";

/**
 * A placement's gross weekly cost from a day on: past rows are its price history, future rows are
 * known uplifts. Keyed by placement and date.
 */
export interface PlacementPrice {
  placementRef: string;
  from: IsoDate;
  weeklyCost: Pence;
}

/** A planned step-down or move: the placement stops costing on `date`, and the new one costs from then. */
export interface PlannedMove {
  ref: string;
  placementRef: string;
  date: IsoDate;
  toPlaceCode: PlaceCode;
  toProviderCode: ProviderCode | null;
  /** What the new placement will cost the council each week. */
  toWeeklyCost: Pence;
  note: string;
}
