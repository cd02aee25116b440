import { describe, expect, it } from "vitest";
import { code, DATE, FINANCIAL_YEAR, FTE, PERIOD, POUNDS, POUNDS_NOT_NEGATIVE, YES_NO } from "./cells.js";

const ok = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, cell: unknown) => {
  const result = schema.safeParse(cell);
  return result.success ? result.data : "rejected";
};

describe("money cells", () => {
  it("reads pounds written as text or as Excel numbers into pence", () => {
    expect(ok(POUNDS.schema, "£1,234.56")).toBe(123456);
    expect(ok(POUNDS.schema, "4860")).toBe(486000);
    expect(ok(POUNDS.schema, 12.3)).toBe(1230);
    expect(ok(POUNDS.schema, "-250.5")).toBe(-25050);
  });

  it("refuses a third decimal place, whether typed or held in an Excel number", () => {
    expect(ok(POUNDS.schema, "12.345")).toBe("rejected");
    expect(ok(POUNDS.schema, 12.345)).toBe("rejected");
    expect(POUNDS.schema.safeParse("12.345").error?.issues[0]?.message).toMatch(/at most 2 decimal places/);
  });

  it("refuses negative costs where a cost cannot be negative", () => {
    expect(POUNDS_NOT_NEGATIVE.schema.safeParse("-1").error?.issues[0]?.message).toBe("must not be negative");
  });
});

describe("date cells", () => {
  it("accepts ISO, the SSDA903 dd/mm/yyyy style and Excel dates", () => {
    expect(ok(DATE.schema, "2024-06-03")).toBe("2024-06-03");
    expect(ok(DATE.schema, "03/06/2024")).toBe("2024-06-03");
    expect(ok(DATE.schema, "3/6/2024")).toBe("2024-06-03");
    expect(ok(DATE.schema, new Date(Date.UTC(2024, 5, 3)))).toBe("2024-06-03");
  });

  it("refuses days that do not exist and American or serial forms", () => {
    for (const cell of ["31/02/2024", "2024-13-01", "06-03-2024", 45446, "next week"]) {
      expect(ok(DATE.schema, cell)).toBe("rejected");
    }
  });
});

describe("code and other cells", () => {
  it("matches codes without regard to case and writes them as the list does", () => {
    const place = code(["K2", "U4"], "must be one of the SSDA903 PLACE codes");
    expect(ok(place.schema, "k2")).toBe("K2");
    expect(place.schema.safeParse("K9").error?.issues[0]?.message).toBe(
      "must be one of the SSDA903 PLACE codes",
    );
  });

  it("reads years, periods, FTE and yes/no as a finance officer writes them", () => {
    expect(ok(FINANCIAL_YEAR.schema, "2024-25")).toBe("2024-25");
    expect(ok(FINANCIAL_YEAR.schema, "2024-26")).toBe("rejected");
    expect([ok(PERIOD.schema, "P7"), ok(PERIOD.schema, 12), ok(PERIOD.schema, "13")]).toEqual([
      7,
      12,
      "rejected",
    ]);
    expect([ok(FTE.schema, "0.6"), ok(FTE.schema, 1.2), ok(FTE.schema, "0")]).toEqual([
      0.6,
      "rejected",
      "rejected",
    ]);
    expect([ok(YES_NO.schema, "yes"), ok(YES_NO.schema, "N"), ok(YES_NO.schema, true)]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
