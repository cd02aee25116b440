/**
 * Drill-down from the report: a service area's lines, then a line's placements, posts or routes,
 * each joined to its register row. Child-level rows carry only the pseudonymised child reference,
 * and only officers see them: a member sees the placements by type and the posts by role.
 */
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { type Audience, showDerived } from "../../domain/disclosure/audience.js";
import { DRIVERS, type DriverName } from "../../domain/outturn/drivers.js";
import type { ForecastItem, ForecastLine, ForecastOutturn } from "../../domain/outturn/forecast.js";
import { savingsInOutturn } from "../../domain/outturn/savings-line.js";
import { PLACEMENT_TYPES, placementType } from "../../domain/placements/types.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { Council } from "../../store/store.js";
import { modelStartersNote } from "../demand/starters-note.js";
import { money } from "./columns.js";
import { countedGroups } from "./counted-groups.js";
import type { ReportColumn, ReportDocument, ReportRow, ReportSection, ReportTable } from "./model.js";
import { outturnTable } from "./outturn-section.js";
import { varianceRatio } from "./summary.js";

function document(council: Council, outturn: ForecastOutturn, title: string, sections: ReportSection[]) {
  return { title, council, period: outturn.period, asAt: outturn.asAt, sections } satisfies ReportDocument;
}

/** A service area's budget lines, each leading to its items; null when the area is not in the forecast. */
export function serviceAreaDetail(
  council: Council,
  outturn: ForecastOutturn,
  serviceArea: string,
): ReportDocument | null {
  if (!outturn.serviceAreas.some((a) => a.serviceArea === serviceArea)) return null;
  return document(council, outturn, `${serviceArea} at ${outturn.period}`, [
    { id: "lines", title: `${serviceArea}: budget lines`, blocks: [outturnTable(outturn, serviceArea)] },
  ]);
}

/** The driver whose amount a register's items make up. */
const DRIVER_OF_REGISTER: { [R in ForecastItem["register"]]: DriverName } = {
  placements: "commitments",
  workforce: "posts",
  "htst-routes": "routes",
};

/** A line's remaining cost by driver: the parts add up to the line's remaining exactly. */
function driversTable(line: ForecastLine): ReportTable {
  return {
    type: "table",
    title: "Drivers",
    columns: [
      { key: "driver", label: "Driver", type: "text" },
      { key: "amount", label: "Remaining to 31 March", type: "money" },
    ],
    rows: line.drivers.map((d) => ({ values: { driver: DRIVERS[d.driver], amount: d.amount } })),
    total: { values: { driver: "Total", amount: line.remaining } },
  };
}

const remainingColumn: ReportColumn = { key: "remaining", label: "Remaining to 31 March", type: "money" };

/** Each register's items on a line, as a table whose total is the line's remaining cost from that register. */
const ITEM_TABLES: {
  [R in ForecastItem["register"]]: (items: ForecastItem[], registers: CouncilRegisters) => ReportTable;
} = {
  placements(items, registers) {
    const rows = new Map(registers.placements.map((p) => [p.placementRef, p]));
    // A child is shown only by the pseudonymised reference, never by anything that could identify them.
    return itemTable(
      "Placements",
      "placements",
      items,
      [
        { key: "key", label: "Placement", type: "text" },
        { key: "childRef", label: "Child (pseudonymised)", type: "text" },
        { key: "type", label: "Type", type: "text" },
        { key: "provider", label: "Provider", type: "text" },
        { key: "rate", label: "Net weekly cost", type: "money" },
        remainingColumn,
      ],
      (item) => {
        const p = rows.get(item.key);
        return { childRef: p?.childRef ?? null, type: p?.placeCode ?? null, provider: p?.provider ?? null };
      },
    );
  },
  workforce(items, registers) {
    const rows = new Map(registers.workforce.map((p) => [p.postRef, p]));
    return itemTable(
      "Posts",
      "workforce",
      items,
      [
        { key: "key", label: "Post", type: "text" },
        { key: "role", label: "Role", type: "text" },
        { key: "team", label: "Team", type: "text" },
        { key: "status", label: "Status", type: "text" },
        { key: "fte", label: "FTE", type: "number" },
        { key: "rate", label: "Rate (annual or day rate × FTE)", type: "money" },
        remainingColumn,
      ],
      (item) => {
        const p = rows.get(item.key);
        return {
          role: p?.role ?? null,
          team: p?.team ?? null,
          status: p?.status ?? null,
          fte: p?.fte ?? null,
        };
      },
    );
  },
  "htst-routes"(items, registers) {
    const rows = new Map(registers.htstRoutes.map((r) => [r.routeRef, r]));
    return itemTable(
      "Routes",
      "htst-routes",
      items,
      [
        { key: "key", label: "Route", type: "text" },
        { key: "operator", label: "Operator", type: "text" },
        { key: "occupancy", label: "Occupancy", type: "text" },
        { key: "rate", label: "Daily cost", type: "money" },
        remainingColumn,
      ],
      (item) => {
        const r = rows.get(item.key);
        return { operator: r?.operator ?? null, occupancy: r?.occupancy ?? null };
      },
    );
  },
};

function itemTable(
  title: string,
  register: ForecastItem["register"],
  items: ForecastItem[],
  columns: ReportColumn[],
  describe: (item: ForecastItem) => ReportRow["values"],
): ReportTable {
  const sorted = [...items].sort((a, b) => b.remaining - a.remaining || a.key.localeCompare(b.key));
  return {
    type: "table",
    title,
    columns,
    rows: sorted.map((item) => ({
      values: { key: item.key, ...describe(item), rate: item.rate, remaining: item.remaining },
    })),
    total: {
      values: {
        key: `${DRIVERS[DRIVER_OF_REGISTER[register]]} (${items.length})`,
        remaining: items.reduce((sum, i) => sum + i.remaining, 0),
      },
    },
  };
}

/**
 * The placements and posts on a line as a member sees them: by type or role, each with how many and
 * what remains to pay, small counts suppressed; no child and no one person's pay.
 */
const MEMBER_GROUPS: {
  [R in ForecastItem["register"]]?: {
    title: string;
    group: string;
    of: (registers: CouncilRegisters) => Map<string, string>;
  };
} = {
  placements: {
    title: "Placements by type",
    group: "Placement type",
    of: (r) => new Map(r.placements.map((p) => [p.placementRef, PLACEMENT_TYPES[placementType(p)]])),
  },
  workforce: {
    title: "Posts by role",
    group: "Role",
    of: (r) => new Map(r.workforce.map((p) => [p.postRef, `${p.role} (${p.status})`])),
  },
};

function memberItemTable(
  audience: Audience,
  register: ForecastItem["register"],
  items: ForecastItem[],
  registers: CouncilRegisters,
): ReportTable {
  const spec = MEMBER_GROUPS[register];
  if (!spec) return ITEM_TABLES[register](items, registers);
  const groupOf = spec.of(registers);
  const labels = [...new Set(items.map((i) => groupOf.get(i.key) ?? "Unknown"))].sort();
  const of = (label: string) => items.filter((i) => (groupOf.get(i.key) ?? "Unknown") === label);
  const shown = countedGroups(
    audience,
    labels.map((label) => ({
      label,
      count: of(label).length,
      figures: { remaining: of(label).reduce((sum, i) => sum + i.remaining, 0) },
    })),
  );
  const remaining = items.reduce((sum, i) => sum + i.remaining, 0);
  return {
    type: "table",
    title: spec.title,
    columns: [
      { key: "group", label: spec.group, type: "text" },
      { key: "count", label: "Number", type: "count" },
      remainingColumn,
    ],
    rows: shown.groups.map((g) => ({ values: { group: g.label, count: g.count, ...g.figures } })),
    total: {
      values: {
        group: "Total",
        count: shown.total,
        remaining: showDerived(audience, remaining, [shown.total]),
      },
    },
  };
}

/** One budget line: its figures, then what its remaining cost is made of; null when the line is unknown. */
export function lineDetail(
  council: Council,
  outturn: ForecastOutturn,
  registers: CouncilRegisters,
  costCentre: string,
  audience: Audience,
): ReportDocument | null {
  const line = outturn.lines.find((l) => l.costCentre === costCentre);
  if (!line) return null;
  const items = outturn.items.filter((i) => i.costCentre === costCentre);
  const registersOnLine = [...new Set(items.map((i) => i.register))];
  const figures: ReportTable = {
    type: "table",
    title: `${line.name} (${line.costCentre})`,
    columns: [
      { key: "serviceArea", label: "Service area", type: "text" },
      { key: "budget", label: "Budget", type: "money" },
      { key: "actualToDate", label: "Actual to date", type: "money" },
      { key: "remaining", label: "Remaining to 31 March", type: "money" },
      { key: "forecast", label: "Forecast outturn", type: "money" },
      { key: "variance", label: "Variance", type: "money", overspend: true },
      { key: "varianceRatio", label: "Variance %", type: "percent", overspend: true },
    ],
    rows: [],
    total: {
      values: {
        serviceArea: line.serviceArea,
        budget: line.budget,
        actualToDate: line.actualToDate,
        remaining: line.remaining,
        forecast: line.forecast,
        variance: line.variance,
        varianceRatio: varianceRatio(line.variance, line.budget),
      },
      drill: { kind: "service-area", serviceArea: line.serviceArea },
    },
  };
  if (line.kind === "savings") {
    return document(council, outturn, `${line.name} at ${outturn.period}`, [
      { id: "line", title: line.name, blocks: [figures] },
      savingsInLineSection(outturn, registers),
    ]);
  }
  const intro =
    registersOnLine.length === 0
      ? "What remains to pay to 31 March, by driver. No placement, post or route is priced on this line."
      : "What remains to pay to 31 March, by driver, then the placements, posts or routes that add up to their driver.";
  return document(council, outturn, `${line.name} (${line.costCentre}) at ${outturn.period}`, [
    { id: "line", title: `${line.name} (${line.costCentre})`, blocks: [figures] },
    {
      id: "items",
      title: "What remains to pay",
      intro,
      ...startersNotes(modelStartersNote(outturn, registers, line.costCentre, audience)),
      blocks: [
        driversTable(line),
        ...registersOnLine.map((register) =>
          audience.reader === "officer"
            ? ITEM_TABLES[register](
                items.filter((i) => i.register === register),
                registers,
              )
            : memberItemTable(
                audience,
                register,
                items.filter((i) => i.register === register),
                registers,
              ),
        ),
      ],
    },
  ]);
}

const startersNotes = (note: string | null) => (note ? { notes: [{ text: note }] } : {});

/** The savings that make up the savings at risk line, each leading to its evidence. */
function savingsInLineSection(outturn: ForecastOutturn, registers: CouncilRegisters): ReportSection {
  const at = parsePeriodRef(outturn.period);
  const lines = registers.budgetLines.filter((l) => l.year === at.year);
  const { savings } = savingsInOutturn(registers, lines, at);
  const total = (pick: (s: (typeof savings)[number]) => number) => savings.reduce((t, s) => t + pick(s), 0);
  return {
    id: "savings",
    title: "Savings in the line",
    intro:
      "A saving on a budget line puts what is at risk here and raises that line's budget by the same amount; a saving held centrally puts its target here as budget and its forecast delivery as forecast.",
    blocks: [
      {
        type: "table",
        title: "Savings",
        columns: [
          { key: "ref", label: "Ref", type: "text" },
          { key: "name", label: "Saving", type: "text", wrap: true },
          { key: "costCentre", label: "Cost centre", type: "text" },
          money("target", "Target"),
          money("forecast", "Forecast delivery"),
          money("atRisk", "At risk", true),
        ],
        rows: savings.map((s) => ({
          values: {
            ref: s.ref,
            name: s.name,
            costCentre: s.costCentre ?? "Held centrally",
            target: s.target,
            forecast: s.forecast,
            atRisk: s.atRisk,
          },
          drill: { kind: "saving", ref: s.ref },
        })),
        total: {
          values: {
            ref: "Total",
            target: total((s) => s.target),
            forecast: total((s) => s.forecast),
            atRisk: total((s) => s.atRisk),
          },
        },
      },
    ],
  };
}
