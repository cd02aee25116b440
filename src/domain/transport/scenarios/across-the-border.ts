/**
 * Across the border (policy "across-the-border"): two councils' transport books as one, so pupils of
 * either may share a vehicle of either. Every reference (pupil, school id, vehicle type, route,
 * cannot-travel-with) is prefixed with its council's LA code and a colon ("DEMO:P0001", "MARCH:S03"),
 * and every school name (in transport-schools and htst-pupils alike) with the code and a space, so
 * nothing collides and the book's rules still hold. Places and needs are otherwise unchanged.
 */
import type { TransportBook } from "../book-check.js";

export interface BorderBook {
  la: string;
  book: TransportBook;
}

/** A council's reference (pupil, school id, vehicle type, route) as the joint book writes it. */
export const borderRef = (la: string, ref: string): string => `${la}:${ref}`;

function prefixed({ la, book }: BorderBook): TransportBook {
  const ref = (x: string) => borderRef(la, x);
  const name = (x: string) => `${la} ${x}`;
  return {
    transportSchools: book.transportSchools.map((s) => ({ ...s, school: ref(s.school), name: name(s.name) })),
    transportVehicles: book.transportVehicles.map((v) => ({ ...v, vehicleType: ref(v.vehicleType) })),
    transportNeeds: book.transportNeeds.map((n) => ({
      ...n,
      pupilRef: ref(n.pupilRef),
      school: ref(n.school),
      cannotTravelWith: n.cannotTravelWith.map(ref),
    })),
    htstPupils: book.htstPupils.map((p) => ({
      ...p,
      pupilRef: ref(p.pupilRef),
      routeRef: ref(p.routeRef),
      school: name(p.school),
    })),
  };
}

export function acrossTheBorder(ours: BorderBook, theirs: BorderBook): TransportBook {
  if (ours.la === theirs.la)
    throw new Error(`Across the border needs two councils; both books are ${ours.la}'s.`);
  const [a, b] = [prefixed(ours), prefixed(theirs)];
  return {
    transportSchools: [...a.transportSchools, ...b.transportSchools],
    transportVehicles: [...a.transportVehicles, ...b.transportVehicles],
    transportNeeds: [...a.transportNeeds, ...b.transportNeeds],
    htstPupils: [...a.htstPupils, ...b.htstPupils],
  };
}
