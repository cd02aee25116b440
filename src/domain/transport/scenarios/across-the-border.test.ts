import { describe, expect, it } from "vitest";
import { transportProblem } from "../../routing/send-problem.js";
import { need, smallBook } from "../book.fixture.js";
import { transportBookErrors } from "../book-check.js";
import { acrossTheBorder, borderRef } from "./across-the-border.js";

const ours = { la: "DEMO", book: smallBook([need("P1", { cannotTravelWith: ["P2"] }), need("P2")]) };
const theirs = { la: "MARCH", book: smallBook([need("P1", { school: "S2", homeEasting: 355_000 })]) };

describe("acrossTheBorder", () => {
  it("joins two books whose references collide into one that keeps the book's rules", () => {
    const before = structuredClone([ours, theirs]);
    const book = acrossTheBorder(ours, theirs);
    expect(transportBookErrors(book)).toEqual([]);
    expect(book.transportNeeds.map((n) => [n.pupilRef, n.school, n.cannotTravelWith])).toEqual([
      ["DEMO:P1", "DEMO:S1", ["DEMO:P2"]],
      ["DEMO:P2", "DEMO:S1", []],
      ["MARCH:P1", "MARCH:S2", []],
    ]);
    expect(book.transportSchools.map((s) => [s.school, s.name])).toEqual([
      ["DEMO:S1", "DEMO S1 School"],
      ["DEMO:S2", "DEMO S2 School"],
      ["MARCH:S1", "MARCH S1 School"],
      ["MARCH:S2", "MARCH S2 School"],
    ]);
    expect(book.transportVehicles.map((v) => v.vehicleType)).toEqual([
      "DEMO:TAXI",
      "DEMO:BUS",
      "MARCH:TAXI",
      "MARCH:BUS",
    ]);
    expect(book.htstPupils.map((p) => [p.pupilRef, p.routeRef, p.school])).toEqual([
      ["DEMO:P1", "DEMO:R1", "DEMO S1 School"],
      ["DEMO:P2", "DEMO:R1", "DEMO S1 School"],
      ["MARCH:P1", "MARCH:R1", "MARCH S2 School"],
    ]);
    expect([ours, theirs]).toEqual(before);
  });

  it("leaves places and needs as they were, so one problem carries both councils' pupils", () => {
    const book = acrossTheBorder(ours, theirs);
    expect(book.transportNeeds[2]).toEqual({
      ...theirs.book.transportNeeds[0],
      pupilRef: "MARCH:P1",
      school: "MARCH:S2",
      cannotTravelWith: [],
    });
    expect(book.transportSchools[3]).toEqual({
      ...theirs.book.transportSchools[1],
      school: "MARCH:S2",
      name: "MARCH S2 School",
    });
    const problem = transportProblem(book, "morning");
    expect(problem.requests.map((q) => q.id)).toEqual(["DEMO:P1", "DEMO:P2", "MARCH:P1"]);
    expect(problem.incompatible).toEqual([["DEMO:P1", "DEMO:P2"]]);
    expect(borderRef("MARCH", "P1")).toBe("MARCH:P1");
  });

  it("refuses to join a council's book with its own", () => {
    expect(() => acrossTheBorder(ours, { ...theirs, la: "DEMO" })).toThrow(
      "Across the border needs two councils; both books are DEMO's.",
    );
  });
});
