import { describe, expect, it } from "vitest";
import { UserError } from "./common.js";
import { monthsAfter, parseProjectOptions, projectSettings } from "./project-options.js";

/** What the synthetic council's six returns cover. */
const SYNTH = { first: "2018-03-31", last: "2024-03-31" };

/** The UserError a call throws, to check its exit code and sentence. */
function failure(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("outturn project's options", () => {
  it("defaults to the 12 months to the last day covered, starting that day, 24 months, as Outturn models", () => {
    const settings = projectSettings(parseProjectOptions({}), SYNTH);
    expect(settings).toEqual({
      referenceStart: "2023-03-31",
      referenceEnd: "2024-03-31",
      start: "2024-03-31",
      days: 730,
      compatibility: "outturn",
    });
    expect(parseProjectOptions({}).format).toBe("csv");
  });

  it("takes the issue's settings as written, and 48 months as four years of days", () => {
    const ask = parseProjectOptions({
      reference: "2021-06-30..2022-06-30",
      start: "2022-09-30",
      months: "48",
      compatibility: "peer",
      format: "json",
    });
    expect(projectSettings(ask, SYNTH)).toEqual({
      referenceStart: "2021-06-30",
      referenceEnd: "2022-06-30",
      start: "2022-09-30",
      days: 1461,
      compatibility: "peer",
    });
    expect(ask.format).toBe("json");
  });

  it("refuses more than 48 months with a sentence saying the most, exit code 2", () => {
    const error = failure(() => parseProjectOptions({ months: "60" }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      "--months 60 is more than the model projects: at most 48 months (4 years), as the peer allows.",
    );
    expect(failure(() => parseProjectOptions({ months: "0" })).message).toContain("from 1 to 48");
    expect(failure(() => parseProjectOptions({ months: "1.5" })).message).toContain('"1.5" is not');
  });

  it("names a reference period or start that is not a date, or the wrong way round", () => {
    expect(failure(() => parseProjectOptions({ reference: "2023-03-31" })).message).toContain(
      "two dates written 2023-03-31..2024-03-31",
    );
    expect(failure(() => parseProjectOptions({ reference: "2023-02-30..2024-03-31" })).message).toContain(
      '"2023-02-30" is not a date',
    );
    expect(failure(() => parseProjectOptions({ reference: "2024-03-31..2023-03-31" })).message).toContain(
      "must start before it ends",
    );
    expect(failure(() => parseProjectOptions({ start: "31/03/2024" })).exitCode).toBe(2);
    expect(failure(() => parseProjectOptions({ format: "xlsx" })).message).toBe(
      '--format must be csv or json; "xlsx" is neither.',
    );
  });

  it("refuses a reference period or start outside what the returns cover, saying what they cover", () => {
    const late = failure(() =>
      projectSettings(parseProjectOptions({ reference: "2024-03-31..2025-03-31" }), SYNTH),
    );
    expect(late.exitCode).toBe(2);
    expect(late.message).toBe(
      "The reference period 2024-03-31..2025-03-31 lies outside the data: the returns cover 31 March 2018 to 31 March 2024. Choose a --reference within them.",
    );
    expect(
      failure(() => projectSettings(parseProjectOptions({ start: "2017-03-31" }), SYNTH)).message,
    ).toContain("cannot start on 2017-03-31, outside the data");
  });

  it("counts months to the same day, or the month's last day where there is none", () => {
    expect(monthsAfter("2024-03-31", 24)).toBe("2026-03-31");
    expect(monthsAfter("2024-01-31", 1)).toBe("2024-02-29");
    expect(monthsAfter("2023-11-30", 3)).toBe("2024-02-29");
  });
});
