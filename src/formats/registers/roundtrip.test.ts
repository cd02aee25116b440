import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { REGISTER_NAMES, type RegisterName, type RegisterRows } from "../../domain/registers.js";
import type { CommitteeReport } from "../../domain/scrutiny/model.js";
import { LAYOUTS } from "./layouts/index.js";
import { parseRegister } from "./parse.js";
import { writeTemplate } from "./template.js";

type Fill = Record<string, string | number | Date>;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CYP = "Children and Young People Scrutiny Committee";
/** A committee report's narrative sections, all blank. */
const blankReport = Object.fromEntries(
  Object.keys(LAYOUTS["committee-reports"].columns)
    .slice(8)
    .map((field) => [field, ""]),
) as Omit<
  CommitteeReport,
  "ref" | "title" | "committee" | "meeting" | "reportBy" | "classification" | "decisionType" | "wards"
>;

/** For each register: rows a person adds below the template's example, and every row the file holds. */
// biome-ignore format: a table of fixtures reads best one row to a line
const CASES: { [R in RegisterName]: { fills: Fill[]; expected: RegisterRows[R][] } } = {
  "budget-lines": {
    fills: [
      { Year: "2024-25", "Cost centre": "CS2010", "Budget line": "Social work teams", "Service area": "Safeguarding", Kind: "staffing", "Annual budget (£)": 1000000.01 },
      {
        Year: "2024-25", "Cost centre": "ED7310", "Budget line": "SEND transport", "Service area": "Education", Kind: "transport", "Annual budget (£)": 1200,
        ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`P${i + 1} (£)`, i < 6 ? 150 : 50])),
      },
    ],
    expected: [
      { year: "2024-25", costCentre: "CS4120", name: "External residential placements", serviceArea: "Children looked after", kind: "placements", annualBudget: 120_000_000, profile: Array(12).fill(10_000_000) },
      { year: "2024-25", costCentre: "CS2010", name: "Social work teams", serviceArea: "Safeguarding", kind: "staffing", annualBudget: 100_000_001, profile: [...Array(5).fill(8_333_334), ...Array(7).fill(8_333_333)] },
      { year: "2024-25", costCentre: "ED7310", name: "SEND transport", serviceArea: "Education", kind: "transport", annualBudget: 120_000, profile: [...Array(6).fill(15_000), ...Array(6).fill(5_000)] },
    ],
  },
  actuals: {
    fills: [{ Year: "2024-25", Period: "P8", "Cost centre": "CS4120", "Amount (£)": -250.5 }],
    expected: [
      { year: "2024-25", period: 7, costCentre: "CS4120", amount: 10_451_237 },
      { year: "2024-25", period: 8, costCentre: "CS4120", amount: -25_050 },
    ],
  },
  placements: {
    fills: [{ "Placement ref": "PL-2024-0200", "Child ref": 100511, "Placement type (PLACE)": "t0", "Cost centre": "CS4120", Start: day("2024-11-30"), End: day("2024-12-02"), "Weekly cost (£)": 980.5, "In or out of area": "In" }],
    expected: [
      { placementRef: "PL-2024-0153", childRef: "C100482", placeCode: "K2", providerCode: "PR4", provider: "Oakfield Care Ltd", costCentre: "CS4120", start: "2024-06-03", plannedEnd: "2025-08-31", end: null, weeklyCost: 486_000, healthContribution: 50_000, educationContribution: 0, area: "out" },
      { placementRef: "PL-2024-0200", childRef: "100511", placeCode: "T0", providerCode: null, provider: "", costCentre: "CS4120", start: "2024-11-30", plannedEnd: null, end: "2024-12-02", weeklyCost: 98_050, healthContribution: 0, educationContribution: 0, area: "in" },
    ],
  },
  workforce: {
    fills: [
      { "Post ref": "SW-0043", Team: "Assessment team", Role: "Senior social worker", "Cost centre": "CS2010", FTE: 0.6, Status: "Permanent", "Annual cost (£)": 54120, Start: day("2019-09-02") },
      { "Post ref": "SW-0044", Team: "Assessment team", Role: "Social worker", "Cost centre": "CS2010", FTE: 1, Status: "vacant", Start: day("2024-04-01") },
    ],
    expected: [
      { postRef: "SW-0042", team: "Children in care team 1", role: "Social worker", costCentre: "CS2010", fte: 1, status: "agency", annualCost: 5_234_000, dayRate: 38_500, start: "2024-04-01", end: "2025-03-31" },
      { postRef: "SW-0043", team: "Assessment team", role: "Senior social worker", costCentre: "CS2010", fte: 0.6, status: "permanent", annualCost: 5_412_000, dayRate: null, start: "2019-09-02", end: null },
      { postRef: "SW-0044", team: "Assessment team", role: "Social worker", costCentre: "CS2010", fte: 1, status: "vacant", annualCost: null, dayRate: null, start: "2024-04-01", end: null },
    ],
  },
  "htst-routes": {
    fills: [{ "Route ref": "R-118", "Cost centre": "ED7310", Operator: "Hill Cars", "Daily miles": 23.5, "Rate per mile (£)": 2.35, Occupancy: "single", "Passenger assistant": "No", Start: day("2024-09-04") }],
    expected: [
      { routeRef: "R-117", costCentre: "ED7310", operator: "Vale Taxis", dailyCost: 9_640, dailyMiles: null, ratePerMile: null, occupancy: "shared", passengerAssistant: true, assistantDailyCost: 4_200, start: "2024-09-04", end: "2025-07-22" },
      { routeRef: "R-118", costCentre: "ED7310", operator: "Hill Cars", dailyCost: null, dailyMiles: 23.5, ratePerMile: 235, occupancy: "single", passengerAssistant: false, assistantDailyCost: 0, start: "2024-09-04", end: null },
    ],
  },
  "htst-pupils": {
    fills: [{ "Pupil ref": "P20932", School: "Hillview Primary", EHCP: "No", Setting: "mainstream", "Route ref": "R-118", Start: day("2024-09-04"), End: day("2025-07-22") }],
    expected: [
      { pupilRef: "P20931", school: "Brookside Academy", ehcp: true, setting: "special", routeRef: "R-117", start: "2024-09-04", end: null },
      { pupilRef: "P20932", school: "Hillview Primary", ehcp: false, setting: "mainstream", routeRef: "R-118", start: "2024-09-04", end: "2025-07-22" },
    ],
  },
  terms: {
    fills: [{ Term: "Spring 2025", Start: day("2025-01-06"), End: day("2025-04-04") }],
    expected: [
      { name: "Autumn 2024", start: "2024-09-04", end: "2024-12-20" },
      { name: "Spring 2025", start: "2025-01-06", end: "2025-04-04" },
    ],
  },
  closures: {
    fills: [{ Date: day("2025-02-17"), Reason: "INSET day" }, { Date: "2025-05-05", Reason: "Early May bank holiday" }],
    expected: [
      { date: "2024-10-28", reason: "Half-term" },
      { date: "2025-02-17", reason: "INSET day" },
      { date: "2025-05-05", reason: "Early May bank holiday" },
    ],
  },
  assumptions: {
    fills: [
      { Assumption: "vacancy-factor", Value: "3.5", Note: "Budget book 2024-25" },
      { Assumption: "history-months", Value: 18 },
    ],
    expected: [
      { name: "high-cost-weekly-threshold", value: 500_000, note: "" },
      { name: "vacancy-factor", value: 3.5, note: "Budget book 2024-25" },
      { name: "history-months", value: 18, note: "" },
    ],
  },
  "budget-assumptions": {
    fills: [
      { Year: "2024-25", "Cost centre": "SW-ASMT", "Cost type": "Social worker (agency)", "Budgeted number": 6.25, "Budgeted unit cost (£)": "96,900" },
      { Year: "2024-25", "Cost centre": "FOS-KIN", "Cost type": "Kinship", "Budgeted number": "0", "Budgeted unit cost (£)": 310.5 },
    ],
    expected: [
      { year: "2024-25", costCentre: "FOS-IFA", costType: "foster-ifa", budgetedNumber: 42.5, budgetedUnitCost: 95_000 },
      { year: "2024-25", costCentre: "SW-ASMT", costType: "Social worker (agency)", budgetedNumber: 6.25, budgetedUnitCost: 9_690_000 },
      { year: "2024-25", costCentre: "FOS-KIN", costType: "kinship", budgetedNumber: 0, budgetedUnitCost: 31_050 },
    ],
  },
  adjustments: {
    fills: [
      { "Adjustment ref": "ADJ-2024-018", Year: "2024-25", Period: "P8", "Cost centre": "SW-AGENCY", "Amount (£)": "£45,000.50", Comment: "Backdated agency invoices, Oct", "Made by": "J. Patel" },
    ],
    expected: [
      { ref: "ADJ-2024-017", year: "2024-25", period: 7, costCentre: "CS4120", amount: -1_250_000, comment: "Health contribution agreed at panel", by: "J. Patel, finance business partner" },
      { ref: "ADJ-2024-018", year: "2024-25", period: 8, costCentre: "SW-AGENCY", amount: 4_500_050, comment: "Backdated agency invoices, Oct", by: "J. Patel" },
    ],
  },
  "placement-prices": {
    fills: [
      { "Placement ref": "PL-2024-0153", From: day("2024-04-01"), "Weekly cost (£)": 4860 },
      { "Placement ref": "PL-2024-0201", From: "2025-04-01", "Weekly cost (£)": "1,049.50" },
    ],
    expected: [
      { placementRef: "PL-2024-0153", from: "2025-01-01", weeklyCost: 501_000 },
      { placementRef: "PL-2024-0153", from: "2024-04-01", weeklyCost: 486_000 },
      { placementRef: "PL-2024-0201", from: "2025-04-01", weeklyCost: 104_950 },
    ],
  },
  "planned-moves": {
    fills: [
      { "Move ref": "MV-2024-013", "Placement ref": "PL-2024-0201", Date: day("2025-02-03"), "To placement type (PLACE)": "H5", "To provider type (PLACE_PROVIDER)": "PR5", "To weekly cost (£)": 2100.25 },
    ],
    expected: [
      { ref: "MV-2024-012", placementRef: "PL-2024-0153", date: "2025-01-13", toPlaceCode: "U4", toProviderCode: "PR1", toWeeklyCost: 45_000, note: "Step-down to foster care" },
      { ref: "MV-2024-013", placementRef: "PL-2024-0201", date: "2025-02-03", toPlaceCode: "H5", toProviderCode: "PR5", toWeeklyCost: 210_025, note: "" },
    ],
  },
  "conversion-plans": {
    fills: [
      { "Plan ref": "CP-2025-01", "Saving ref": "S19", Role: "Team manager", Posts: 2, "Effective date": day("2025-01-06") },
    ],
    expected: [
      { ref: "CP-2024-01", saving: "S3", role: "Social worker", posts: 30, effectiveDate: "2024-07-01", target: 100_600_000, note: "Convert 30 posts by end of June 2024" },
      { ref: "CP-2025-01", saving: "S19", role: "Team manager", posts: 2, effectiveDate: "2025-01-06", target: null, note: "" },
    ],
  },
  "route-retenders": {
    fills: [{ "Route ref": "R-117", From: "2025-04-22", "New daily cost (£)": "120" }],
    expected: [
      { routeRef: "R-117", date: "2025-01-06", newDailyCost: 11_250, note: "Two operators bid" },
      { routeRef: "R-117", date: "2025-04-22", newDailyCost: 12_000, note: "" },
    ],
  },
  savings: {
    fills: [
      { Ref: "S1", Category: "Reduce", Name: "Reduce Children's High-Cost placements", BRAG: "Green" },
      { Ref: "S4", Category: "Transform", Programme: "SEND transport efficiencies", Name: "SEN Transport Efficiencies", Description: "Changes to contract arrangements.", Owner: "Head of transport", BRAG: "RED", "Cost centre": "ED7310" },
    ],
    expected: [
      { ref: "S3", category: "Transform", programme: "Workforce savings", name: "Reduce numbers of agency social workers", description: "Convert 30 posts from agency to permanent by end of June 2024", owner: "Service director, safeguarding", brag: "amber", costCentre: "CS2010" },
      { ref: "S1", category: "Reduce", programme: "", name: "Reduce Children's High-Cost placements", description: "", owner: "", brag: "green", costCentre: null },
      { ref: "S4", category: "Transform", programme: "SEND transport efficiencies", name: "SEN Transport Efficiencies", description: "Changes to contract arrangements.", owner: "Head of transport", brag: "red", costCentre: "ED7310" },
    ],
  },
  "saving-years": {
    fills: [
      { Ref: "S1", Year: "2024-25", "Target (£)": 959000 },
      { Ref: "S1", Year: "2025-26", "Target (£)": "3,894,000", "Delivered (£)": 0.5, "Forecast (£)": "1947000.25" },
    ],
    expected: [
      { ref: "S3", year: "2024-25", target: 100_600_000, delivered: 25_150_000, forecast: 75_450_000 },
      { ref: "S1", year: "2024-25", target: 95_900_000, delivered: 0, forecast: 95_900_000 },
      { ref: "S1", year: "2025-26", target: 389_400_000, delivered: 50, forecast: 194_700_025 },
    ],
  },
  "saving-milestones": {
    fills: [{ Ref: "S3", Milestone: "Newly qualified cohort starts", Due: day("2024-09-02") }],
    expected: [
      { ref: "S3", milestone: "30 agency posts converted to permanent", due: "2024-06-30", completed: "2024-07-12" },
      { ref: "S3", milestone: "Newly qualified cohort starts", due: "2024-09-02", completed: null },
    ],
  },
  "saving-comments": {
    fills: [{ Ref: "S3", Date: day("2024-11-29"), Author: "Head of service", Comment: "Assessment team moved to permanent staff" }],
    expected: [
      { ref: "S3", date: "2024-10-31", author: "J. Patel, finance business partner", text: "64 of the 89 social workers are still agency; 6 permanent offers made" },
      { ref: "S3", date: "2024-11-29", author: "Head of service", text: "Assessment team moved to permanent staff" },
    ],
  },
  "saving-drivers": {
    fills: [{ Ref: "S1", Driver: "Residential-Weekly-Cost", Target: "4,250.5", From: day("2024-04-01"), By: day("2025-03-31") }],
    expected: [
      { ref: "S3", driver: "agency-fte", baseline: 64, target: 34, from: "2024-04-01", by: "2024-06-30" },
      { ref: "S1", driver: "residential-weekly-cost", baseline: null, target: 425_050, from: "2024-04-01", by: "2025-03-31" },
    ],
  },
  "mtfp-lines": {
    fills: [
      { Year: "2024-25", Ref: "BASE", Kind: "Base", Description: "2023/24 Base Budget", "Amount (£)": 50812000 },
      { Year: "2024-25", Ref: "MIT-1", Kind: "mitigation", "Cost centre": "CS4120", Description: "Mitigations", "Amount (£)": "800,000" },
    ],
    expected: [
      { year: "2024-25", ref: "INF-1", kind: "inflation", costCentre: null, description: "Inflation pressures (90% funded)", amount: 212_100_000, fundedShare: 90 },
      { year: "2024-25", ref: "BASE", kind: "base", costCentre: null, description: "2023/24 Base Budget", amount: 5_081_200_000, fundedShare: 100 },
      { year: "2024-25", ref: "MIT-1", kind: "mitigation", costCentre: "CS4120", description: "Mitigations", amount: 80_000_000, fundedShare: 100 },
    ],
  },
  "mtfp-assumptions": {
    fills: [{ Year: "2025-26", "Pay award (%)": "3%", "Contract inflation (%)": 4.25, "Inflation funded (%)": 100, "Demand growth (%)": "-1.5" }],
    expected: [
      { year: "2024-25", payAward: 4, contractInflation: 6.5, inflationFunded: 90, demandGrowth: 5 },
      { year: "2025-26", payAward: 3, contractInflation: 4.25, inflationFunded: 100, demandGrowth: -1.5 },
    ],
  },
  "mtfp-scenarios": {
    fills: [{ Scenario: "Savings slip by 50%", Lever: "Savings-Slip", "Value (%)": 50 }],
    expected: [
      { scenario: "Residential demand + 5%", lever: "demand", scope: "residential", value: 5 },
      { scenario: "Savings slip by 50%", lever: "savings-slip", scope: "", value: 50 },
    ],
  },
  "measure-settings": {
    fills: [
      { Measure: "Residential-Weekly-Cost", Target: "£5,250.50", "Amber tolerance": 500 },
      { Measure: "forecast-overspend", Target: "-0.5%", Owner: "Director of finance" },
    ],
    expected: [
      { measure: "stability-3-plus", target: 9.5, tolerance: 1, owner: "Head of service, children looked after" },
      { measure: "residential-weekly-cost", target: 525_050, tolerance: 50_000, owner: "" },
      { measure: "forecast-overspend", target: -0.5, tolerance: null, owner: "Director of finance" },
    ],
  },
  "measure-values": {
    fills: [
      { Measure: "EHCP-20-weeks", Period: "2024-25:p8", Value: "51.5%" },
      { Measure: "under-18-population", Period: " 2024-25:P1", Value: "34,052" },
    ],
    expected: [
      { measure: "ehcp-20-weeks", period: "2024-25:P7", value: 48.2 },
      { measure: "ehcp-20-weeks", period: "2024-25:P8", value: 51.5 },
      { measure: "under-18-population", period: "2024-25:P1", value: 34_052 },
    ],
  },
  "measure-comments": {
    fills: [{ Measure: "agency-social-workers", Period: "2024-25:P7", Date: day("2024-11-11"), Author: "Head of workforce", Comment: "Six permanent offers made" }],
    expected: [
      { measure: "stability-3-plus", period: "2024-25:P7", date: "2024-11-12", author: "Head of service, children looked after", text: "Three moves followed one provider closing; all three children are now settled" },
      { measure: "agency-social-workers", period: "2024-25:P7", date: "2024-11-11", author: "Head of workforce", text: "Six permanent offers made" },
    ],
  },
  "postcode-grid": {
    fills: [
      { Postcode: "dm2  1ab", Easting: 353_600, Northing: "245,800" },
      { Postcode: "cx1", Easting: "445000", Northing: 321_000 },
    ],
    expected: [
      { postcode: "DM1 4QX", easting: 350_000, northing: 250_000 },
      { postcode: "DM2 1AB", easting: 353_600, northing: 245_800 },
      { postcode: "CX1", easting: 445_000, northing: 321_000 },
    ],
  },
  "demand-costs": {
    fills: [
      { Subtype: "residential (external)", "Weekly cost (£)": "5,400.5" },
      { Subtype: "Fostering (In-house)", "Proportion (%)": "35.5%" },
    ],
    expected: [
      { subtype: "Fostering (IFA)", weeklyCost: 95_000, proportion: 40 },
      { subtype: "Residential (External)", weeklyCost: 540_050, proportion: null },
      { subtype: "Fostering (In-house)", weeklyCost: null, proportion: 35.5 },
    ],
  },
  "demand-scenarios": {
    fills: [
      { Scenario: "Step down 10", Kind: "Step-Down", Number: 10, From: day("2024-04-01"), By: day("2025-03-31"), Saving: "S3" },
      { Scenario: "Reunify 5%", Kind: "reunify", Percent: "5%" },
    ],
    expected: [
      { scenario: "Recruit 8 carers", kind: "recruit-carers", number: 8, perCarer: 1.3, percent: null, from: "2024-10-01", by: null, saving: "S4", note: "Campaign approves 8 households by October" },
      { scenario: "Step down 10", kind: "step-down", number: 10, perCarer: null, percent: null, from: "2024-04-01", by: "2025-03-31", saving: "S3", note: "" },
      { scenario: "Reunify 5%", kind: "reunify", number: null, perCarer: null, percent: 5, from: null, by: null, saving: null, note: "" },
    ],
  },
  "transport-schools": {
    fills: [{ "School ID": 116300, School: "Hillside Primary", Easting: "352,000", Northing: 251000, "Area type": "Urban", "Morning bell": "8:50", "Afternoon finish": "15.20", "Arrive at least (minutes before)": 0, "Arrive at most (minutes before)": "25", Phase: "Primary" }],
    expected: [
      { school: "116240", name: "Brookside Academy", easting: 351_200, northing: 248_900, area: "suburban", bell: "08:45", finish: "15:15", arriveMin: 5, arriveMax: 30, phase: "secondary" },
      { school: "116300", name: "Hillside Primary", easting: 352_000, northing: 251_000, area: "urban", bell: "08:50", finish: "15:20", arriveMin: 0, arriveMax: 25, phase: "primary" },
    ],
  },
  "transport-vehicles": {
    fills: [{ "Vehicle type": "TAXI", Seats: 4, Provider: "Contracted", "Rate per mile (£)": "1.95", "Depot easting": 350000, "Depot northing": "250000" }],
    expected: [
      { vehicleType: "MINIBUS-16", description: "Contracted minibus, tail lift", seats: 16, wheelchairSpaces: 2, provider: "contracted", dayRate: 26_000, fixedRate: null, ratePerMile: null, assistantCost: 8_500, available: 10, depotEasting: 352_400, depotNorthing: 247_100, depotArea: "suburban" },
      { vehicleType: "TAXI", description: "", seats: 4, wheelchairSpaces: 0, provider: "contracted", dayRate: null, fixedRate: 0, ratePerMile: 195, assistantCost: null, available: null, depotEasting: 350_000, depotNorthing: 250_000, depotArea: "suburban" },
    ],
  },
  "transport-needs": {
    fills: [{ "Pupil ref": "P20944", "School ID": "116240", "Home easting": 345000, "Home northing": 253000, "Home area type": "suburban", "Age phase": "primary", "Max ride (minutes)": 40, Wheelchair: "Yes", "Cannot travel with": "P20931; P20950 ;" }],
    expected: [
      { pupilRef: "P20931", school: "116240", homeEasting: 344_800, homeNorthing: 253_100, homeArea: "rural", phase: "secondary", maxRide: null, seats: 1, wheelchair: false, assistant: true, alone: false, cannotTravelWith: ["P20944"] },
      { pupilRef: "P20944", school: "116240", homeEasting: 345_000, homeNorthing: 253_000, homeArea: "suburban", phase: "primary", maxRide: 40, seats: 0, wheelchair: true, assistant: false, alone: false, cannotTravelWith: ["P20931", "P20950"] },
    ],
  },
  "transport-scenarios": {
    fills: [{ Scenario: "Train 2", Policy: "Travel-Training", "Trained pupils": "P20931; P20944", "Training cost (£ a pupil)": "1,500.00", Saving: "S4", "Adopt from": day("2025-01-06"), "Cost centre": "SEND-TRN" }],
    expected: [
      { scenario: "Pick-up points 800 m", policy: "pick-up-points", walkingMetres: 800, mileageRate: null, trained: [], trainCount: null, trainingCost: null, partner: null, saving: "S4", adoptFrom: null, costCentre: null, note: "Pupils able to walk meet at pick-up points" },
      { scenario: "Train 2", policy: "travel-training", walkingMetres: null, mileageRate: null, trained: ["P20931", "P20944"], trainCount: null, trainingCost: 1_500_00, partner: null, saving: "S4", adoptFrom: "2025-01-06", costCentre: "SEND-TRN", note: "" },
    ],
  },
  "transport-plans": {
    fills: [{ Scenario: "Budgets 45p", "Solved at": "2024-11-04T10:00:00.000Z", Seed: 7, Seconds: "3", On: day("2024-11-04"), "Current daily cost (£)": 900, "Daily cost (£)": "950.50", "One-off cost (£)": 0, Year: "2024-25", "Annual saving (£)": "-9595.00", Result: '{"scenario":"Budgets 45p","notes":["a, b"]}' }],
    expected: [
      { scenario: "Pick-up points 800 m", solvedAt: "2024-10-31T09:15:00Z", seed: 1, seconds: 42.5, on: "2024-10-31", currentDailyCost: 41_250_00, dailyCost: 35_100_00, oneOffCost: 0, year: "2024-25", annualSaving: 1_168_500_00, result: '{"scenario":"Pick-up points 800 m"}' },
      { scenario: "Budgets 45p", solvedAt: "2024-11-04T10:00:00.000Z", seed: 7, seconds: 3, on: "2024-11-04", currentDailyCost: 900_00, dailyCost: 950_50, oneOffCost: 0, year: "2024-25", annualSaving: -9_595_00, result: '{"scenario":"Budgets 45p","notes":["a, b"]}' },
    ],
  },
  "scrutiny-questions": {
    fills: [{ Ref: "Q-24-03", Committee: CYP, Meeting: day("2024-09-10"), "Agenda item": "Item 7", Question: "Two pressures stand out:\r\nplacements, and \"SEND transport\".", "Asked by": "Cllr L Harding", "Asked on": "10/09/2024", Officer: "Director", Due: day("2024-10-04"), Response: "Mitigating actions include:\n- high-cost placement reviews;\n- more kinship placements.", "Answered on": day("2024-10-04") }],
    expected: [
      { ref: "Q-24-01", committee: CYP, meeting: "2024-09-10", agendaItem: "Agenda item 7 - Quarter 1 performance and resources report", question: "Placement stability is red. Why is it rising, and how will it reach amber?", askedBy: "Cllr A Hartley", askedOn: "2024-09-10", officer: "Head of Service, Children in Care", due: null, response: "", answeredOn: null },
      { ref: "Q-24-03", committee: CYP, meeting: "2024-09-10", agendaItem: "Item 7", question: "Two pressures stand out:\nplacements, and \"SEND transport\".", askedBy: "Cllr L Harding", askedOn: "2024-09-10", officer: "Director", due: "2024-10-04", response: "Mitigating actions include:\n- high-cost placement reviews;\n- more kinship placements.", answeredOn: "2024-10-04" },
    ],
  },
  "scrutiny-recommendations": {
    fills: [{ Ref: "REC-24-d", Committee: CYP, "Made on": day("2024-07-16"), Recommendation: "Dedicated financial resource,\nembedded in the directorate.", To: "Cabinet", Response: "Partly accepted:\nto 31 March 2025.", "Responded on": day("2024-09-12"), Status: "Partly-Accepted", RAG: "Amber" }],
    expected: [
      { ref: "REC-24-a", committee: CYP, madeOn: "2024-07-16", text: "Financial performance data to form part of the measures that matter", to: "Cabinet", responseDue: null, response: "", respondedOn: null, status: "awaiting", rag: null },
      { ref: "REC-24-d", committee: CYP, madeOn: "2024-07-16", text: "Dedicated financial resource,\nembedded in the directorate.", to: "Cabinet", responseDue: null, response: "Partly accepted:\nto 31 March 2025.", respondedOn: "2024-09-12", status: "partly-accepted", rag: "amber" },
    ],
  },
  "scrutiny-actions": {
    fills: [{ Ref: "ACT-24-08", Recommendation: "REC-24-e", Action: "Send the weekly analysis\nto the chair", Owner: "Head of Performance", Due: day("2024-10-11"), Progress: "Waiting for the weekly extract" }],
    expected: [
      { ref: "ACT-24-01", recommendation: "REC-24-a", action: "Add the forecast variance and savings delivery to the measures that matter", owner: "Head of Strategic Finance", due: "2024-10-31", doneOn: null, progress: "" },
      { ref: "ACT-24-08", recommendation: "REC-24-e", action: "Send the weekly analysis\nto the chair", owner: "Head of Performance", due: "2024-10-11", doneOn: null, progress: "Waiting for the weekly extract" },
    ],
  },
  "work-programme": {
    fills: [{ Ref: "WP-24-08", Committee: CYP, Meeting: "11/03/2025", Topic: "Data robustness", Status: "Deferred" }],
    expected: [
      { ref: "WP-24-05", committee: CYP, meeting: "2024-11-19", topic: "SEND transport demand and costs", purpose: "Examine how SEND transport demand and costs are managed", leadOfficer: "Transport Commissioning Manager", status: "planned" },
      { ref: "WP-24-08", committee: CYP, meeting: "2025-03-11", topic: "Data robustness", purpose: "", leadOfficer: "", status: "deferred" },
    ],
  },
  "scrutiny-links": {
    fills: [{ Item: "REC-24-c", Kind: "Measure", Target: "stability-3-plus" }],
    expected: [
      { item: "REC-24-b", kind: "saving", target: "S4", note: "The saving the review evidences" },
      { item: "REC-24-c", kind: "measure", target: "stability-3-plus", note: "" },
    ],
  },
  "committee-reports": {
    fills: [{ Ref: "CR-24-12", Title: "Budget", Committee: CYP, Meeting: day("2024-12-10"), "Report by": "Scrutiny officer", Classification: "Open", "Decision type": "Non-key decision", "Wards affected": "(All Wards)", Purpose: "1. First.\n2. Second, with \"quotes\".", "Legal implications": "Section 9F(2) LGA 2000:\r\na response within two months." }],
    expected: [
      { ...blankReport, ref: "CR-24-11", title: "Children and Young People directorate budget task and finish group", committee: CYP, meeting: "2024-11-19", reportBy: "Statutory Scrutiny Officer", classification: "Open", decisionType: "This is not an executive decision", wards: "(All Wards)" },
      { ...blankReport, ref: "CR-24-12", title: "Budget", committee: CYP, meeting: "2024-12-10", reportBy: "Scrutiny officer", classification: "Open", decisionType: "Non-key decision", wards: "(All Wards)", purpose: "1. First.\n2. Second, with \"quotes\".", legalImplications: "Section 9F(2) LGA 2000:\na response within two months." },
    ],
  },
};

async function fillTemplate(register: RegisterName, fills: Fill[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await writeTemplate(register)).buffer);
  const sheet = workbook.getWorksheet(register);
  if (!sheet) throw new Error(`template has no ${register} sheet`);
  const headers = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
  fills.forEach((fill, i) => {
    for (const [header, value] of Object.entries(fill))
      sheet.getRow(3 + i).getCell(headers.indexOf(header)).value = value;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (value: string | number | Date | undefined) => {
  if (value instanceof Date) return value.toISOString().slice(0, 10).split("-").reverse().join("/");
  const text = value === undefined ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The same file as CSV: the template's header and example, then the fills (dates dd/mm/yyyy). */
function toCsv(register: RegisterName, fills: Fill[]): Buffer {
  const columns = Object.values(LAYOUTS[register].columns);
  const lines = [
    columns.map((c) => csvField(c.header)),
    columns.map((c) => csvField(c.example)),
    ...fills.map((fill) => columns.map((c) => csvField(fill[c.header]))),
  ];
  return Buffer.from(`${lines.map((line) => line.join(",")).join("\r\n")}\r\n`);
}

describe.each(REGISTER_NAMES)("%s round trip", (register) => {
  const { fills, expected } = CASES[register];

  it("reads back a filled-in template workbook", async () => {
    const parsed = await parseRegister(register, {
      name: `${register}.xlsx`,
      bytes: await fillTemplate(register, fills),
    });
    expect(parsed).toEqual({ rows: expected });
  });

  it("reads back the same rows saved as CSV", async () => {
    const parsed = await parseRegister(register, { name: `${register}.csv`, bytes: toCsv(register, fills) });
    expect(parsed).toEqual({ rows: expected });
  });
});
