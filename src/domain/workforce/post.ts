import type { IsoDate } from "../calendar/dates.js";
import type { Pence } from "../money/money.js";

export const POST_STATUSES = ["permanent", "agency", "vacant"] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** One post in the establishment, keyed by post reference. */
export interface Post {
  postRef: string;
  team: string;
  role: string;
  costCentre: string;
  fte: number;
  status: PostStatus;
  /** Full-time annual cost with on-costs, for permanent posts (and the budgeted cost of a vacancy). */
  annualCost: Pence | null;
  /** Agency day rate for a full-time worker. */
  dayRate: Pence | null;
  start: IsoDate;
  end: IsoDate | null;
}
