import type { IsoDate } from "../calendar/dates.js";
import type { Pence } from "../money/money.js";

/** A home-to-school transport route, keyed by route reference. */
export interface HtstRoute {
  routeRef: string;
  costCentre: string;
  operator: string;
  /** A fixed price per school day; when null the price is miles × rate per mile. */
  dailyCost: Pence | null;
  dailyMiles: number | null;
  ratePerMile: Pence | null;
  occupancy: "single" | "shared";
  passengerAssistant: boolean;
  /** What the passenger assistant costs per school day (0 when there is none). */
  assistantDailyCost: Pence;
  start: IsoDate;
  end: IsoDate | null;
}

/** A pupil entitled to home-to-school transport, keyed by pupil reference. */
export interface HtstPupil {
  pupilRef: string;
  school: string;
  ehcp: boolean;
  setting: "mainstream" | "special";
  routeRef: string;
  start: IsoDate;
  end: IsoDate | null;
}
