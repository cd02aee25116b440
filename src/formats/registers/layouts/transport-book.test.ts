import { describe, expect, it } from "vitest";
import type { RegisterName } from "../../../domain/registers.js";
import { type ImportError, parseRegister } from "../parse.js";
import { TIME } from "./transport-cells.js";

const csv = (register: RegisterName, header: string, rows: string[]) =>
  parseRegister(register, { name: `${register}.csv`, bytes: Buffer.from([header, ...rows].join("\n")) });
const rulesOf = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors.map((e) => [e.row, e.column, e.value, e.rule]) : result.rows;

const SCHOOLS =
  "School ID,School,Easting,Northing,Area type,Morning bell,Afternoon finish,Arrive at least (minutes before),Arrive at most (minutes before),Phase";
const VEHICLES =
  "Vehicle type,Seats,Wheelchair spaces,Provider,Day rate (£),Fixed rate (£),Rate per mile (£),Depot easting,Depot northing";
const NEEDS =
  "Pupil ref,School ID,Home easting,Home northing,Home area type,Age phase,Seats,Wheelchair,Cannot travel with";

describe("the transport book's register files", () => {
  it("reads times of day as people and Excel write them, and refuses others", () => {
    expect(TIME.schema.parse("8:05")).toBe("08:05");
    expect(TIME.schema.parse("14.30")).toBe("14:30");
    expect(TIME.schema.parse(0.375)).toBe("09:00");
    expect(TIME.schema.parse(new Date("1899-12-30T08:45:00Z"))).toBe("08:45");
    for (const bad of ["8", "25:00", "08:60", "quarter to nine", 1.5])
      expect(TIME.schema.safeParse(bad).success).toBe(false);
  });

  it("refuses a school that finishes before its bell or whose arrival window runs backwards", async () => {
    const result = await csv("transport-schools", SCHOOLS, [
      "S1,Oak School,350000,250000,urban,08:45,08:30,5,20,primary",
      "S2,Ash School,350000,250000,rural,08:45,15:00,25,10,all-through",
      "S3,Elm School,350000,250000,city,8:45,15:00,5,10,primary",
    ]);
    expect(rulesOf(result)).toEqual([
      [2, "Afternoon finish", "08:30", "must be after Morning bell"],
      [3, "Arrive at most (minutes before)", "10", "must be at least Arrive at least (minutes before)"],
      [4, "Area type", "city", "must be one of: urban, suburban, rural"],
    ]);
  });

  it("prices a vehicle by the day or by the mile, never both, and needs a seat or a wheelchair space", async () => {
    const result = await csv("transport-vehicles", VEHICLES, [
      "TAXI,4,,contracted,,,1.95,350000,250000",
      "BUS,16,2,in-house,190,,,350000,250000",
      "BOTH,4,0,contracted,100,,2.00,350000,250000",
      "NONE,4,0,contracted,,10,,350000,250000",
      "FIXED,4,0,contracted,100,10,,350000,250000",
      "EMPTY,0,0,contracted,100,,,350000,250000",
    ]);
    const rule = "give Day rate (£), or else Rate per mile (£) with an optional Fixed rate (£), not both";
    expect(rulesOf(result)).toEqual([
      [4, "Rate per mile (£)", "2.00", rule],
      [5, "Day rate (£)", "", rule],
      [6, "Fixed rate (£)", "10", rule],
      [7, "Seats", "0", "Seats and Wheelchair spaces together must be at least 1"],
    ]);
    const good = await csv("transport-vehicles", VEHICLES, ["TAXI,4,,contracted,,,1.95,350000,250000"]);
    expect(rulesOf(good)).toMatchObject([
      { fixedRate: 0, ratePerMile: 195, dayRate: null, wheelchairSpaces: 0 },
    ]);
  });

  it("gives a wheelchair user no seat unless told, and refuses a seatless pupil or one who cannot travel with themselves", async () => {
    const good = await csv("transport-needs", NEEDS, [
      "P1,S1,345000,252000,rural,primary,,Yes,P2;P3",
      "P2,S1,345000,252000,urban,secondary,,,",
    ]);
    expect(rulesOf(good)).toMatchObject([
      { pupilRef: "P1", seats: 0, wheelchair: true, cannotTravelWith: ["P2", "P3"], maxRide: null },
      { pupilRef: "P2", seats: 1, wheelchair: false, cannotTravelWith: [], assistant: false, alone: false },
    ]);
    const bad = await csv("transport-needs", NEEDS, [
      "P1,S1,345000,252000,rural,primary,0,No,",
      "P2,S1,345000,252000,rural,secondary,1,No,P3; P2",
      "P3,S1,345000,252000,rural,infant,1,No,",
    ]);
    expect(rulesOf(bad)).toEqual([
      [2, "Seats", "0", "must be at least 1 unless Wheelchair is Yes"],
      [3, "Cannot travel with", "P3; P2", "must not name the pupil themselves"],
      [4, "Age phase", "infant", "must be one of: primary, secondary"],
    ]);
  });
});
