/** The committee report's paragraphs are numbered as seed 002 numbers them, whatever the officer typed. */
import { describe, expect, it } from "vitest";
import { meetingDate, paragraphsOf } from "./build.js";

describe("paragraphsOf", () => {
  it("numbers every line when none is typed with a number", () => {
    expect(paragraphsOf("First.\n\n  Second.  \r\nThird.", "decimal")).toEqual([
      { numbered: true, text: "First." },
      { numbered: true, text: "Second." },
      { numbered: true, text: "Third." },
    ]);
  });

  it("replaces typed numbers and leaves untyped lines and lettered sub-items unnumbered", () => {
    const text =
      "9. Due regard to the need to:\na. eliminate discrimination;\nAs this report asks nothing new, no impact.";
    expect(paragraphsOf(text, "decimal")).toEqual([
      { numbered: true, text: "Due regard to the need to:" },
      { numbered: false, text: "a. eliminate discrimination;" },
      { numbered: false, text: "As this report asks nothing new, no impact." },
    ]);
  });

  it("letters typed items and keeps a lead-in such as 'That:' unlettered", () => {
    expect(paragraphsOf("That:\na) notes the report;\nb) agrees.", "letters")).toEqual([
      { numbered: false, text: "That:" },
      { numbered: true, text: "notes the report;" },
      { numbered: true, text: "agrees." },
    ]);
  });

  it("numbers nothing in the purpose", () => {
    expect(paragraphsOf("1. Why.", "none")).toEqual([{ numbered: false, text: "1. Why." }]);
  });
});

describe("meetingDate", () => {
  it("writes an ISO date with its weekday, as the seed's cover does", () => {
    expect(meetingDate("2024-01-23")).toBe("Tuesday 23 January 2024");
    expect(meetingDate("to be arranged")).toBe("to be arranged");
  });
});
