/**
 * The report's workforce and transport sections: the agency premium by role (beside seed 002's
 * £55,572), the establishment by status, conversion plans with the premium their targets imply,
 * and transport cost per pupil (EHCP and mainstream) with the re-tendered contracts.
 */
import { parsePeriodRef, periodEnd } from "../../domain/calendar/financial.js";
import { transportSummary } from "../../domain/transport/summary.js";
import { agencyPremiumReport } from "../../domain/workforce/agency-premium.js";
import { planSavings } from "../../domain/workforce/conversion.js";
import { SEED_AGENCY_PREMIUM } from "../staffing-text.js";
import { costPerPupilRows } from "../transport-text.js";
import type { ReportColumn, ReportSection, SectionBuilder } from "./model.js";

const money = (key: string, label: string): ReportColumn => ({ key, label, type: "money" });
const count = (key: string, label: string): ReportColumn => ({ key, label, type: "number" });
const text = (key: string, label: string): ReportColumn => ({ key, label, type: "text" });

export const workforceSection: SectionBuilder = ({ outturn, registers }) => {
  if (registers.workforce.length === 0) return null;
  const at = parsePeriodRef(outturn.period);
  const premium = agencyPremiumReport(registers.workforce, periodEnd(at));
  const plans = planSavings(registers.conversionPlans, registers.workforce, at.year, periodEnd(at));
  const section: ReportSection = {
    id: "workforce",
    title: "Workforce and the agency premium",
    intro: `Each agency post costs its day rate × FTE × 228 days a year; its premium is that less the mean permanent cost of its role. Seed 002 quotes an average of £${(SEED_AGENCY_PREMIUM / 100).toLocaleString("en-GB")} per agency social worker.`,
    blocks: [
      {
        type: "table",
        title: "Establishment by status",
        columns: [text("status", "Status"), count("headcount", "Headcount"), count("fte", "FTE")],
        rows: premium.byStatus.map((s) => ({ values: { ...s } })),
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
        rows: premium.byRole.map(({ role, ...t }) => ({ values: { role, ...t } })),
        total: { values: { role: "Total", ...premium.total } },
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
        count("posts", "Posts"),
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

export const transportSection: SectionBuilder = ({ outturn, registers }) => {
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
        rows: costPerPupilRows(summary).map(({ group, pupils, dailyCost, perPupil, perPupilYear }) => ({
          values: { group, pupils, dailyCost, perPupil, perPupilYear },
        })),
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
