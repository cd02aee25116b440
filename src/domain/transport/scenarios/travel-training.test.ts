import { describe, expect, it } from "vitest";
import { need, smallBook } from "../book.fixture.js";
import { trainedPupils } from "./travel-training.js";

const book = smallBook([
  need("A"),
  need("B", { wheelchair: true, seats: 0 }),
  need("C", { assistant: true }),
  need("D", { phase: "primary" }),
  need("E"),
  need("F"),
  need("G"),
]);
const cost = new Map([
  ["A", 40_00],
  ["B", 90_00],
  ["C", 80_00],
  ["D", 70_00],
  ["E", 55_00],
  ["F", 40_00],
]);

describe("trainedPupils", () => {
  it("trains the named pupils who can be trained and rejects the rest with the reason", () => {
    const choice = trainedPupils(book, { trained: ["F", "X", "B", "C", "D", "A", "F"], trainCount: 1 }, cost);
    expect(choice.trained).toEqual(["A", "F"]);
    expect(choice.rejected).toEqual([
      { pupil: "B", reason: "is a wheelchair user" },
      { pupil: "C", reason: "needs a passenger assistant" },
      { pupil: "D", reason: "is of primary age" },
      { pupil: "X", reason: "not in transport-needs" },
    ]);
  });

  it("with none named, trains the eligible pupils costing most today, ties by reference", () => {
    expect(trainedPupils(book, { trained: [], trainCount: 2 }, cost)).toEqual({
      trained: ["A", "E"],
      rejected: [],
    });
  });

  it("trains every eligible pupil with a priced arrangement when fewer than asked", () => {
    // G has no priced arrangement today, so training them saves nothing on today's routes.
    expect(trainedPupils(book, { trained: [], trainCount: 10 }, cost).trained).toEqual(["A", "E", "F"]);
  });

  it("refuses a scenario with no pupils named and no train count", () => {
    expect(() => trainedPupils(book, { trained: [], trainCount: null }, cost)).toThrow(
      "Travel training needs the pupils trained named, or a train count of 0 or more; got null.",
    );
  });
});
