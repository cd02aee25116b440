/**
 * The routing contract: one problem shape for SEND home-to-school transport and for the academic
 * benchmarks (Cordeau's dial-a-ride set, Li & Lim's pickup and delivery set), the solution the
 * solver returns and the independent checker verifies, and the objective both compute.
 *
 * A request is one passenger carried from a pickup to a drop-off (a pupil from home to school in
 * the morning, from school to home in the afternoon). A route is one vehicle's day: it leaves its
 * depot, visits stops and returns. Times are minutes (benchmark units in the benchmarks) from any
 * origin the problem chooses; distances are miles (units). Every constraint is hard.
 */

/** A place a vehicle stops at: an index into the problem's travel matrices. */
export type Location = number;

/** Travel between locations, dense, row-major: time[from × size + to], distance[from × size + to]. */
export interface TravelMatrix {
  size: number;
  time: Float64Array;
  distance: Float64Array;
}

/** Loads and capacities, one number a dimension in the problem's `dimensions` order (e.g. seats, wheelchair spaces). */
export type Load = readonly number[];

export interface Stop {
  location: Location;
  /** Service may start no earlier than `window[0]` and no later than `window[1]`; a vehicle may wait. */
  window: readonly [number, number];
  /** How long service takes (boarding, alighting). */
  service: number;
}

export interface RoutingRequest {
  id: string;
  pickup: Stop;
  dropoff: Stop;
  load: Load;
  /**
   * The longest ride: from the end of service at the pickup to the start of service at the
   * drop-off (Cordeau's definition). Null: no limit.
   */
  maxRide: number | null;
  /** Never on board at the same time as any other request (single occupancy). */
  alone: boolean;
  /** Needs a passenger assistant on the vehicle while on board; the route then carries one for its whole day. */
  needsAssistant: boolean;
}

export interface VehicleType {
  id: string;
  /** How many the fleet has; Infinity for as many as wanted (taxis on a framework). */
  count: number;
  capacity: Load;
  /** Where its routes start and end. */
  depot: Location;
  /** It may leave the depot no earlier than window[0] and must be back by window[1]. */
  window: readonly [number, number];
  /** The longest route, from leaving the depot to returning; null: no limit beyond the window. */
  maxDuration: number | null;
  /** Cost of using one vehicle for the day (a day rate, or a fixed rate), in the problem's cost unit. */
  fixedCost: number;
  /** Cost per unit of distance driven (mileage). */
  distanceCost: number;
  /**
   * Cost of a passenger assistant for the day, added to a route that carries anyone who needs one.
   * An assistant takes one unit of the first capacity dimension (a seat) for the whole route.
   * Null: this vehicle type cannot carry an assistant.
   */
  assistantCost: number | null;
}

export interface RoutingProblem {
  name: string;
  /** The load dimensions' names, e.g. ["seats", "wheelchair spaces"]; Cordeau and Li & Lim have one. */
  dimensions: readonly string[];
  travel: TravelMatrix;
  vehicleTypes: readonly VehicleType[];
  requests: readonly RoutingRequest[];
  /** Pairs of request ids never on board together. */
  incompatible: readonly (readonly [string, string])[];
}

/** One stop of a route as scheduled: when the vehicle arrives, service starts, and it leaves. */
export interface ScheduledStop {
  request: string;
  kind: "pickup" | "dropoff";
  location: Location;
  arrival: number;
  start: number;
  departure: number;
}

export interface Route {
  vehicleType: string;
  /** When it leaves the depot and when it is back. */
  leave: number;
  back: number;
  stops: readonly ScheduledStop[];
  /** Whether it carries a passenger assistant. */
  assistant: boolean;
}

/** The constraints a request can fail, named so a person can act on them. */
export type Constraint =
  | "time-window"
  | "max-ride"
  | "capacity"
  | "wheelchair"
  | "route-duration"
  | "assistant"
  | "fleet"
  | "unreachable";

export interface Unserved {
  request: string;
  constraint: Constraint;
  /** A sentence for a person: which constraint and by how much, e.g. "the direct journey takes 82 minutes; the most allowed is 75". */
  reason: string;
}

export interface RoutingSolution {
  routes: readonly Route[];
  /** Every request not on a route, each with the constraint at fault. Never silently dropped. */
  unserved: readonly Unserved[];
}

/** What a solution costs, computed the same way by the solver and the checker. */
export interface Objective {
  /** Fixed costs of the vehicles used + distance × distance cost + assistants. */
  cost: number;
  distance: number;
  /** Sum over requests of dropoff start − (pickup start + pickup service). */
  rideTime: number;
  vehicles: number;
}

export interface SolveOptions {
  /** The clock in milliseconds, passed in: the domain does not read it. */
  now: () => number;
  /** The random seed: the same seed, problem and iteration budget give the same solution. */
  seed: number;
  /** Stop after this many milliseconds of wall time. */
  timeLimitMs: number;
  /** Stop after this many iterations (for deterministic tests); absent: only the time limit. */
  iterations?: number;
  /** Called now and then with the share of the time (or iterations) used, 0 to 1, and the best objective so far. */
  progress?: (done: number, best: Objective) => void;
}
