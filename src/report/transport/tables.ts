/**
 * Transport scenarios as report tables: the comparison of every scenario against today (members see
 * small numbers of pupils suppressed and the figures beside them hidden), one run's routes, and the
 * pupils' arrangements (child-level: officers only).
 */
import { type Audience, showCount, showDerived } from "../../domain/disclosure/audience.js";
import { prorate } from "../../domain/money/money.js";
import type { Run } from "../../domain/routing/send-problem.js";
import { clockTime } from "../../domain/transport/book.js";
import type {
  ScenarioResult,
  TransportPlan,
  TransportScenario,
} from "../../domain/transport/scenarios/model.js";
import { shownCounts } from "../demand/shown-children.js";
import { count, money, number, text } from "../monthly/columns.js";
import type { ReportTable } from "../monthly/model.js";
import { policyInWords } from "./words.js";

export interface ComparisonRow {
  scenario: TransportScenario;
  /** The stored plan (transport-plans), if solved. */
  plan: TransportPlan | null;
  /** The plan's result, or a result just solved and not yet stored. */
  result: ScenarioResult | null;
}

const NOT_SOLVED = "not solved yet";

/** The headline figures of a solved scenario, from its result or else its stored plan. */
function figuresOf({ plan, result }: ComparisonRow) {
  if (result)
    return {
      pupils: result.current.pupils,
      today: result.current.dailyCost,
      plan: result.dailyCost,
      oneOff: result.oneOffCost,
      year: result.annualSaving,
    };
  if (plan)
    return {
      pupils: null,
      today: plan.currentDailyCost,
      plan: plan.dailyCost,
      oneOff: plan.oneOffCost,
      year: plan.annualSaving,
    };
  return null;
}

export function comparisonTable(rows: readonly ComparisonRow[], audience: Audience): ReportTable {
  return {
    type: "table",
    title: "Transport scenarios against today",
    columns: [
      text("scenario", "Scenario"),
      text("policy", "Policy", true),
      count("pupils", "Pupils"),
      money("today", "Today a day"),
      money("plan", "Plan a day"),
      money("saving", "Saving a day"),
      money("savingYear", "Saving a year"),
      money("oneOff", "One-off cost"),
      text("evidences", "Evidence for saving"),
      text("adoptFrom", "Adopted from"),
    ],
    rows: rows.map((row) => {
      const s = row.scenario;
      const named = {
        scenario: s.scenario,
        policy: policyInWords(s),
        evidences: s.saving,
        adoptFrom: s.adoptFrom,
      };
      const f = figuresOf(row);
      if (!f) return { values: { ...named, plan: NOT_SOLVED } };
      const pupils = showCount(audience, f.pupils);
      const shown = (value: number) => showDerived(audience, value, [pupils]);
      return {
        values: {
          ...named,
          pupils,
          today: shown(f.today),
          plan: shown(f.plan),
          saving: shown(f.today - f.plan),
          savingYear: shown(f.year),
          oneOff: shown(f.oneOff),
        },
      };
    }),
  };
}

/**
 * One run's routes: when each leaves and is back, its miles (where the plan kept them), its cost
 * for the run and per pupil, and whether it carries a passenger assistant. For a member, routes'
 * small numbers of pupils are suppressed (with the total where it would give one away) and the
 * cost per pupil beside them hidden.
 */
export function routeTable(result: ScenarioResult, run: Run, audience: Audience): ReportTable {
  const plan = result[run];
  const aboard = plan.routes.map((r) => new Set(r.stops.map((s) => s.request)).size);
  const shown = shownCounts(
    audience,
    aboard.map((k) => [k]),
    { columnTotals: true },
  );
  const perPupil = (cost: number, pupils: number, seen: number | string | undefined) =>
    showDerived(audience, pupils > 0 ? prorate(cost, 1, pupils) : null, [seen ?? null]);
  const miles = (r: number) => plan.routeMiles?.[r] ?? null;
  const totalCost = plan.routeCosts.reduce((s, c) => s + c, 0);
  const totalPupils = aboard.reduce((s, k) => s + k, 0);
  const totalMiles = plan.routeMiles ? plan.routeMiles.reduce((s, m) => s + m, 0) : null;
  return {
    type: "table",
    title: `${run === "morning" ? "Morning" : "Afternoon"} run: routes`,
    columns: [
      number("route", "Route"),
      text("vehicleType", "Vehicle type"),
      count("pupils", "Pupils"),
      text("leaves", "Leaves"),
      text("back", "Back"),
      number("miles", "Miles", 1),
      money("cost", "Cost"),
      money("perPupil", "Cost per pupil"),
      text("assistant", "Passenger assistant"),
    ],
    rows: plan.routes.map((route, r) => ({
      values: {
        route: r + 1,
        vehicleType: route.vehicleType,
        pupils: shown.cells[r]?.[0] ?? null,
        leaves: clockTime(route.leave),
        back: clockTime(route.back),
        miles: miles(r),
        cost: plan.routeCosts[r] ?? null,
        perPupil: perPupil(plan.routeCosts[r] ?? 0, aboard[r] ?? 0, shown.cells[r]?.[0]),
        assistant: route.assistant ? "yes" : "no",
      },
    })),
    total: {
      values: {
        vehicleType: `${plan.routes.length} route${plan.routes.length === 1 ? "" : "s"}`,
        pupils: shown.columnTotals?.[0] ?? null,
        miles: totalMiles,
        cost: totalCost,
        perPupil: perPupil(totalCost, totalPupils, shown.columnTotals?.[0]),
      },
    },
  };
}

/** Each pupil's arrangement, times and cost, today and in the plan. Child-level: refused for a member. */
export function pupilTable(result: ScenarioResult, audience: Audience): ReportTable {
  if (audience.reader !== "officer")
    throw new Error("The pupil table is child-level data: it is for officers only, never a member's output");
  return {
    type: "table",
    title: "Pupils",
    columns: [
      text("pupil", "Pupil"),
      text("arrangement", "Arrangement", true),
      text("pickup", "Morning pick-up"),
      number("rideAm", "Ride am (minutes)", 1),
      number("ridePm", "Ride pm (minutes)", 1),
      number("maxRide", "Longest allowed (minutes)"),
      money("today", "Today a day"),
      money("plan", "Plan a day"),
    ],
    rows: result.pupils.map((p) => ({
      values: {
        pupil: p.pupil,
        arrangement: p.arrangement,
        pickup: p.morningPickup,
        rideAm: p.morningRideMinutes,
        ridePm: p.afternoonRideMinutes,
        maxRide: p.maxRide,
        today: p.currentDailyCost,
        plan: p.planDailyCost,
      },
      ...(p.arrangement === "unserved" ? { flag: "UNSERVED" } : {}),
    })),
  };
}
