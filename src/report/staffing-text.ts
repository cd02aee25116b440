/** The agency premium, the establishment by status and the conversion plans, as text and CSV. */

import { formatPounds, type Pence, toDecimalPounds } from "../domain/money/money.js";
import type { AgencyPremiumReport } from "../domain/workforce/agency-premium.js";
import type { PlanSaving } from "../domain/workforce/conversion.js";
import { csv } from "./safe-cells.js";
import { textTable } from "./text-table.js";

/** Seed 002 (Herefordshire, 2023): "each agency social worker costs … on average an additional £55,572 per year". */
export const SEED_AGENCY_PREMIUM: Pence = 5_557_200;

const money = (p: Pence | null) => (p === null ? "–" : formatPounds(p, { wholePounds: true }));

export interface StaffingView {
  councilName: string;
  period: string;
  premium: AgencyPremiumReport;
  plans: PlanSaving[];
}

export function agencyTable(view: StaffingView): string {
  const { premium } = view;
  const lines = [
    `${view.councilName}: agency premium at ${view.period} (posts in post on ${premium.asAt})`,
    "",
    ...textTable(
      ["Status", "Headcount", "FTE"],
      premium.byStatus.map((s) => [s.status, String(s.headcount), s.fte.toFixed(2)]),
      1,
    ),
    "",
    ...textTable(
      ["Post", "Role", "Team", "FTE", "Agency cost a year", "Permanent cost", "Premium"],
      premium.posts.map((a) => [
        a.post.postRef,
        a.post.role,
        a.post.team,
        a.post.fte.toFixed(2),
        money(a.agencyCost),
        money(a.permanentCost),
        a.problem ?? money(a.premium),
      ]),
      3,
    ),
    "",
    ...textTable(
      ["Role", "Agency posts", "Agency cost", "Permanent cost", "Premium", "Average premium"],
      [...premium.byRole, { role: "Total", ...premium.total }].map((r) => [
        r.role,
        String(r.posts),
        money(r.agencyCost),
        money(r.permanentCost),
        money(r.premium),
        money(r.average),
      ]),
      1,
    ),
    "",
    seedComparison(premium),
  ];
  for (const saving of view.plans) lines.push("", ...planLines(saving));
  return `${lines.join("\n")}\n`;
}

function seedComparison(premium: AgencyPremiumReport): string {
  const social = premium.byRole.find((r) => r.role === "Social worker")?.average ?? premium.total.average;
  return `Average premium per agency social worker: ${money(social)} here; seed 002 quotes ${money(SEED_AGENCY_PREMIUM)}.`;
}

function planLines(s: PlanSaving): string[] {
  const { plan } = s;
  const lines = [
    `Conversion plan ${plan.ref} (${plan.saving}): ${plan.posts} ${plan.role} posts from ${plan.effectiveDate}. ${plan.note}`.trim(),
    `  converts ${s.conversions.length} agency posts (dearest premium first)${s.missing > 0 ? `; ${s.missing} not found` : ""}`,
    `  saves ${money(s.fullYear)} in a full year, ${money(s.thisYear)} this year from ${plan.effectiveDate}, ${money(s.remaining)} still to come after the period end`,
    `  premium of the posts it converts: ${money(s.measuredPremium)} a post`,
  ];
  const implied = s.impliedPremium;
  if (plan.target !== null && implied !== null) {
    const gap = (other: Pence | null) => (other === null ? "" : ` (gap ${money(other - implied)})`);
    lines.push(
      `  its target ${money(plan.target)} this year implies ${money(implied)} a post; measured here ${money(s.measuredPremium)}${gap(s.measuredPremium)}; seed 002's average ${money(SEED_AGENCY_PREMIUM)}${gap(SEED_AGENCY_PREMIUM)}`,
    );
  }
  return lines;
}

export function agencyCsv(premium: AgencyPremiumReport): string {
  const header = [
    "Post ref",
    "Role",
    "Team",
    "Cost centre",
    "FTE",
    "Agency cost a year (£)",
    "Permanent cost (£)",
    "Premium (£)",
    "Note",
  ];
  const pounds = (p: Pence | null) => (p === null ? "" : toDecimalPounds(p));
  const rows = premium.posts.map((a) => [
    a.post.postRef,
    a.post.role,
    a.post.team,
    a.post.costCentre,
    String(a.post.fte),
    pounds(a.agencyCost),
    pounds(a.permanentCost),
    pounds(a.premium),
    a.problem ?? "",
  ]);
  return csv([header, ...rows]);
}
