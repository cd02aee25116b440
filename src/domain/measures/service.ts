/**
 * The service measures computed from the SSDA903 history (counting rules in care.ts), each read on
 * a day with the counts it is made from. A measure needs the returns to cover what it looks at:
 * the day itself, and for the 12-month measures the 12 months to it.
 */

import { ratePer10k } from "../benchmarks/rate.js";
import type { IsoDate } from "../calendar/dates.js";
import type { PlaceCode, ProviderCode } from "../placements/placement.js";
import { PLACE_CODES } from "../placements/placement.js";
import { type PlacementType, placementType, RESIDENTIAL_TYPES } from "../placements/types.js";
import type { Ssda903History } from "../ssda903/history.js";
import { type ChildCare, childCare, inForceDuring, inForceOn, type Placement903 } from "./care.js";
import type { MeasureId } from "./catalogue.js";
import { notAvailable, type Reading, share } from "./measure.js";
import { addMonths, yearTo } from "./points.js";

export interface ServiceContext {
  care: ChildCare[];
  /** The days the returns cover: 1 April before the first collection year to 31 March of the last. */
  coverage: { from: IsoDate; to: IsoDate } | null;
  /** The under-18 population for a day, where known. */
  population: (day: IsoDate) => number | null;
}

export function serviceContext(
  history: Ssda903History,
  population: (day: IsoDate) => number | null,
): ServiceContext {
  const years = [...history.years].sort((a, b) => a - b);
  const [first, last] = [years[0], years.at(-1)];
  return {
    care: childCare(history.children),
    coverage:
      first === undefined || last === undefined ? null : { from: `${first - 1}-04-01`, to: `${last}-03-31` },
    population,
  };
}

/** Why the returns cannot give a value on `day` (over the 12 months to it, when `year`), or null. */
function uncovered(ctx: ServiceContext, day: IsoDate, year: boolean): string | null {
  if (!ctx.coverage) return "No SSDA903 return has been imported.";
  if (day > ctx.coverage.to) return `The SSDA903 returns imported run to ${ctx.coverage.to}.`;
  const from = year ? yearTo(day).from : day;
  if (from < ctx.coverage.from)
    return `The SSDA903 returns imported start on ${ctx.coverage.from}; this needs ${year ? `the 12 months to ${day}` : day}.`;
  return null;
}

const placementOn = (c: ChildCare, day: IsoDate) => c.placements.find((p) => inForceOn(p, day));
const lookedAfterOn = (ctx: ServiceContext, day: IsoDate) =>
  ctx.care.filter((c) => c.periods.some((p) => inForceOn(p, day)));

const isPlaceCode = (code: string): code is PlaceCode => (PLACE_CODES as readonly string[]).includes(code);

/** The type of the placement on the day, by its PLACE and PLACE_PROVIDER ("other" for a code it does not know). */
function typeOn(c: ChildCare, day: IsoDate): PlacementType {
  const p = placementOn(c, day);
  if (!p || !isPlaceCode(p.place.toUpperCase())) return "other";
  return placementType({
    placeCode: p.place.toUpperCase() as PlaceCode,
    providerCode: (p.placeProvider.toUpperCase() || null) as ProviderCode | null,
  });
}

function mix(
  ctx: ServiceContext,
  day: IsoDate,
  types: readonly PlacementType[],
  of?: readonly PlacementType[],
) {
  const types_ = lookedAfterOn(ctx, day).map((c) => typeOn(c, day));
  const among = of ? types_.filter((t) => of.includes(t)) : types_;
  const none = of ? `No child was in such a placement on ${day}.` : `No child was looked after on ${day}.`;
  return share(among.filter((t) => types.includes(t)).length, among.length, none);
}

/** The start of the placement on the day, or of the same carer's care before it (see long-term stability). */
function carerSince(c: ChildCare, day: IsoDate): IsoDate | null {
  const index = c.placements.findIndex((p) => inForceOn(p, day));
  if (index < 0) return null;
  let i = index;
  let adoptionJoined = false;
  for (;;) {
    const p = c.placements[i] as Placement903;
    const before = c.placements[i - 1];
    if (!before || before.end !== p.start) break;
    const ffa = /^U[25]$/i.test(p.place);
    const adoption = /^A[3-6]$/i.test(p.place) && !adoptionJoined;
    if (p.sameCarer && !ffa) i -= 1;
    else if (adoption) {
      adoptionJoined = true;
      i -= 1;
    } else break;
  }
  return (c.placements[i] as Placement903).start;
}

const countOn = (ctx: ServiceContext, day: IsoDate): Reading => {
  const n = lookedAfterOn(ctx, day).length;
  return { value: n, numerator: n, denominator: null };
};

type ServiceMeasure = { year: boolean; read: (ctx: ServiceContext, day: IsoDate) => Reading };

const onDay = (read: ServiceMeasure["read"]): ServiceMeasure => ({ year: false, read });
const overYear = (read: ServiceMeasure["read"]): ServiceMeasure => ({ year: true, read });

export const SERVICE_MEASURES: Partial<Record<MeasureId, ServiceMeasure>> = {
  "cla-count": onDay(countOn),
  "cla-rate": onDay((ctx, day) => {
    const population = ctx.population(day);
    if (population === null || population <= 0)
      return notAvailable(
        "The under-18 population is not known: enter under-18-population in measure-values.",
      );
    const n = lookedAfterOn(ctx, day).length;
    return { value: ratePer10k(n, population) ?? 0, numerator: n, denominator: population };
  }),
  "cla-starters": overYear((ctx, day) => {
    const { from, to } = yearTo(day);
    const n = ctx.care.filter((c) => c.periods.some((p) => p.start >= from && p.start <= to)).length;
    return { value: n, numerator: n, denominator: null };
  }),
  "cla-ceased": overYear((ctx, day) => {
    const { from, to } = yearTo(day);
    const n = ctx.care.filter((c) =>
      c.periods.some((p) => p.end !== null && p.end >= from && p.end <= to),
    ).length;
    return { value: n, numerator: n, denominator: null };
  }),
  "stability-3-plus": overYear((ctx, day) => {
    const { from, to } = yearTo(day);
    const cla = lookedAfterOn(ctx, day);
    const three = cla.filter((c) => c.placements.filter((p) => inForceDuring(p, from, to)).length >= 3);
    return share(three.length, cla.length, `No child was looked after on ${day}.`);
  }),
  "long-term-stability": onDay((ctx, day) => {
    // Since 2021 the DfE leaves out a child whose period of care began as short breaks that became continuous.
    const [caredSince, placedSince] = [addMonths(day, -30), addMonths(day, -24)];
    const eligible = lookedAfterOn(ctx, day).filter(
      (c) =>
        addMonths(c.child.dob, 16 * 12) > day &&
        c.periods.some((p) => inForceOn(p, day) && p.start <= caredSince && !p.afterShortBreaks),
    );
    const stable = eligible.filter((c) => (carerSince(c, day) ?? day) <= placedSince);
    return share(
      stable.length,
      eligible.length,
      `No child under 16 had been looked after for 2½ years on ${day}.`,
    );
  }),
  "placed-foster": onDay((ctx, day) => mix(ctx, day, ["foster-in-house", "foster-ifa", "kinship"])),
  "placed-residential": onDay((ctx, day) => mix(ctx, day, RESIDENTIAL_TYPES)),
  "foster-ifa-share": onDay((ctx, day) => mix(ctx, day, ["foster-ifa"], ["foster-ifa", "foster-in-house"])),
  "placed-kinship": onDay((ctx, day) => mix(ctx, day, ["kinship"])),
  "placements-over-20-miles": overYear((ctx, day) => {
    const { from, to } = yearTo(day);
    const started = ctx.care.flatMap((c) => c.placements.filter((p) => p.start >= from && p.start <= to));
    if (!started.some((p) => p.distance !== null))
      return notAvailable(
        "Not available: no placement that started in the 12 months has a recorded distance.",
      );
    const far = started.filter((p) => p.distance !== null && p.distance > 20).length;
    return share(far, started.length, "No placement started in the 12 months.");
  }),
  "missing-share": overYear((ctx, day) => {
    if (!ctx.care.some((c) => c.child.missing.length > 0))
      return notAvailable(
        "The SSDA903 returns imported hold no missing episode at all: was the Missing table loaded?",
      );
    const { from, to } = yearTo(day);
    const during = ctx.care.filter((c) => c.periods.some((p) => inForceDuring(p, from, to)));
    const missing = during.filter((c) =>
      c.child.missing.some((m) => m.missing.toUpperCase() === "M" && m.start >= from && m.start <= to),
    );
    return share(missing.length, during.length, "No child was looked after in the 12 months.");
  }),
};

/** A service measure on a day, or why the returns cannot give it. */
export function readService(ctx: ServiceContext, id: MeasureId, day: IsoDate): Reading | null {
  const measure = SERVICE_MEASURES[id];
  if (!measure) return null;
  const reason = uncovered(ctx, day, measure.year);
  return reason ? notAvailable(reason) : measure.read(ctx, day);
}
