/**
 * What the independent checker reports: one violation per fault found, each naming where it is (the
 * route by its index and vehicle type, the stop by its index on the route, the request) and the
 * constraint broken, with a sentence that gives the figures.
 */
import type { Constraint } from "../model.js";

/**
 * The model's constraints, plus:
 * - "sequence": the solution's structure is wrong (a request served twice, missing, dropped off
 *   before it is picked up, a stop at the wrong place, an unknown vehicle type, a time that is not a number);
 * - "alone": a request that must travel alone shared the vehicle;
 * - "incompatible": two requests that must not travel together were on board at the same time.
 */
export type CheckConstraint = Constraint | "sequence" | "alone" | "incompatible";

export interface Violation {
  /** The route's index in solution.routes; null for a fault outside any route (e.g. a request missing). */
  route: number | null;
  vehicleType: string | null;
  /** The stop's index on its route; null for the depot or the route as a whole. */
  stop: number | null;
  request: string | null;
  constraint: CheckConstraint;
  message: string;
}

/** Tolerance on every time comparison, for floating-point sums of Euclidean travel times. */
export const TIME_TOLERANCE = 1e-6;

/** A figure for a sentence: whole numbers as they are, others to 2 decimals (4 when 2 would hide the fault). */
export function figure(value: number, fine = false): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(fine ? 4 : 2);
}

/** "2.31" for a clear excess; "0.0004" for one only the tolerance catches. */
export function excess(by: number): string {
  return figure(by, Math.abs(by) < 0.01);
}
