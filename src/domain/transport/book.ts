/**
 * The SEND transport book: what routing needs beyond the HTST routes and pupils registers. Schools
 * with their bell times, the vehicle types and contracts the council can use, and each pupil's
 * needs (keyed by the pupil reference of htst-pupils, which stays as it is). Places are grid
 * references in metres (British National Grid easting and northing), with the kind of area they
 * are in, which sets the speed of travel (src/domain/routing/travel.ts).
 */
import type { Pence } from "../money/money.js";
import type { AreaType } from "../routing/travel.js";

export type { AreaType } from "../routing/travel.js";

export const SCHOOL_PHASES = ["primary", "secondary", "all-through"] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export const AGE_PHASES = ["primary", "secondary"] as const;
export type AgePhase = (typeof AGE_PHASES)[number];

export const VEHICLE_PROVIDERS = ["in-house", "contracted"] as const;
export type VehicleProvider = (typeof VEHICLE_PROVIDERS)[number];

/** The DfE's best practice on journey time, each way, in minutes: 45 primary, 75 secondary. */
export const GUIDANCE_MAX_RIDE: Readonly<Record<AgePhase, number>> = { primary: 45, secondary: 75 };

/** A school pupils travel to, keyed by its id (e.g. the DfE URN). Times are "HH:MM", 24-hour. */
export interface TransportSchool {
  school: string;
  /** The school's name as the School column of htst-pupils writes it. */
  name: string;
  easting: number;
  northing: number;
  area: AreaType;
  /** The morning bell: pupils must have arrived by then. */
  bell: string;
  /** The end of the school day: pupils are collected from then. */
  finish: string;
  /** Pupils arrive at least `arriveMin` and at most `arriveMax` minutes before the bell. */
  arriveMin: number;
  arriveMax: number;
  phase: SchoolPhase;
}

/**
 * A vehicle type and its contract, keyed by its id. Priced by a day rate, or by a fixed rate plus
 * a rate per mile; both are per school day (a day's two runs).
 */
export interface TransportVehicle {
  vehicleType: string;
  description: string;
  seats: number;
  wheelchairSpaces: number;
  provider: VehicleProvider;
  dayRate: Pence | null;
  fixedRate: Pence | null;
  ratePerMile: Pence | null;
  /** What a passenger assistant costs per day; null: this vehicle cannot carry one. */
  assistantCost: Pence | null;
  /** How many the council can use; null: as many as wanted (e.g. taxis on a framework). */
  available: number | null;
  depotEasting: number;
  depotNorthing: number;
  depotArea: AreaType;
}

/** What one pupil needs to be carried, keyed by the pupil reference of htst-pupils. */
export interface TransportNeed {
  pupilRef: string;
  /** The school's id in transport-schools. */
  school: string;
  homeEasting: number;
  homeNorthing: number;
  homeArea: AreaType;
  phase: AgePhase;
  /** The longest ride each way in minutes; null: the guidance for the phase (GUIDANCE_MAX_RIDE). */
  maxRide: number | null;
  /** Seats the pupil takes (besides a wheelchair space, for a wheelchair user). */
  seats: number;
  /** Travels in a wheelchair, so takes a wheelchair space. */
  wheelchair: boolean;
  assistant: boolean;
  /** Must travel alone (single occupancy). */
  alone: boolean;
  /** Pupils (by reference) this pupil must never travel with. */
  cannotTravelWith: readonly string[];
}

/** The pupil's own limit, or else the guidance for their phase. */
export function maxRideOf(need: TransportNeed): number {
  return need.maxRide ?? GUIDANCE_MAX_RIDE[need.phase];
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether text is a time of day written "HH:MM" (24-hour, two digits each). */
export function isClockTime(text: string): boolean {
  return CLOCK.test(text);
}

/** Minutes after midnight of an "HH:MM" time; throws on anything else. */
export function minutesOfDay(time: string): number {
  const match = CLOCK.exec(time);
  if (!match) throw new Error(`"${time}" is not a time of day written HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** An "HH:MM" time from minutes after midnight (rounded to the minute). */
export function clockTime(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  return `${String(hours).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}
