import { describe, expect, it } from "vitest";
import { displayLocation } from "./context.js";

describe("displayLocation", () => {
  it("never prints a PostgreSQL password", () => {
    expect(displayLocation("postgres://outturn:s3cr:et@db.example:5432/outturn")).toBe(
      "postgres://outturn:***@db.example:5432/outturn",
    );
    expect(displayLocation("postgresql://me@localhost/outturn")).toBe("postgresql://me@localhost/outturn");
  });

  it("prints a SQLite file as it is", () => {
    expect(displayLocation("./outturn.sqlite")).toBe("./outturn.sqlite");
  });
});
