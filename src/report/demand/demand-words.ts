/** The demand pages' sentences: the settings, each rate, and where a unit cost comes from. */
import { addDays, daysInclusive } from "../../domain/calendar/dates.js";
import type { SubtypeCost } from "../../domain/demand/costs/basis.js";
import type { InflationUplift } from "../../domain/demand/costs/projected.js";
import type { DemandSettings, StateName } from "../../domain/demand/model.js";
import { splitState } from "../../domain/demand/projection/states.js";
import { dayInWords, longDate, numberInWords } from "../../domain/demand/words.js";

/** The settings in words: where the projection starts, how far it runs, and the reference period. */
export function settingsInWords(settings: DemandSettings): string {
  const end = addDays(settings.start, settings.days);
  const reference = daysInclusive(settings.referenceStart, settings.referenceEnd);
  const rules =
    settings.compatibility === "peer" ? " The sector model's own rules are kept (compatibility: peer)." : "";
  return (
    `Projected day by day from the children looked after at the end of ${longDate(settings.start)} ` +
    `for ${settings.days.toLocaleString("en-GB")} days, to ${longDate(end)}, at the rates at which children moved between placements, ` +
    `entered and left care over the reference period ${longDate(settings.referenceStart)} to ${longDate(settings.referenceEnd)} ` +
    `(${reference} days, both included).${rules}`
  );
}

/** "10 to 16 Fostering". */
export function stateInWords(state: StateName): string {
  const { bracket, category } = splitState(state);
  return `${bracket} ${category}`;
}

/** Where a child goes: the category alone within the same age bracket, else the bracket too. */
function destination(from: StateName, to: StateName): string {
  const a = splitState(from);
  const b = splitState(to);
  return a.bracket === b.bracket ? b.category : `${b.bracket} ${b.category} (as they grow older)`;
}

/** A daily rate as a share a year: 0.00139 a day is 50.7% a year. */
export const yearlyShare = (rate: number): number => rate * 365;

/** "50.7% a year leave 16 to 18+ Fostering for Not in care". */
export function transitionInWords(from: StateName, to: StateName, rate: number): string {
  return `${(yearlyShare(rate) * 100).toFixed(1)}% a year leave ${stateInWords(from)} for ${destination(from, to)}`;
}

/** "About 12 a year enter care into 10 to 16 Fostering", or "fewer than 5 a year" where hidden. */
export function entryInWords(to: StateName, perYear: number | string, threshold: number): string {
  const how = typeof perYear === "string" ? `Fewer than ${threshold + 1}` : `About ${perYear}`;
  return `${how} a year enter care into ${stateInWords(to)}`;
}

/** Where a sub-type's weekly cost comes from. */
export function costSourceInWords(cost: SubtypeCost, from: string, to: string): string {
  if (cost.costFrom === "entered") return "Entered in the demand-costs register";
  if (cost.costFrom === "none")
    return "None: no placement of it ran in the 12 months and none is entered, so it is not costed";
  return `Measured: the gross weekly price of its placements that ran from ${dayInWords(from)} to ${dayInWords(to)}, by their days`;
}

/** Where a sub-type's share of its category comes from. */
export function shareSourceInWords(cost: SubtypeCost, from: string, to: string): string {
  switch (cost.proportionFrom) {
    case "entered":
      return "Entered in the demand-costs register";
    case "only":
      return "The category's only sub-type";
    case "none":
      return "None: no child-days in the category";
    case "measured":
      return `Its child-days in the 903 history from ${dayInWords(from)} to ${dayInWords(to)}`;
  }
}

/** "Unit costs rise by 4% from 31 Oct 2025 (the MTFP's contract inflation for 2026-27)." */
export function upliftInWords(u: InflationUplift): string {
  const source = u.year === null ? "" : ` (the MTFP's contract inflation for ${u.year})`;
  return `Unit costs rise by ${numberInWords(u.percent)}% from ${dayInWords(u.date)}${source}.`;
}
