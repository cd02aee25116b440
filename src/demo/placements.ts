/**
 * Simulates Demoshire's children looked after day by day from 1 April 2021 to the as-at date:
 * starters, leavers, moves, step-downs, April price uplifts, one provider closing its homes, and
 * the 2024 switch of supported accommodation from H5/P2 to K3.
 */
import { addDays, fromDay, type IsoDate, toDay } from "../domain/calendar/dates.js";
import { type FinancialYear, periodOf } from "../domain/calendar/financial.js";
import type { Pence } from "../domain/money/money.js";
import type { Placement } from "../domain/placements/placement.js";
import {
  chooseKind,
  entryAge,
  flows,
  leavingWeight,
  OPENING_STOCK,
  stepDownKind,
  stockAge,
} from "./children.js";
import {
  CLOSING_PROVIDER,
  PLACEMENT_COST_CENTRE,
  type PlacementKind,
  type PlacementOffer,
  PROVIDER_CLOSURE_DATE,
  placementMarket,
  priceIndex,
} from "./market.js";
import { type Random, wholePounds } from "./random.js";

export const SIMULATION_START = "2021-04-01";
/** Supported accommodation is coded K3 from this day (H5 and P2 end on 31 March 2024). */
const K3_FROM = "2024-04-01";
const MOVES_PER_YEAR = 0.45;
const STEP_DOWNS_PER_YEAR = 0.15;
/** Young people of 16 and over who move on from foster care or a children's home to supported accommodation. */
const MOVES_ON_AT_16_PER_YEAR = 0.6;
const SUPPORTED_FROM: readonly PlacementKind[] = ["childrensHome", "ifa", "inHouseFoster"];
/** Emergency placements after the provider closure cost more than the home they replace. */
const EMERGENCY_PREMIUM = 1.12;

/** A weekly price in force from a day until the next price (or the placement's end). */
export interface WeeklyPrice {
  from: IsoDate;
  weeklyCost: Pence;
  healthContribution: Pence;
  educationContribution: Pence;
}

export interface SimulatedPlacement {
  placement: Placement;
  kind: PlacementKind;
  /** The simulated child's day of birth (the register holds no personal details; the SSDA903 does). */
  childBorn: IsoDate;
  /** Every price the placement has had, oldest first; the register row holds the last. */
  prices: WeeklyPrice[];
}

interface Running {
  sim: SimulatedPlacement;
  offer: PlacementOffer;
  child: { ref: string; born: number };
}

function financialYearOf(date: IsoDate): FinancialYear {
  return date < SIMULATION_START ? "2021-22" : periodOf(date).year;
}

function priceFor(offer: PlacementOffer, date: IsoDate): WeeklyPrice {
  const weekly = offer.basePounds * priceIndex(offer.kind, financialYearOf(date));
  const weeklyCost = wholePounds(weekly);
  return {
    from: date,
    weeklyCost,
    healthContribution: wholePounds((weeklyCost / 100) * offer.healthShare),
    educationContribution: wholePounds((weeklyCost / 100) * offer.educationShare),
  };
}

export function simulatePlacements(options: {
  rng: Random;
  scale: number;
  council: string;
  until: IsoDate;
}): SimulatedPlacement[] {
  const { rng, scale, council } = options;
  const all: SimulatedPlacement[] = [];
  const running = new Map<string, Running>();
  const market = placementMarket(council, rng);
  let children = 0;
  const ageOn = (born: number, day: number) => Math.floor((day - born) / 365.25);

  const open = (
    child: Running["child"],
    kind: PlacementKind,
    start: IsoDate,
    premium = 1,
    same?: PlacementOffer,
  ) => {
    const age = ageOn(child.born, toDay(start));
    const base = same ?? market(kind, { afterClosure: start >= PROVIDER_CLOSURE_DATE, age });
    const offer = { ...base, basePounds: base.basePounds * premium };
    const supportedCode = start >= K3_FROM && (offer.placeCode === "H5" || offer.placeCode === "P2");
    const price = priceFor(offer, start);
    const eighteen = fromDay(child.born + Math.ceil(18 * 365.25));
    const plannedEnd =
      kind === "familyCentre"
        ? addDays(start, 84)
        : kind === "withParents" || kind === "adoption"
          ? null
          : eighteen;
    const placement: Placement = {
      placementRef: `PL${String(all.length + 1).padStart(6, "0")}`,
      childRef: child.ref,
      placeCode: supportedCode ? "K3" : offer.placeCode,
      providerCode: offer.providerCode,
      provider: offer.provider,
      costCentre: PLACEMENT_COST_CENTRE[kind],
      start,
      plannedEnd,
      end: null,
      weeklyCost: price.weeklyCost,
      healthContribution: price.healthContribution,
      educationContribution: price.educationContribution,
      area: offer.area,
    };
    const sim: SimulatedPlacement = { placement, kind, childBorn: fromDay(child.born), prices: [price] };
    all.push(sim);
    running.set(child.ref, { sim, offer, child });
  };
  const close = (entry: Running, lastDay: IsoDate) => {
    // A placement ending the day before an uplift never pays the new price.
    const { prices } = entry.sim;
    while (prices.length > 1 && (prices[prices.length - 1]?.from ?? "") > lastDay) prices.pop();
    showPrice(entry.sim);
    entry.sim.placement.end = lastDay;
    running.delete(entry.child.ref);
  };
  const admit = (day: number, age: number, placedBefore: number) => {
    children += 1;
    const child = { ref: `C${String(children).padStart(6, "0")}`, born: day - age * 365 - rng.int(0, 364) };
    open(
      child,
      chooseKind(ageOn(child.born, day), rng),
      fromDay(Math.max(child.born + 1, day - placedBefore)),
    );
  };

  const first = toDay(SIMULATION_START);
  const last = toDay(options.until);
  for (let i = Math.round(OPENING_STOCK * scale); i > 0; i--) admit(first, stockAge(rng), rng.int(0, 900));
  let startTokens = 0;
  let leaveTokens = 0;

  for (let day = first; day <= last; day++) {
    const date = fromDay(day);
    const yesterday = fromDay(day - 1);
    if (date.endsWith("-04-01") && day > first) {
      for (const entry of running.values()) {
        entry.sim.prices.push(priceFor(entry.offer, date));
        showPrice(entry.sim);
      }
    }
    if (date === K3_FROM) {
      for (const entry of [...running.values()].filter((e) =>
        ["H5", "P2"].includes(e.sim.placement.placeCode),
      )) {
        close(entry, yesterday);
        open(entry.child, entry.sim.kind, date, 1, entry.offer);
      }
    }
    if (date === PROVIDER_CLOSURE_DATE) {
      for (const entry of [...running.values()].filter(
        (e) => e.sim.placement.provider === CLOSING_PROVIDER,
      )) {
        close(entry, yesterday);
        open(entry.child, "childrensHome", date, EMERGENCY_PREMIUM);
      }
    }
    const flow = flows(periodOf(date).year);
    const settled = (entry: Running) => entry.sim.placement.start < date;

    leaveTokens += (flow.ceased * scale * (0.5 + rng.next())) / 365;
    for (const entry of [...running.values()]) {
      if (ageOn(entry.child.born, day) >= 18 && settled(entry)) {
        close(entry, yesterday);
        leaveTokens -= 1;
      }
    }
    while (leaveTokens >= 1) {
      const candidates = [...running.values()].filter(settled);
      const weights = candidates.map((e) => leavingWeight(ageOn(e.child.born, day)));
      const leaver = candidates[pickIndex(weights, rng)];
      if (!leaver) break;
      close(leaver, yesterday);
      leaveTokens -= 1;
    }

    startTokens += (flow.starters * scale * (0.5 + rng.next())) / 365;
    for (; startTokens >= 1; startTokens -= 1) admit(day, entryAge(rng), 0);

    for (const entry of [...running.values()]) {
      if (!settled(entry)) continue;
      const age = ageOn(entry.child.born, day);
      const stepDown = entry.sim.kind === "childrensHome" && rng.chance(STEP_DOWNS_PER_YEAR / 365);
      const moveOn =
        age >= 16 && SUPPORTED_FROM.includes(entry.sim.kind) && rng.chance(MOVES_ON_AT_16_PER_YEAR / 365);
      if (!stepDown && !moveOn && !rng.chance(MOVES_PER_YEAR / 365)) continue;
      close(entry, yesterday);
      open(entry.child, stepDown ? stepDownKind(rng) : moveOn ? "supported" : chooseKind(age, rng), date);
    }
  }
  return all;
}

/** The register row shows the latest price. */
function showPrice(sim: SimulatedPlacement): void {
  const price = sim.prices[sim.prices.length - 1];
  if (!price) return;
  sim.placement.weeklyCost = price.weeklyCost;
  sim.placement.healthContribution = price.healthContribution;
  sim.placement.educationContribution = price.educationContribution;
}

function pickIndex(weights: readonly number[], rng: Random): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
