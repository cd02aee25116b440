/**
 * The history cut into spells: a child's time in one state (age bracket × placement category), from
 * the day it starts (counted in the stock that day) to the day it ends (not counted; the day of its
 * transition). An episode is cut at each age-bracket birthday it spans, so ageing is a transition
 * like any other. Each spell knows the state it moves to (the next spell's, where one starts the day
 * it ends, else its bracket's "Not in care") and whether it is an entry (no spell ends the day it
 * starts). Parallel typed arrays, day numbers and state codes, so estimating is plain loops.
 *
 * "peer" cuts as the peer does: ages in years are days ÷ 365.24, and a spell is cut where its age
 * at the start is below a bound and at the end is not (a continuing episode's end age is taken as
 * unbounded), so a spell ending on a birthday may leave a spell that ends the day it starts.
 * "outturn" cuts at the calendar birthdays strictly inside a spell, and leaves out an episode that
 * ends the day it starts (in no day's stock, it can only make a transition out of an empty state).
 */
import { civilDay, isLeapYear, isoDay } from "../../calendar/dates.js";
import type { ChildHistory, Episode, Ssda903History } from "../../ssda903/history.js";
import type { DemandSettings } from "../model.js";
import { BOUNDS, bracketForAge, categoryOf, categoryOfPlace, NIC, stateCode } from "./states.js";

/** The end of a spell still open. */
export const OPEN = 0x7fffffff;
const YEAR_IN_DAYS = 365.24;

export interface Spells {
  count: number;
  start: Int32Array;
  /** OPEN while it continues. */
  end: Int32Array;
  /** The state code while in the spell. */
  state: Uint8Array;
  /** The state code it moves to on its end day (unused while open). */
  next: Uint8Array;
  /** 1 where the spell starts a period of care (nothing before it ends that day). */
  entry: Uint8Array;
}

/** A digit of an ISO date, as a number. */
const at = (iso: string, i: number): number => iso.charCodeAt(i) - 48;

/** The day a child turns `years` (29 February: the 28th in other years, as pandas' DateOffset). */
function birthday(child: ChildHistory, years: number): number {
  const dob = child.dob;
  const year = at(dob, 0) * 1000 + at(dob, 1) * 100 + at(dob, 2) * 10 + at(dob, 3) + years;
  const month = at(dob, 5) * 10 + at(dob, 6);
  const day = at(dob, 8) * 10 + at(dob, 9);
  return civilDay(year, month, month === 2 && day === 29 && !isLeapYear(year) ? 28 : day);
}

class Builder implements Spells {
  count = 0;
  start = new Int32Array(0);
  end = new Int32Array(0);
  state = new Uint8Array(0);
  next = new Uint8Array(0);
  entry = new Uint8Array(0);
  constructor(capacity: number) {
    this.grow(capacity);
  }
  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a.subarray(0, this.count));
      return b;
    };
    this.start = copy(this.start, new Int32Array(capacity));
    this.end = copy(this.end, new Int32Array(capacity));
    this.state = copy(this.state, new Uint8Array(capacity));
    this.next = copy(this.next, new Uint8Array(capacity));
    this.entry = copy(this.entry, new Uint8Array(capacity));
  }
  /** `next` holds the bracket the spell ends in until the child's spells are linked. */
  push(start: number, end: number, bracket: number, category: number, endBracket: number): void {
    if (this.count === this.start.length) this.grow(this.count * 2 + 16);
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.state[i] = stateCode(bracket, category);
    this.next[i] = endBracket;
  }
  /** Links a child's spells from `first`: what each moves to, and which are entries. */
  link(first: number): void {
    for (let i = first; i < this.count; i++) {
      const before = i > first && this.end[i - 1] === this.start[i];
      this.entry[i] = before ? 0 : 1;
      const after = i + 1 < this.count && this.end[i] === this.start[i + 1];
      const category = after ? categoryOf(this.state[i + 1] as number) : NIC;
      this.next[i] = stateCode(this.next[i] as number, category);
    }
  }
}

function cutPeer(out: Builder, child: ChildHistory): void {
  const dob = isoDay(child.dob);
  for (const episode of child.episodes) {
    const category = categoryOfPlace(episode.place);
    let start = isoDay(episode.decom);
    const end = episode.dec === null ? OPEN : isoDay(episode.dec);
    let age = (start - dob) / YEAR_IN_DAYS;
    const endAge = end === OPEN ? Number.POSITIVE_INFINITY : (end - dob) / YEAR_IN_DAYS;
    for (const bound of BOUNDS) {
      if (!(age < bound && bound <= endAge)) continue;
      const cut = birthday(child, bound);
      out.push(start, cut, bracketForAge(age), category, bracketForAge(bound));
      start = cut;
      age = bound;
    }
    const bracket = bracketForAge(age);
    out.push(start, end, bracket, category, end === OPEN ? bracket : bracketForAge(endAge));
  }
}

/** The bracket a child is in on `day`: how many of their bracket birthdays (ascending) have come. */
function bracketOn(birthdays: Int32Array, day: number): number {
  let bracket = 0;
  while (bracket < birthdays.length && day >= (birthdays[bracket] as number)) bracket++;
  return bracket;
}

/** Plain loops and no closures: this runs for every child, mostly before it is optimised. */
function cutOutturn(out: Builder, child: ChildHistory, birthdays: Int32Array): void {
  for (let b = 0; b < BOUNDS.length; b++) birthdays[b] = birthday(child, BOUNDS[b] as number);
  const episodes = child.episodes;
  for (let e = 0; e < episodes.length; e++) {
    const episode = episodes[e] as Episode;
    const category = categoryOfPlace(episode.place);
    let start = isoDay(episode.decom);
    const end = episode.dec === null ? OPEN : isoDay(episode.dec);
    // A placement that ends the day it starts is never in a day's stock: the child moves straight on.
    if (end === start) continue;
    for (let b = 0; b < birthdays.length; b++) {
      const cut = birthdays[b] as number;
      if (!(start < cut && cut < end)) continue;
      out.push(start, cut, bracketOn(birthdays, start), category, bracketOn(birthdays, cut));
      start = cut;
    }
    const bracket = bracketOn(birthdays, start);
    out.push(start, end, bracket, category, end === OPEN ? bracket : bracketOn(birthdays, end));
  }
}

/** Every child's episodes cut into spells, child by child, each child's in time order. */
export function cutSpells(history: Ssda903History, compatibility: DemandSettings["compatibility"]): Spells {
  let episodes = 0;
  for (const child of history.children) episodes += child.episodes.length;
  const out = new Builder(episodes * 2 + 16);
  const birthdays = new Int32Array(BOUNDS.length);
  const cut =
    compatibility === "peer"
      ? cutPeer
      : (into: Builder, child: ChildHistory) => cutOutturn(into, child, birthdays);
  for (const child of history.children) {
    const first = out.count;
    cut(out, child);
    out.link(first);
  }
  return out;
}
