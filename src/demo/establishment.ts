/**
 * Demoshire's establishment: the roles, teams and cost centres of its posts, what each costs, and
 * the agency share each role is steered towards over time.
 */
import type { IsoDate } from "../domain/calendar/dates.js";
import type { FinancialYear } from "../domain/calendar/financial.js";

/** The seed's extra cost of one agency social worker over a permanent one, a year. */
export const SOCIAL_WORKER_AGENCY_PREMIUM = 5_557_200;

export const PAY_INDEX: Record<FinancialYear, number> = {
  "2021-22": 0.87,
  "2022-23": 0.92,
  "2023-24": 0.96,
  "2024-25": 1,
};
export const AGENCY_INDEX: Record<FinancialYear, number> = {
  "2021-22": 0.9,
  "2022-23": 0.95,
  "2023-24": 0.99,
  "2024-25": 1,
};

export type Target = [IsoDate, number][];
const SOCIAL_WORKER_AGENCY: Target = [
  ["2021-04-01", 0.32],
  ["2022-04-01", 0.58],
  ["2023-06-01", 0.76],
  ["2024-03-31", 0.72],
  ["2024-10-31", 0.64],
];

export interface Role {
  role: string;
  costCentre: string;
  team: string;
  teams: number;
  perTeam: number;
  /** Permanent full-time cost with on-costs in 2024-25 pounds: [min, max]. */
  pay: [number, number];
  /** Agency annual cost (day rate × 228) over the permanent mean, in 2024-25 pounds. */
  premium: number;
  agency: Target;
  /** Share of permanent staff who leave a year (social workers left in numbers after 2021). */
  leaving?: number;
}

const flat = (share: number): Target => [["2021-04-01", share]];
const sw = (costCentre: string, team: string, teams: number, perTeam: number): Role => ({
  role: "Social worker",
  costCentre,
  team,
  teams,
  perTeam,
  pay: [52_000, 60_000],
  premium: 58_200,
  agency: SOCIAL_WORKER_AGENCY,
  leaving: 0.4,
});

export const ESTABLISHMENT: Role[] = [
  sw("SW-ASMT", "Assessment team", 4, 7),
  sw("SW-FSP", "Family support and protection team", 5, 7),
  sw("LAC-CIC", "Children in care team", 3, 9),
  {
    role: "Team manager",
    costCentre: "SW-ASMT",
    team: "Assessment team",
    teams: 4,
    perTeam: 1,
    pay: [70_000, 78_000],
    premium: 45_000,
    agency: flat(0.32),
  },
  {
    role: "Team manager",
    costCentre: "SW-FSP",
    team: "Family support and protection team",
    teams: 5,
    perTeam: 1,
    pay: [70_000, 78_000],
    premium: 45_000,
    agency: flat(0.32),
  },
  {
    role: "Team manager",
    costCentre: "LAC-CIC",
    team: "Children in care team",
    teams: 3,
    perTeam: 1,
    pay: [70_000, 78_000],
    premium: 45_000,
    agency: flat(0.32),
  },
  {
    role: "Personal adviser",
    costCentre: "LAC-CIC",
    team: "Care leavers team",
    teams: 1,
    perTeam: 10,
    pay: [36_000, 41_000],
    premium: 14_000,
    agency: flat(0.1),
  },
  {
    role: "Supervising social worker",
    costCentre: "FOS-SUP",
    team: "Fostering team",
    teams: 2,
    perTeam: 6,
    pay: [52_000, 60_000],
    premium: 40_000,
    agency: flat(0.15),
  },
  {
    role: "Family support worker",
    costCentre: "EH-TEAM",
    team: "Early help locality team",
    teams: 3,
    perTeam: 8,
    pay: [33_000, 38_000],
    premium: 10_000,
    agency: flat(0.05),
  },
  {
    role: "MASH practitioner",
    costCentre: "SAFE-MASH",
    team: "MASH",
    teams: 1,
    perTeam: 9,
    pay: [52_000, 60_000],
    premium: 45_000,
    agency: flat(0.3),
  },
  {
    role: "Independent reviewing officer",
    costCentre: "SAFE-IRO",
    team: "Safeguarding and review",
    teams: 1,
    perTeam: 8,
    pay: [60_000, 66_000],
    premium: 30_000,
    agency: flat(0.25),
  },
  {
    role: "Service manager",
    costCentre: "DIR-MGT",
    team: "Directorate management",
    teams: 1,
    perTeam: 6,
    pay: [82_000, 90_000],
    premium: 40_000,
    agency: flat(0.2),
  },
  {
    role: "Head of service",
    costCentre: "DIR-MGT",
    team: "Directorate management",
    teams: 1,
    perTeam: 3,
    pay: [98_000, 108_000],
    premium: 0,
    agency: flat(0),
  },
  {
    role: "Business support officer",
    costCentre: "DIR-MGT",
    team: "Business support",
    teams: 1,
    perTeam: 24,
    pay: [27_000, 31_000],
    premium: 0,
    agency: flat(0),
  },
];
