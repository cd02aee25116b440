import { describe, expect, it } from "vitest";
import { need, riderOf, school, smallBook, vehicle } from "./book.fixture.js";
import { transportBookErrors } from "./book-check.js";

describe("the transport book's rules across registers", () => {
  it("accepts a book whose pupils, schools and cannot-travel-with pupils all exist", () => {
    const book = smallBook([need("P1", { cannotTravelWith: ["P2"] }), need("P2", { school: "S2" })]);
    expect(transportBookErrors(book)).toEqual([]);
  });

  it("names a school the pupil's needs reference that is not in transport-schools", () => {
    const p1 = need("P1", { school: "S9" });
    const book = smallBook([p1], { htstPupils: [riderOf(p1, { school: "S1 School" })] });
    expect(transportBookErrors(book)).toEqual([
      'transport-needs P1: School ID "S9" is not in transport-schools',
    ]);
  });

  it("names cannot-travel-with pupils who have no needs row, and a pupil naming themselves", () => {
    const book = smallBook([need("P1", { cannotTravelWith: ["P7", "P1"] }), need("P2")]);
    expect(transportBookErrors(book)).toEqual([
      "transport-needs P1: Cannot travel with P7, who has no row in transport-needs",
      "transport-needs P1: Cannot travel with names the pupil themselves",
    ]);
  });

  it("names a pupil missing from htst-pupils, or at another school there", () => {
    const book = smallBook([need("P1"), need("P2")]);
    const errors = transportBookErrors({
      ...book,
      htstPupils: [riderOf(need("P1"), { school: "Elsewhere Academy" })],
    });
    expect(errors).toEqual([
      'transport-needs P1: School ID S1 is "S1 School" in transport-schools, but htst-pupils has the pupil at "Elsewhere Academy"',
      "transport-needs P2: no pupil P2 in htst-pupils",
    ]);
  });

  it("names a school's bad times and windows and a vehicle with no price or no space", () => {
    const book = smallBook([], {
      transportSchools: [
        school("S1", { finish: "08:30" }),
        school("S2", { name: "S1 School", bell: "8.45", arriveMin: 20, arriveMax: 10 }),
      ],
      transportVehicles: [vehicle("V1", { dayRate: 100_00 }), vehicle("V2", { seats: 0, ratePerMile: null })],
    });
    expect(transportBookErrors(book)).toEqual([
      "transport-schools S1: Afternoon finish 08:30 must be after Morning bell 08:45",
      'transport-schools S2: "S1 School" is also the name of S1; names must be unique',
      'transport-schools S2: Morning bell "8.45" must be a time of day written HH:MM',
      "transport-schools S2: arrive 20-10 minutes before the bell must be 0 or more, the least first",
      "transport-vehicles V1: give a Day rate, or else a Rate per mile with an optional Fixed rate, not both",
      "transport-vehicles V2: it has no seat and no wheelchair space",
      "transport-vehicles V2: give a Day rate, or else a Rate per mile with an optional Fixed rate, not both",
    ]);
  });
});
