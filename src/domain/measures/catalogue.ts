/**
 * The measures Outturn knows, built in: service measures computed from the SSDA903 history,
 * finance measures computed from the registers, and measures the council enters. A target given
 * here is England's latest published figure (2024) where the DfE publishes one, until the council
 * sets its own in the measure-settings register (target, amber tolerance, owner).
 */
import type { MeasureDefinition, MeasureSetting } from "./measure.js";

export const MEASURE_IDS = [
  "cla-count",
  "cla-rate",
  "cla-starters",
  "cla-ceased",
  "stability-3-plus",
  "long-term-stability",
  "placed-foster",
  "placed-residential",
  "foster-ifa-share",
  "placed-kinship",
  "placements-over-20-miles",
  "missing-share",
  "residential-weekly-cost",
  "agency-social-workers",
  "forecast-overspend",
  "savings-delivery",
  "ehcp-20-weeks",
  "care-leavers-eet",
  "under-18-population",
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** The measures whose values the council enters in the measure-values register. */
export const ENTERED_MEASURE_IDS = ["ehcp-20-weeks", "care-leavers-eet", "under-18-population"] as const;

type Spec = Omit<MeasureDefinition, "id" | "owner" | "frequency" | "counts" | "benchmark"> &
  Partial<Pick<MeasureDefinition, "owner" | "frequency" | "counts" | "benchmark">>;

const CSC = "Director of children's services";
const FINANCE = "Finance business partner, children's services";

const service = (spec: Omit<Spec, "area" | "source">): Spec => ({
  area: "service",
  source: "computed",
  owner: CSC,
  counts: true,
  ...spec,
});
const finance = (spec: Omit<Spec, "area" | "source">): Spec => ({
  area: "finance",
  source: "computed",
  owner: FINANCE,
  counts: false,
  ...spec,
});
const entered = (spec: Omit<Spec, "source">): Spec => ({ source: "entered", owner: CSC, ...spec });

const SPECS: Record<MeasureId, Spec> = {
  "cla-count": service({
    name: "Children looked after",
    description: "Children looked after at the period end (short breaks excluded), from the SSDA903 returns.",
    unit: "count",
    polarity: "neutral",
    target: null,
    tolerance: 0,
  }),
  "cla-rate": service({
    name: "Children looked after per 10,000 under-18s",
    description:
      "Children looked after at the period end ÷ the under-18 population estimate × 10,000, to a whole number as the DfE rounds it. Target: England, 2024.",
    unit: "rate-per-10k",
    polarity: "lower-better",
    target: 70,
    tolerance: 5,
    benchmark: "cla-rate",
  }),
  "cla-starters": service({
    name: "Children who started to be looked after",
    description:
      "Children who started a period of care in the 12 months to the period end, each counted once (their first start).",
    unit: "count",
    polarity: "neutral",
    target: null,
    tolerance: 0,
  }),
  "cla-ceased": service({
    name: "Children who ceased to be looked after",
    description:
      "Children whose period of care ended in the 12 months to the period end, each counted once (their last cessation).",
    unit: "count",
    polarity: "neutral",
    target: null,
    tolerance: 0,
  }),
  "stability-3-plus": service({
    name: "Children looked after with 3 or more placements in the year",
    description:
      "Of the children looked after at the period end, the share with 3 or more placements in the 12 months to it. Target: England, 2024.",
    unit: "percent",
    polarity: "lower-better",
    target: 10,
    tolerance: 1,
    benchmark: "stability-3-plus",
  }),
  "long-term-stability": service({
    name: "Long-term placement stability",
    description:
      "Of the children under 16 looked after for 2½ years or more at the period end, the share in the same placement for 2 years or more. Target: England, 2024.",
    unit: "percent",
    polarity: "higher-better",
    target: 68,
    tolerance: 3,
    benchmark: "long-term-stability",
  }),
  "placed-foster": service({
    name: "Children in foster care",
    description:
      "The share of children looked after at the period end placed in foster care (in-house, IFA or kinship). Target: about England's share, 2024.",
    unit: "percent",
    polarity: "higher-better",
    target: 67,
    tolerance: 3,
  }),
  "placed-residential": service({
    name: "Children in residential care",
    description:
      "The share of children looked after at the period end in children's homes, secure units and other residential settings. Target: about England's share, 2024.",
    unit: "percent",
    polarity: "lower-better",
    target: 12,
    tolerance: 2,
  }),
  "foster-ifa-share": service({
    name: "Foster placements with an IFA",
    description:
      "Of the children in foster care with carers who are not family or friends at the period end, the share placed with an independent fostering agency rather than the council's own carers.",
    unit: "percent",
    polarity: "lower-better",
    target: null,
    tolerance: 0,
  }),
  "placed-kinship": service({
    name: "Children in kinship foster care",
    description:
      "The share of children looked after at the period end placed with relatives or friends as foster carers.",
    unit: "percent",
    polarity: "higher-better",
    target: null,
    tolerance: 0,
  }),
  "placements-over-20-miles": service({
    name: "New placements more than 20 miles from home",
    description:
      "Of the placements that started in the 12 months to the period end, the share more than 20 miles from the child's home in a straight line (from the council's postcode grid); one whose distance is unknown is not counted as over 20 miles. Target: England, 2024.",
    unit: "percent",
    polarity: "lower-better",
    target: 19.5,
    tolerance: 2,
    benchmark: "new-placements-over-20-miles",
  }),
  "missing-share": service({
    name: "Children looked after who went missing",
    description:
      "Of the children looked after at any time in the 12 months to the period end, the share with a missing episode that began in those months. Target: England, 2024.",
    unit: "percent",
    polarity: "lower-better",
    target: 11,
    tolerance: 1,
    benchmark: "missing-share",
  }),
  "residential-weekly-cost": finance({
    name: "Average weekly cost of a residential placement",
    description:
      "The gross weekly price of the residential placements open at the period end (placements register, price history applied), averaged.",
    unit: "pence",
    polarity: "lower-better",
    target: null,
    tolerance: 0,
    counts: true,
  }),
  "agency-social-workers": finance({
    name: "Agency social workers",
    description: "Agency social workers as a share of all social workers in post at the period end, by FTE.",
    unit: "percent",
    polarity: "lower-better",
    target: 15,
    tolerance: 2,
  }),
  "forecast-overspend": finance({
    name: "Forecast overspend as a share of budget",
    description: "The forecast outturn's variance (overspend positive) ÷ the year's budget.",
    unit: "percent",
    polarity: "lower-better",
    target: 0,
    tolerance: 1,
  }),
  "savings-delivery": finance({
    name: "Savings forecast to be delivered",
    description:
      "The forecast delivery of the year's savings ÷ their target for the year, from the savings register's latest position (not delivered to date).",
    unit: "percent",
    polarity: "higher-better",
    target: 100,
    tolerance: 10,
  }),
  "ehcp-20-weeks": entered({
    name: "EHC plans issued within 20 weeks",
    description:
      "New education, health and care plans issued within 20 weeks of the request, of all new plans issued (the DfE's SEN2 measure), as the council enters it. Target: England, 2024.",
    unit: "percent",
    polarity: "higher-better",
    target: 45.9,
    tolerance: 5,
    area: "service",
    benchmark: "ehcp-20-weeks",
    counts: false,
  }),
  "care-leavers-eet": entered({
    name: "Care leavers aged 19 to 21 in education, employment or training",
    description: "As the council enters it. Target: England, 2024.",
    unit: "percent",
    polarity: "higher-better",
    target: 54,
    tolerance: 5,
    area: "service",
    counts: false,
  }),
  "under-18-population": entered({
    name: "Children under 18 in the council's area",
    description:
      "The ONS mid-year population estimate of children under 18, as the council enters it; the rate per 10,000 is made with it.",
    unit: "count",
    polarity: "neutral",
    target: null,
    tolerance: 0,
    frequency: "annual",
    area: "service",
    counts: false,
  }),
};

/** The built-in definitions, in the order the measures are shown. */
export const CATALOGUE: readonly MeasureDefinition[] = MEASURE_IDS.map((id) => ({
  id,
  frequency: "monthly",
  benchmark: null,
  owner: CSC,
  counts: false,
  ...SPECS[id],
}));

export function isMeasureId(id: string): id is MeasureId {
  return (MEASURE_IDS as readonly string[]).includes(id);
}

/** The catalogue with the council's settings applied: a blank field keeps the built-in value. */
export function measureCatalogue(settings: readonly MeasureSetting[]): MeasureDefinition[] {
  const byId = new Map(settings.map((s) => [s.measure, s]));
  return CATALOGUE.map((definition) => {
    const setting = byId.get(definition.id);
    if (!setting) return definition;
    return {
      ...definition,
      target: setting.target ?? definition.target,
      tolerance: setting.tolerance ?? definition.tolerance,
      owner: setting.owner === "" ? definition.owner : setting.owner,
    };
  });
}
