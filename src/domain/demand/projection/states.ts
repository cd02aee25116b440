/**
 * The model's states, by label and as small integers for the hot loops. A label is the peer's ("10
 * to 16 - Fostering"), and a list of states is always sorted by label as the peer sorts them, so
 * outputs line up column for column. A state's code is bracket × 5 + category, where the categories
 * are Fostering, Residential, Supported, Other (0–3) and Not in care (4).
 */
import {
  AGE_BRACKETS,
  type AgeBracket,
  NOT_IN_CARE,
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
  type StateName,
} from "../model.js";

/** Fostering, Residential, Supported, Other, then Not in care. */
export const CATEGORIES = PLACEMENT_CATEGORIES.length + 1;
export const NIC = PLACEMENT_CATEGORIES.length;
export const CODES = AGE_BRACKETS.length * CATEGORIES;

/** The lower bounds of the brackets after the first, in years: 1, 5, 10, 16. */
export const BOUNDS: readonly number[] = AGE_BRACKETS.slice(1).map((b) => b.fromYears);
export const BRACKET_LABELS: readonly AgeBracket[] = AGE_BRACKETS.map((b) => b.label);

const PLACE_CATEGORY = new Map<string, number>([
  ...["U1", "U2", "U3", "U4", "U5", "U6"].map((c) => [c, 0] as const),
  ...["K2", "R1", "P3", "S1"].map((c) => [c, 1] as const),
  ...["H5", "P2", "K3"].map((c) => [c, 2] as const),
]);

/** The placement category (0–3, PLACEMENT_CATEGORIES' order) of a PLACE code: any code not listed is Other. */
export function categoryOfPlace(place: string): number {
  return PLACE_CATEGORY.get(place) ?? PLACE_CATEGORY.get(place.trim().toUpperCase()) ?? 3;
}

export const stateCode = (bracket: number, category: number): number => bracket * CATEGORIES + category;
export const bracketOf = (code: number): number => Math.floor(code / CATEGORIES);
export const categoryOf = (code: number): number => code % CATEGORIES;

/** "10 to 16 - Fostering" from its bracket and category. */
export const stateName = (bracket: AgeBracket, category: PlacementCategory | typeof NOT_IN_CARE) =>
  `${bracket} - ${category}` as StateName;

const LABELS: StateName[] = BRACKET_LABELS.flatMap((bracket) =>
  ([...PLACEMENT_CATEGORIES, NOT_IN_CARE] as const).map((category) => stateName(bracket, category)),
);

export const stateLabel = (code: number): StateName => LABELS[code] as StateName;

/** The code of a state's label, or -1 when it is not one. */
export function stateCodeOf(label: string): number {
  return LABELS.indexOf(label as StateName);
}

const byLabel = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Codes sorted by their labels, as the peer orders its states. */
export function sortCodes(codes: Iterable<number>): number[] {
  return [...new Set(codes)].sort((a, b) => byLabel(stateLabel(a), stateLabel(b)));
}

/** The bracket of an age in years as the peer finds it: the first whose bounds hold it (below 1 is Birth to 1). */
export function bracketForAge(age: number): number {
  let bracket = 0;
  for (let i = 0; i < BOUNDS.length; i++) if (age >= (BOUNDS[i] as number)) bracket = i + 1;
  return bracket;
}

/** The age bracket and placement category (or Not in care) of a state's label. */
export function splitState(state: StateName): { bracket: AgeBracket; category: string } {
  const at = state.indexOf(" - ");
  return { bracket: state.slice(0, at) as AgeBracket, category: state.slice(at + 3) };
}

/** The placement category of a state's label, or null for Not in care. */
export function categoryOfState(state: string): PlacementCategory | null {
  const { category } = splitState(state as StateName);
  return (PLACEMENT_CATEGORIES as readonly string[]).includes(category)
    ? (category as PlacementCategory)
    : null;
}

export const isInCare = (state: StateName): boolean => splitState(state).category !== NOT_IN_CARE;
