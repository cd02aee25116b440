import { describe, expect, it } from "vitest";
import type { DemandProjection } from "../domain/demand/model.js";
import { band, fixed6, projectionCsv } from "./project-output.js";

describe("outturn project's CSV", () => {
  it("writes every number as toFixed(6) does, the peer's six decimals, halfway cases included", () => {
    const values = [
      0, 1, 225.984986, 0.0000005, 0.0000015, 0.9999995, 0.99999949, 999.9999996, 7.1e-15, 2e9, -0.5,
    ];
    for (const v of values) expect(fixed6(v)).toBe(v.toFixed(6));
    let seed = 7;
    for (let i = 0; i < 20000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const v = (seed / 2147483648) * 10 ** ((i % 10) - 3);
      expect(fixed6(v)).toBe(v.toFixed(6));
    }
  });

  it("gives ±2σ bands with the lower one never below 0", () => {
    expect(band(10, 4)).toEqual([6, 14]);
    expect(band(1, 4)).toEqual([0, 5]);
  });

  it("has a row a day: the date, the populations, then each state's variance, lower and upper", () => {
    const projection = {
      states: ["1 to 5 - Fostering", "5 to 10 - Other"],
      dates: ["2024-04-01"],
      population: [Float64Array.of(2, 0.5)],
      variance: [Float64Array.of(0.25, 1)],
    } as unknown as DemandProjection;
    expect(projectionCsv(projection).split("\n")).toEqual([
      "date,1 to 5 - Fostering,5 to 10 - Other,1 to 5 - Fostering (variance),5 to 10 - Other (variance),1 to 5 - Fostering (lower),5 to 10 - Other (lower),1 to 5 - Fostering (upper),5 to 10 - Other (upper)",
      "2024-04-01,2.000000,0.500000,0.250000,1.000000,1.000000,0.000000,3.000000,2.500000",
      "",
    ]);
  });
});
