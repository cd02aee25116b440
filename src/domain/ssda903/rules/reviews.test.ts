import { describe, expect, it } from "vitest";
import { REVIEW_RULES } from "./reviews.js";
import { failsIn, rows } from "./table-test-support.js";

const fails = failsIn(REVIEW_RULES);

describe("reviews", () => {
  it("441 fails a 4-and-over participation code for a child under 4 at the review", () => {
    const table = rows(
      "reviews",
      { CHILD: "A", DOB: "2020-06-01", REVIEW: "2024-05-31", REVIEW_CODE: "PN1" },
      { CHILD: "B", DOB: "2020-06-01", REVIEW: "2024-06-01", REVIEW_CODE: "PN7" },
      { CHILD: "C", DOB: "2020-06-01", REVIEW: "2024-05-31", REVIEW_CODE: "PN0" },
      { CHILD: "D", DOB: "01/06/20", REVIEW: "2024-05-31", REVIEW_CODE: "PN2" },
    );
    expect(fails("441", table)).toEqual(["reviews:2:A"]);
    expect(
      fails(
        "441",
        rows("reviews", { CHILD: "A", DOB: "2020-06-01", REVIEW: "2024-05-31", REVIEW_CODE: "PN0" }),
      ),
    ).toEqual([]);
  });
});
