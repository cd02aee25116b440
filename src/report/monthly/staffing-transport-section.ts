/**
 * The report's workforce and transport sections: the agency premium by role (beside seed 002's
 * £55,572), the establishment by status, conversion plans with the premium their targets imply,
 * and transport cost per pupil (EHCP and mainstream) with the re-tendered contracts.
 */
import { parsePeriodRef, periodEnd } from "../../domain/calendar/financial.js";
import { type Audience, showDerived } from "../../domain/disclosure/audience.js";
import type { Shown } from "../../domain/disclosure/suppress.js";
import { transportSummary } from "../../domain/transport/summary.js";
import type { PremiumTotal } from "../../domain/workforce/agency-premium.js";
import { agencyPremiumReport } from "../../domain/workforce/agency-premium.js";
import { planSavings } from "../../domain/workforce/conversion.js";
import { SEED_AGENCY_PREMIUM } from "../staffing-text.js";
import { costPerPupilRows } from "../transport-text.js";
import { count, money, number, text } from "./columns.js";
import { countedGroups } from "./counted-groups.js";
import type { ReportSection, SectionBuilder } from "./model.js";

export const workforceSection: SectionBuilder = ({ audience, outturn, registers }) => {
  if (registers.workforce.length === 0) return null;
  const at = parsePeriodRef(outturn.period);
  const premium = agencyPremiumReport(registers.workforce, periodEnd(at));
  const plans = planSavings(registers.conversionPlans, registers.workforce, at.year, periodEnd(at));
  // Staff are people too: a small headcount beside a cost would show one person's pay.
  const statuses = countedGroups(
    audience,
    premium.byStatus.map((s) => ({ label: s.status, count: s.headcount, figures: { fte: s.fte } })),
  );
  const roles = countedGroups(
    audience,
    premium.byRole.map(({ role, posts, ...figures }) => ({ label: role, count: posts, figures })),
  );
  const section: ReportSection = {
    id: "workforce",
    title: "Workforce and the agency premium",
    intro: `Each agency post costs its day rate × FTE × 228 days a year; its premium is that less the mean permanent cost of its role. Seed 002 quotes an average of £${(SEED_AGENCY_PREMIUM / 100).toLocaleString("en-GB")} per agency social worker.`,
    blocks: [
      {
        type: "table",
        title: "Establishment by status",
        columns: [text("status", "Status"), count("headcount", "Headcount"), number("fte", "FTE")],
        rows: statuses.groups.map((s) => ({ values: { status: s.label, headcount: s.count, ...s.figures } })),
      },
      {
        type: "table",
        title: "Agency premium by role",
        columns: [
          text("role", "Role"),
          count("posts", "Agency posts"),
          money("agencyCost", "Agency cost a year"),
          money("permanentCost", "Permanent cost"),
          money("premium", "Premium"),
          money("average", "Average premium"),
        ],
        rows: roles.groups.map((r) => ({ values: { role: r.label, posts: r.count, ...r.figures } })),
        total: { values: { role: "Total", ...totalFigures(audience, premium.total, roles.total) } },
      },
    ],
  };
  if (plans.length > 0) {
    section.blocks.push({
      type: "table",
      title: "Agency conversion plans",
      columns: [
        text("plan", "Plan"),
        text("saving", "Saving"),
        number("posts", "Posts"),
        text("from", "From"),
        money("fullYear", "Full year"),
        money("thisYear", "This year"),
        money("remaining", "After the period end"),
        money("measured", "Premium of the posts"),
        money("implied", "Premium the target implies"),
      ],
      rows: plans.map((s) => ({
        values: {
          plan: `${s.plan.ref}: ${s.plan.role}`,
          saving: s.plan.saving,
          posts: s.plan.posts,
          from: s.plan.effectiveDate,
          fullYear: s.fullYear,
          thisYear: s.thisYear,
          remaining: s.remaining,
          measured: s.measuredPremium,
          implied: s.impliedPremium,
        },
      })),
    });
  }
  return section;
};

/** The premium's total row: its money hidden with its count. */
function totalFigures(audience: Audience, total: PremiumTotal, posts: Shown) {
  const { posts: _, ...figures } = total;
  return {
    posts,
    ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, showDerived(audience, v, [posts])])),
  };
}

export const transportSection: SectionBuilder = ({ audience, outturn, registers }) => {
  if (registers.htstRoutes.length === 0) return null;
  const summary = transportSummary(registers, parsePeriodRef(outturn.period));
  const section: ReportSection = {
    id: "transport",
    title: "Home-to-school transport",
    intro: `Cost per pupil on ${summary.on ?? "no school day"}: each route's daily cost shared equally among its pupils. Expected growth in EHCP pupils ${summary.growth.percent.toFixed(1)}% a year (${summary.growth.basis}).`,
    blocks: [
      {
        type: "table",
        title: "Transport cost per pupil",
        columns: [
          text("group", "Pupils"),
          count("pupils", "Number"),
          money("dailyCost", "Daily cost"),
          money("perPupil", "Per pupil a day"),
          money("perPupilYear", `Per pupil a year (${summary.academicYearDays} days)`),
        ],
        rows: countedGroups(
          audience,
          costPerPupilRows(summary).map(({ group, pupils, ...figures }) => ({
            label: group,
            count: pupils,
            figures,
          })),
        ).groups.map((g) => ({ values: { group: g.label, pupils: g.count, ...g.figures } })),
      },
    ],
  };
  if (summary.retenders.length > 0) {
    section.blocks.push({
      type: "table",
      title: "Re-tendered routes",
      columns: [
        text("route", "Route"),
        text("operator", "Operator"),
        text("date", "From"),
        money("currentDailyCost", "Daily cost now"),
        money("newDailyCost", "New daily cost"),
        money("remaining", "Adds after the period end"),
      ],
      rows: summary.retenders.map((r) => ({ values: { ...r, route: r.routeRef } })),
    });
  }
  return section;
};
