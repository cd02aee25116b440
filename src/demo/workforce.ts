/**
 * Demoshire's establishment of posts, simulated from 1 April 2021: each post passes between
 * permanent staff, agency workers and vacancy, steered so that the agency share of social workers
 * follows the seed (32% in 2021, 55% in 2022, 72% in September 2023, falling as posts convert).
 */
import { fromDay, type IsoDate, toDay } from "../domain/calendar/dates.js";
import { periodOf } from "../domain/calendar/financial.js";
import type { Pence } from "../domain/money/money.js";
import type { Post } from "../domain/workforce/post.js";
import { AGENCY_DAYS_PER_YEAR } from "../domain/workforce/post-cost.js";
import { AGENCY_INDEX, ESTABLISHMENT, PAY_INDEX, type Role, type Target } from "./establishment.js";
import { wholePounds as pounds, type Random } from "./random.js";

/** The annual cost with on-costs in force from a day, for permanent and vacant posts. */
export interface PayRate {
  from: IsoDate;
  annualCost: Pence;
}

export interface SimulatedPost {
  post: Post;
  /** Every annual cost the row has had (April pay awards), oldest first; empty for agency rows. */
  pay: PayRate[];
}

/**
 * Vacancies: a post opens vacant with this chance; when its holder leaves it stays vacant with
 * LEFT_VACANT's chance (else someone starts the next day), for RECRUITMENT_DAYS on average. Together
 * they hold about 7-8% of the establishment vacant at any date, as a council of this size carries.
 */
const OPENING_VACANCY = 0.075;
const LEFT_VACANT = 0.55;
const RECRUITMENT_DAYS = 110;

function targetOn(target: Target, date: IsoDate): number {
  let share = target[0]?.[1] ?? 0;
  for (let i = 0; i < target.length; i++) {
    const [from, value] = target[i] as [IsoDate, number];
    const next = target[i + 1];
    if (date < from) break;
    share = value;
    if (next && date < next[0]) {
      const span = toDay(next[0]) - toDay(from);
      share = value + ((next[1] - value) * (toDay(date) - toDay(from))) / span;
    }
  }
  return share;
}

export function simulateWorkforce(options: {
  rng: Random;
  scale: number;
  from: IsoDate;
  until: IsoDate;
}): SimulatedPost[] {
  const { rng, scale } = options;
  const rows: SimulatedPost[] = [];
  let slots = 0;
  for (const role of ESTABLISHMENT) {
    const payMean = (role.pay[0] + role.pay[1]) / 2;
    const teams = Math.max(1, Math.round(role.teams * scale));
    const members: { ref: string; team: string; open: IsoDate; close: IsoDate | null; base: number }[] = [];
    for (let t = 1; t <= teams; t++) {
      const team = role.teams === 1 && teams === 1 ? role.team : `${role.team} ${t}`;
      for (let m = 0; m < role.perTeam; m++) {
        slots += 1;
        // Extra capacity added in 2022; some social worker posts deleted from July 2024 (saving S2).
        const added = role.role === "Social worker" && m === role.perTeam - 1 && t % 2 === 0;
        const deleted = role.role === "Social worker" && m === role.perTeam - 2 && t % 3 === 0;
        members.push({
          ref: `P${String(slots).padStart(4, "0")}`,
          team,
          open: added ? "2022-06-01" : options.from,
          close: deleted ? "2024-06-30" : null,
          base: rng.uniform(role.pay[0], role.pay[1]),
        });
      }
    }
    let agency = 0;
    let filled = 0;
    type Spell = { status: Post["status"]; start: number; seq: number; dayRate: Pence | null; fte: number };
    const spells = new Map<string, Spell>();
    const last = toDay(options.until);
    const finish = (member: (typeof members)[number], spell: Spell, end: number | null) => {
      if (spell.status === "agency") agency -= 1;
      if (spell.status !== "vacant") filled -= 1;
      rows.push(postRow(role, member, spell, end, options.until));
    };
    const begin = (member: (typeof members)[number], day: number, seq: number, vacant: boolean) => {
      const date = fromDay(day);
      const target = targetOn(role.agency, date);
      const wantsAgency = date === options.from ? rng.chance(target) : agency + 0.5 < target * (filled + 1);
      const status: Post["status"] = vacant ? "vacant" : wantsAgency ? "agency" : "permanent";
      const dayRate =
        status === "agency"
          ? pounds(
              ((payMean + role.premium + rng.normal(0, 4_000)) * (AGENCY_INDEX[periodOf(date).year] ?? 1)) /
                AGENCY_DAYS_PER_YEAR,
            )
          : null;
      if (status === "agency") agency += 1;
      if (status !== "vacant") filled += 1;
      const fte = status === "permanent" && rng.chance(0.15) ? rng.pick([0.6, 0.8]) : 1;
      spells.set(member.ref, { status, start: day, seq, dayRate, fte });
    };
    for (let day = toDay(options.from); day <= last; day++) {
      const date = fromDay(day);
      for (const member of members) {
        const spell = spells.get(member.ref);
        if (!spell) {
          if (date === member.open) begin(member, day, 1, rng.chance(OPENING_VACANCY));
          continue;
        }
        if (member.close !== null && date > member.close) {
          finish(member, spell, toDay(member.close));
          spells.delete(member.ref);
          member.open = "9999-12-31";
          continue;
        }
        const hazard =
          spell.status === "vacant"
            ? 1 / RECRUITMENT_DAYS
            : spell.status === "agency"
              ? 0.9 / 365
              : (role.leaving ?? 0.15) / 365;
        if (day === spell.start || !rng.chance(hazard)) continue;
        finish(member, spell, day - 1);
        begin(member, day, spell.seq + 1, spell.status !== "vacant" && rng.chance(LEFT_VACANT));
      }
    }
    for (const member of members) {
      const spell = spells.get(member.ref);
      if (spell) rows.push(postRow(role, member, spell, null, options.until));
    }
  }
  return rows.sort((a, b) => (a.post.postRef < b.post.postRef ? -1 : 1));
}

function postRow(
  role: Role,
  member: { ref: string; team: string; base: number },
  spell: { status: Post["status"]; start: number; seq: number; dayRate: Pence | null; fte: number },
  end: number | null,
  until: IsoDate,
): SimulatedPost {
  const start = fromDay(spell.start);
  const pay: PayRate[] = [];
  if (spell.status !== "agency") {
    const lastYear = periodOf(end === null ? until : fromDay(end)).year;
    for (const [year, index] of Object.entries(PAY_INDEX)) {
      if (year > lastYear) continue;
      const from = `${year.slice(0, 4)}-04-01`;
      const rate = { from: from > start ? from : start, annualCost: pounds(member.base * index) };
      if (from > start || year === periodOf(start).year) pay.push(rate);
    }
  }
  const post: Post = {
    postRef: `${member.ref}-${String(spell.seq).padStart(2, "0")}`,
    team: member.team,
    role: role.role,
    costCentre: role.costCentre,
    fte: spell.fte,
    status: spell.status,
    annualCost: pay[pay.length - 1]?.annualCost ?? null,
    dayRate: spell.dayRate,
    start,
    end: end === null ? null : fromDay(end),
  };
  return { post, pay };
}
