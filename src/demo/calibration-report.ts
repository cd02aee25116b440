/**
 * Prints the calibration table of docs/demoshire.md: each target, its source, and what the
 * generator reproduces for Demoshire's seed and across seeds 1-12.
 * Run: npx tsx src/demo/calibration-report.ts
 */
import { formatPounds } from "../domain/money/money.js";
import { measureCalibration } from "./calibration.js";
import { DEMOSHIRE_SEED, simulateCouncil } from "./generate.js";

type Figures = ReturnType<typeof measureCalibration>;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const money = (x: number) => formatPounds(Math.round(x), { wholePounds: true });

const rows: [string, string, (f: Figures) => number, (x: number) => string][] = [
  [
    "CLA at as-at (31 Oct 2024): 410-450",
    "brief; seed 002 'stable at 410-415'",
    (f) => f.childrenLookedAfter.asAt,
    String,
  ],
  ["CLA 31 March 2022: 379", "DfE (Herefordshire)", (f) => f.childrenLookedAfter["31 March 2022"], String],
  ["CLA 31 March 2023: 413", "DfE (Herefordshire)", (f) => f.childrenLookedAfter["31 March 2023"], String],
  [
    "CLA 31 March 2024: 387 (DfE), 410-415 (seed)",
    "seed 002 narrative, see below",
    (f) => f.childrenLookedAfter["31 March 2024"],
    String,
  ],
  ["Starters 2021-22: 161", "DfE (Herefordshire)", (f) => f.flows["2021-22"]?.starters ?? 0, String],
  ["Ceased 2021-22: 95", "DfE (Herefordshire)", (f) => f.flows["2021-22"]?.ceased ?? 0, String],
  ["Starters 2022-23: 137", "DfE (Herefordshire)", (f) => f.flows["2022-23"]?.starters ?? 0, String],
  ["Ceased 2022-23: 103", "DfE (Herefordshire)", (f) => f.flows["2022-23"]?.ceased ?? 0, String],
  [
    "Starters 2023-24: 118 (DfE 95)",
    "seed 002 narrative, see below",
    (f) => f.flows["2023-24"]?.starters ?? 0,
    String,
  ],
  [
    "Ceased 2023-24: 114 (DfE 121)",
    "seed 002 narrative, see below",
    (f) => f.flows["2023-24"]?.ceased ?? 0,
    String,
  ],
  ["Foster: 67%", "DfE England 2024", (f) => f.mix.foster ?? 0, percent],
  [
    "Secure and children's homes: 10%",
    "DfE England 2024",
    (f) => f.mix["secure and children's homes"] ?? 0,
    percent,
  ],
  ["Supported (H5/P2, K3): 7%", "DfE England 2024", (f) => f.mix.supported ?? 0, percent],
  ["With parents: 6%", "DfE England 2024", (f) => f.mix["with parents"] ?? 0, percent],
  ["Placed for adoption: 2%", "DfE England 2024", (f) => f.mix.adoption ?? 0, percent],
  [
    "Other residential and schools: rest (~8%)",
    "DfE England 2024",
    (f) => f.mix["other residential and schools"] ?? 0,
    percent,
  ],
  ["Residential weekly cost 2022-23: £4,860", "seed 002 (LAIT)", (f) => f.residentialWeekly2022_23, money],
  ["Dearest placement: up to ~£15k a week", "PRODUCT.md; LGA survey", (f) => f.maxWeeklyCost, money],
  ["IFA weekly cost: ~£900-1,100", "brief", (f) => f.ifaWeekly, money],
  ["In-house foster weekly cost: ~£350-500", "brief", (f) => f.inHouseWeekly, money],
  ["Supported weekly cost: ~£1,500-3,000", "brief", (f) => f.supportedWeekly, money],
  ["Children's homes out of area: most", "brief", (f) => f.residentialOutOfArea, percent],
  ["Social worker posts: 89 budgeted", "seed 002", (f) => f.socialWorkers.posts, String],
  [
    "Agency social workers Sept 2023: 72%",
    "seed 002",
    (f) => f.socialWorkers.agencyShareSeptember2023,
    percent,
  ],
  [
    "Agency social workers at as-at: 60-70%",
    "brief (S3 conversions under way)",
    (f) => f.socialWorkers.agencyShare,
    percent,
  ],
  ["Agency premium per social worker: £55,572", "seed 002", (f) => f.socialWorkers.meanPremium, money],
  ["Agency team managers: 32%", "seed 002", (f) => f.teamManagerAgencyShare, percent],
  ["Vacant posts at as-at: ~5-10%", "brief", (f) => f.vacancies.asAt, percent],
  [
    "Vacant posts, fewest at a period end since April 2022",
    "brief (vacancies at any date)",
    (f) => f.vacancies.fewest,
    percent,
  ],
  ["Vacant posts, most at a period end since April 2022", "brief", (f) => f.vacancies.most, percent],
  ["HTST pupils at as-at: ~1,200", "brief", (f) => f.transport.pupils, String],
  ["HTST pupils with an EHCP: ~45%", "brief", (f) => f.transport.ehcpShare, percent],
  [
    "EHCP pupils' growth Sept 2020 to Sept 2024: +49%",
    "seed 000 (Worcestershire)",
    (f) => f.transport.ehcpGrowth,
    percent,
  ],
  ["EHCP pupils in special settings: most", "brief", (f) => f.transport.ehcpInSpecial, percent],
  ["EHCP pupils on single-occupancy taxis", "brief", (f) => f.transport.ehcpSingleOccupancy, percent],
  ["SEND transport book: 500-600 pupils", "brief (issue 7)", (f) => f.transportBook.pupils, String],
  ["Schools in the book: about 60", "brief (issue 7)", (f) => f.transportBook.schools, String],
  ["Book pupils in wheelchairs: ~8%", "brief (issue 7)", (f) => f.transportBook.wheelchair, percent],
  ["Book pupils needing an assistant: ~15%", "brief (issue 7)", (f) => f.transportBook.assistant, percent],
  ["Book pupils who must travel alone: ~10%", "brief (issue 7)", (f) => f.transportBook.alone, percent],
  ["Incompatible pairs: a few", "brief (issue 7)", (f) => f.transportBook.incompatiblePairs, String],
  ["Book pupils living in the country", "Demoshire's own", (f) => f.transportBook.ruralHomes, percent],
  [
    "Longest direct journey ÷ the pupil's limit: at most 0.6 (0.71 with an own limit)",
    "Demoshire's own",
    (f) => f.transportBook.maxDirectShare,
    (x) => x.toFixed(2),
  ],
  ["Book pupils' routes today, a day", "htst-routes (unchanged)", (f) => f.transportBook.todayDaily, money],
  [
    "Today's single taxis at the fleet's taxi rates ÷ their price: ~1",
    "Demoshire's own",
    (f) => f.transportBook.taxiPriceRatio,
    (x) => x.toFixed(2),
  ],
  ["Budget 2023-24: £50,812,000", "seed 002 Table 3", (f) => f.budget["2023-24"]?.budget ?? 0, money],
  ["Budget 2024-25: £65,132,000", "seed 002 Table 3", (f) => f.budget["2024-25"]?.budget ?? 0, money],
  ["Spent 2023-24: ~£64.2m forecast", "seed 002", (f) => f.budget["2023-24"]?.actual ?? 0, money],
  [
    "Social work teams over budget 2023-24: ~£3.0m (agency)",
    "seed 002 Table 1",
    (f) => f.variance2023_24.socialWorkTeams,
    money,
  ],
  [
    "SEND transport over budget 2023-24: ~£2.0m",
    "seed 002 Table 1",
    (f) => f.variance2023_24.sendTransport,
    money,
  ],
];

const demo = measureCalibration(simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 }));
const others = Array.from({ length: 12 }, (_, i) =>
  measureCalibration(simulateCouncil({ seed: i + 1, scale: 1 })),
);
console.log(`| target | source | Demoshire (seed ${DEMOSHIRE_SEED}) | seeds 1-12 (min-max) |`);
console.log("|---|---|---|---|");
for (const [target, source, measure, show] of rows) {
  const values = others.map(measure);
  console.log(
    `| ${target} | ${source} | ${show(measure(demo))} | ${show(Math.min(...values))} - ${show(Math.max(...values))} |`,
  );
}
