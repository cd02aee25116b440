/**
 * The cost sub-types' shares on the synthetic council (../shared/data/ssda903-synth): the child-days
 * they are measured on are the demand model's own stock by category, summed over the days measured.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { measuredProportions } from "../../src/domain/demand/costs/proportions.js";
import type { CostSubtype, DemandSettings, PlacementCategory } from "../../src/domain/demand/model.js";
import { stockSeries } from "../../src/domain/demand/projection/stock.js";
import { mergeHistory } from "../../src/domain/ssda903/clean.js";
import type { Ssda903History } from "../../src/domain/ssda903/history.js";
import { loadSsda903 } from "../../src/formats/ssda903/files.js";

const SYNTH = join(process.cwd(), "../shared/data/ssda903-synth");
const reference = { referenceStart: "2023-03-31", referenceEnd: "2024-03-31" };
let history: Ssda903History;

beforeAll(async () => {
  history = mergeHistory((await loadSsda903(join(SYNTH, "regional"))).returns);
});

/** Child-days in each category by the model's stock, from `from` to `to`. */
function stockDays(from: string, to: string, compatibility: DemandSettings["compatibility"]) {
  const stock = stockSeries(history, from, to, { compatibility });
  return (category: PlacementCategory) =>
    [...stock]
      .filter(([state]) => state.endsWith(` - ${category}`))
      .reduce((sum, [, series]) => sum + series.reduce((a, b) => a + b, 0), 0);
}

describe("the sub-types' shares on the synthetic council", () => {
  it("count each category's child-days over the reference period as the model's stock does", () => {
    const measured = measuredProportions(history, { ...reference, compatibility: "outturn" });
    const days = (...subtypes: CostSubtype[]) =>
      subtypes.reduce((sum, s) => sum + (measured.childDays.get(s) ?? 0), 0);
    const stock = stockDays(reference.referenceStart, reference.referenceEnd, "outturn");
    expect(measured.leftOutDays).toBe(0);
    expect(days("Fostering (Friend/Relative)", "Fostering (In-house)", "Fostering (IFA)")).toBe(
      stock("Fostering"),
    );
    expect(days("Residential (In-house)", "Residential (External)")).toBe(stock("Residential"));
    expect(days("Supported accommodation")).toBe(stock("Supported"));
    expect(days("Secure home", "Placed with family", "Other")).toBe(stock("Other"));
    expect(stock("Fostering")).toBe(133_397);
    // In-house 52,867 of 133,397 fostering child-days.
    expect(measured.proportions.get("Fostering (In-house)")).toBeCloseTo(0.396313, 6);
  });

  it("as the peer, count every day from the first date in the data to the last", () => {
    const peer = measuredProportions(history, { ...reference, compatibility: "peer" });
    expect([peer.from, peer.to]).toEqual(["2016-02-07", "2024-03-31"]);
    const all = [...peer.childDays.values()].reduce((a, b) => a + b, 0);
    const stock = stockDays(peer.from, peer.to, "peer");
    expect(all).toBe(
      ["Fostering", "Residential", "Supported", "Other"].reduce(
        (sum, c) => sum + stock(c as PlacementCategory),
        0,
      ),
    );
    // Eight years of data, not the reference year: in-house fostering 43.3%, not 39.6%.
    expect(peer.proportions.get("Fostering (In-house)")).toBeCloseTo(0.432906, 6);
  });
});
