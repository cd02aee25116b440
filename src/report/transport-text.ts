/** Home-to-school transport cost per pupil, EHCP growth and re-tenders, as text and CSV. */

import { formatPounds, type Pence, toDecimalPounds } from "../domain/money/money.js";
import type { TransportSummary } from "../domain/transport/summary.js";
import { csv } from "./safe-cells.js";
import { textTable } from "./text-table.js";

const money = (p: Pence | null) => (p === null ? "–" : formatPounds(p));

/** The cost per pupil rows: EHCP, mainstream, and routes carrying nobody. */
export function costPerPupilRows(
  summary: TransportSummary,
): { group: string; pupils: number; dailyCost: Pence; perPupil: Pence | null; perPupilYear: Pence | null }[] {
  const cost = summary.cost;
  if (!cost) return [];
  return [
    { group: "EHCP", ...cost.ehcp, perPupilYear: summary.perPupilYear.ehcp },
    { group: "Mainstream", ...cost.mainstream, perPupilYear: summary.perPupilYear.mainstream },
    {
      group: "Routes with no pupil",
      pupils: 0,
      dailyCost: cost.empty.dailyCost,
      perPupil: null,
      perPupilYear: null,
    },
  ];
}

export function transportTable(summary: TransportSummary, councilName: string): string {
  const lines = [`${councilName}: home-to-school transport at ${summary.period} (to ${summary.asAt})`, ""];
  if (summary.on === null)
    lines.push("No school day in the term calendar on or before the period end: no cost per pupil.");
  else {
    lines.push(
      `Cost per pupil on ${summary.on}, the last school day (a route's daily cost shared equally among its pupils):`,
      ...textTable(
        [
          "Pupils",
          "Number",
          "Daily cost",
          "Per pupil a day",
          `Per pupil a year (${summary.academicYearDays} days)`,
        ],
        costPerPupilRows(summary).map((r) => [
          r.group,
          String(r.pupils),
          money(r.dailyCost),
          money(r.perPupil),
          money(r.perPupilYear),
        ]),
        1,
      ),
    );
  }
  lines.push(
    "",
    `Expected growth in EHCP pupils: ${summary.growth.percent.toFixed(1)}% a year (${summary.growth.basis}); ${
      summary.newRoutesCosted
        ? "costed as new routes from September"
        : "the routes register already holds this year's routes"
    }.`,
  );
  if (summary.retenders.length > 0) {
    lines.push(
      "",
      "Re-tendered contracts:",
      ...textTable(
        ["Route", "Operator", "From", "Daily cost now", "New daily cost", "Adds after the period end"],
        summary.retenders.map((r) => [
          r.routeRef,
          r.operator,
          r.date,
          money(r.currentDailyCost),
          money(r.newDailyCost),
          money(r.remaining),
        ]),
        3,
      ),
    );
  }
  if (summary.cost && summary.cost.problems.length > 0)
    lines.push("", "Warnings:", ...summary.cost.problems.map((p) => `  ${p}`));
  return `${lines.join("\n")}\n`;
}

export function transportCsv(summary: TransportSummary): string {
  const pounds = (p: Pence | null) => (p === null ? "" : toDecimalPounds(p));
  const header = ["Pupils", "Number", "Daily cost (£)", "Per pupil a day (£)", "Per pupil a year (£)"];
  const rows = costPerPupilRows(summary).map((r) => [
    r.group,
    String(r.pupils),
    pounds(r.dailyCost),
    pounds(r.perPupil),
    pounds(r.perPupilYear),
  ]);
  return csv([header, ...rows]);
}
