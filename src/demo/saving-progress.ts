/**
 * How Demoshire's savings stand at 31 October 2024: the drivers each should move (targets set from
 * the registers as they stood on 1 April 2024, so any seed and scale gets a plan of the same shape),
 * milestones, and the owners' and finance's comments. S3 is rated green while the agency FTE is far
 * above its June target: the unevidenced saving. Comments quote the registers' own figures.
 */
import type { IsoDate } from "../domain/calendar/dates.js";
import { toThousands } from "../domain/money/money.js";
import { type CouncilRegisters, emptyRegisters } from "../domain/registers.js";
import { SAVING_DRIVERS, type SavingDriverName } from "../domain/savings/drivers.js";
import type {
  SavingComment,
  SavingDriverLink,
  SavingMilestone,
  SavingYear,
} from "../domain/savings/saving.js";
import type { ConversionPlan } from "../domain/workforce/conversion.js";
import { SAVING_OWNERS as WHO } from "./savings.js";

type Sources = Omit<
  CouncilRegisters,
  "savings" | "savingYears" | "savingMilestones" | "savingComments" | "savingDrivers"
>;

const APRIL = "2024-04-01";
const MARCH = "2025-03-31";

export interface SavingProgress {
  savingDrivers: SavingDriverLink[];
  savingMilestones: SavingMilestone[];
  savingComments: SavingComment[];
}

/** Links, milestones and comments as known at `until`: later comments and completions are not yet made. */
export function demoSavingProgress(
  sources: Sources,
  years: readonly SavingYear[],
  plans: readonly ConversionPlan[],
  scale: number,
  until: IsoDate,
): SavingProgress {
  const registers: CouncilRegisters = { ...emptyRegisters(), ...sources };
  const on = (driver: SavingDriverName, day: IsoDate) => SAVING_DRIVERS[driver].measure(registers, day);
  const by = (n: number) => Math.max(1, Math.round(n * scale));
  const posts = plans.find((p) => p.saving === "S3")?.posts ?? by(30);
  const fte = (n: number) => Math.round(n * 10) / 10;
  /** A 2024-25 figure as the comments write it, e.g. "£620k". */
  const k = (ref: string, field: "target" | "forecast") => {
    const row = years.find((y) => y.ref === ref && y.year === "2024-25");
    return `£${toThousands(row?.[field] ?? 0).toLocaleString("en-GB")}k`;
  };

  const highCost = on("high-cost-placements", APRIL);
  const residential = on("residential-placements", APRIL);
  const agency = on("agency-fte", APRIL);
  const social = on("social-worker-fte", APRIL);
  const single = on("single-occupancy-routes", APRIL);
  const children = on("looked-after-children", APRIL);
  const link = (ref: string, driver: SavingDriverName, target: number, to: IsoDate = MARCH) => ({
    ref,
    driver,
    baseline: null,
    target,
    from: APRIL,
    by: to,
  });
  const savingDrivers: SavingDriverLink[] = [
    // S1's one entered baseline: the high-cost list the panel started from in April.
    { ...link("S1", "high-cost-placements", highCost - by(6)), baseline: highCost },
    link("S1", "residential-placements", residential - by(6)),
    link("S2", "social-worker-fte", fte(social - 14 * scale)),
    link("S3", "agency-fte", fte(agency - posts), "2024-06-30"),
    link("S4", "single-occupancy-routes", single - by(10)),
    link("S5", "looked-after-children", children - by(17)),
  ];

  const milestone = (ref: string, name: string, due: IsoDate, completed: IsoDate | null = null) => ({
    ref,
    milestone: name,
    due,
    completed: completed !== null && completed <= until ? completed : null,
  });
  const savingMilestones: SavingMilestone[] = [
    milestone("S1", "High-cost placement panel meets weekly", "2024-05-31", "2024-05-20"),
    milestone("S1", "Step-down plan for every child in a children's home", "2024-09-30", "2024-10-15"),
    milestone("S1", "Two local residential beds commissioned (block contract)", "2025-01-31"),
    milestone("S2", "Establishment review signed off", "2024-06-14", "2024-06-12"),
    milestone("S2", "First posts deleted in the assessment teams", "2024-06-30", "2024-06-30"),
    milestone("S2", "Remaining posts deleted as assessments fall", MARCH),
    milestone("S3", "Recruitment campaign launched", "2024-04-30", "2024-04-22"),
    milestone("S3", "Agency posts converted to permanent", "2024-06-30"),
    milestone("S3", "Newly qualified cohort starts", "2024-09-30", "2024-09-23"),
    milestone("S4", "Review of SEND routes for merging", "2024-07-31", "2024-07-26"),
    milestone("S4", "Dynamic purchasing system for taxis live", "2024-12-31"),
    milestone("S5", "Edge of care business case approved", "2024-06-30", "2024-07-16"),
    milestone("S5", "Edge of care team recruited", "2024-09-30"),
    milestone("S5", "Reunification reviews for children in care over 12 months", "2025-01-31"),
  ];

  const deleted = Math.round(on("social-worker-fte", "2024-06-30") - on("social-worker-fte", "2024-07-01"));
  const comment = (ref: string, date: IsoDate, author: string, text: string) => ({ ref, date, author, text });
  const comments: SavingComment[] = [
    comment(
      "S1",
      "2024-05-24",
      WHO.children,
      "Panel meets weekly; every placement over £5,000 a week has a named step-down plan. Green.",
    ),
    comment(
      "S1",
      "2024-08-29",
      WHO.finance,
      `Amber from green: new children's home placements in August; forecast delivery cut to ${k("S1", "forecast")} of ${k("S1", "target")}.`,
    ),
    comment(
      "S1",
      "2024-10-30",
      WHO.children,
      `High-cost placements down from ${highCost} in April to ${on("high-cost-placements", "2024-10-31")}, but ${on("residential-placements", "2024-10-31")} children are in residential care against ${residential} in April. Stays amber.`,
    ),
    comment(
      "S2",
      "2024-07-05",
      WHO.assessment,
      `${deleted} social worker posts deleted at 30 June as planned. Green.`,
    ),
    comment(
      "S2",
      "2024-10-29",
      WHO.finance,
      `Amber from green: assessments have not fallen enough to delete the rest this year; forecast ${k("S2", "forecast")} of ${k("S2", "target")}.`,
    ),
    comment(
      "S3",
      "2024-04-26",
      WHO.workforce,
      "Recruitment campaign launched; six permanent starters from the quarter 3 offers began in April. Green.",
    ),
    comment(
      "S3",
      "2024-07-31",
      WHO.workforce,
      "Conversions under way and the newly qualified cohort starts in September. On track: green.",
    ),
    comment(
      "S3",
      "2024-10-30",
      WHO.finance,
      `Query to the owner: agency FTE is ${on("agency-fte", "2024-10-31")} on 31 October against ${fte(agency - posts)} planned by 30 June. Owner keeps green and forecasts the full ${k("S3", "target")}.`,
    ),
    comment(
      "S4",
      "2024-07-30",
      WHO.transport,
      "Route review done; shared routes merged for September. Green.",
    ),
    comment(
      "S4",
      "2024-10-25",
      WHO.transport,
      `Amber from green: the September intake took single-occupancy routes to ${on("single-occupancy-routes", "2024-10-31")} (${single} in April); contract changes should still save ${k("S4", "forecast")}.`,
    ),
    comment(
      "S5",
      "2024-07-16",
      WHO.children,
      "Business case approved; recruitment to the edge of care team under way. Amber.",
    ),
    comment(
      "S5",
      "2024-10-30",
      WHO.finance,
      "Red from amber: the team is not yet recruited, so nothing can be delivered in 2024-25; re-profile to 2025-26.",
    ),
  ];
  return { savingDrivers, savingMilestones, savingComments: comments.filter((c) => c.date <= until) };
}
