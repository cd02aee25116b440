/**
 * The rules across the transport book's registers, which a file's own rows cannot check: a pupil's
 * needs name a school that exists, a pupil the pupils register holds (at that school), and pupils
 * they cannot travel with who are in the book too. Also the rules within a row that a single
 * changed figure could break (bell times, arrival windows, vehicle prices).
 */
import type { CouncilRegisters } from "../registers.js";
import { isClockTime, minutesOfDay } from "./book.js";

export type TransportBook = Pick<
  CouncilRegisters,
  "transportSchools" | "transportVehicles" | "transportNeeds" | "htstPupils"
>;

export class TransportBookError extends Error {
  override name = "TransportBookError";
  constructor(readonly errors: readonly string[]) {
    super(
      `The transport book has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n${errors.join("\n")}`,
    );
  }
}

/** Every broken rule, one sentence each naming the register, the row's key, the value and the rule. */
export function transportBookErrors(book: TransportBook): string[] {
  const errors: string[] = [];
  const named = new Map<string, string>();
  for (const s of book.transportSchools) {
    const row = `transport-schools ${s.school}`;
    const other = named.get(s.name);
    if (other !== undefined)
      errors.push(`${row}: "${s.name}" is also the name of ${other}; names must be unique`);
    named.set(s.name, s.school);
    for (const [label, time] of [
      ["Morning bell", s.bell],
      ["Afternoon finish", s.finish],
    ] as const) {
      if (!isClockTime(time)) errors.push(`${row}: ${label} "${time}" must be a time of day written HH:MM`);
    }
    if (isClockTime(s.bell) && isClockTime(s.finish) && minutesOfDay(s.finish) <= minutesOfDay(s.bell))
      errors.push(`${row}: Afternoon finish ${s.finish} must be after Morning bell ${s.bell}`);
    if (!(s.arriveMin >= 0 && s.arriveMax >= s.arriveMin))
      errors.push(
        `${row}: arrive ${s.arriveMin}-${s.arriveMax} minutes before the bell must be 0 or more, the least first`,
      );
  }
  for (const v of book.transportVehicles) {
    const row = `transport-vehicles ${v.vehicleType}`;
    if (v.seats + v.wheelchairSpaces < 1) errors.push(`${row}: it has no seat and no wheelchair space`);
    const byDay = v.dayRate !== null && v.fixedRate === null && v.ratePerMile === null;
    const byMile = v.dayRate === null && v.ratePerMile !== null;
    if (!byDay && !byMile)
      errors.push(`${row}: give a Day rate, or else a Rate per mile with an optional Fixed rate, not both`);
  }
  const schools = new Map(book.transportSchools.map((s) => [s.school, s]));
  const pupils = new Map(book.htstPupils.map((p) => [p.pupilRef, p]));
  const needs = new Set(book.transportNeeds.map((n) => n.pupilRef));
  for (const n of book.transportNeeds) {
    const row = `transport-needs ${n.pupilRef}`;
    const school = schools.get(n.school);
    const pupil = pupils.get(n.pupilRef);
    if (!school) errors.push(`${row}: School ID "${n.school}" is not in transport-schools`);
    if (!pupil) errors.push(`${row}: no pupil ${n.pupilRef} in htst-pupils`);
    if (school && pupil && school.name !== pupil.school)
      errors.push(
        `${row}: School ID ${n.school} is "${school.name}" in transport-schools, but htst-pupils has the pupil at "${pupil.school}"`,
      );
    if (!n.wheelchair && n.seats < 1)
      errors.push(`${row}: Seats must be at least 1 unless Wheelchair is Yes`);
    for (const ref of n.cannotTravelWith) {
      if (ref === n.pupilRef) errors.push(`${row}: Cannot travel with names the pupil themselves`);
      else if (!needs.has(ref))
        errors.push(`${row}: Cannot travel with ${ref}, who has no row in transport-needs`);
    }
  }
  return errors;
}
