/** Small, valid rows of the measure registers for the store's tests; `n` makes each key distinct. */
import { MEASURE_IDS } from "../domain/measures/catalogue.js";
import type { MeasureComment, MeasureSetting, MeasureValue } from "../domain/measures/measure.js";
import type { PostcodeGridRef } from "../domain/ssda903/distance.js";

export function measureSetting(n: number, changes: Partial<MeasureSetting> = {}): MeasureSetting {
  return {
    measure: MEASURE_IDS[n % MEASURE_IDS.length] as string,
    target: n % 2 === 0 ? 9.5 : null,
    tolerance: n % 2 === 0 ? 1 : null,
    owner: n % 2 === 0 ? "Head of service, children looked after" : "",
    ...changes,
  };
}

export function measureValue(n: number, changes: Partial<MeasureValue> = {}): MeasureValue {
  return {
    measure: "ehcp-20-weeks",
    period: `2024-25:P${(n % 12) + 1}`,
    value: 48.2,
    ...changes,
  };
}

export function measureComment(n: number, changes: Partial<MeasureComment> = {}): MeasureComment {
  return {
    measure: "stability-3-plus",
    period: "2024-25:P7",
    date: `2024-11-${10 + n}`,
    author: "Head of service, children looked after",
    text: "Three moves followed one provider closing",
    ...changes,
  };
}

export function postcodeGridRef(n: number, changes: Partial<PostcodeGridRef> = {}): PostcodeGridRef {
  return {
    postcode: n % 2 === 0 ? `DM${10 + n} ${n % 10}AB` : `DM${10 + n}`,
    easting: 350_000 + 100 * n,
    northing: 250_000 - 100 * n,
    ...changes,
  };
}
