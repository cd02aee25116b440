/**
 * The placement market Demoshire buys from: what kinds of placement exist, which SSDA903 codes and
 * providers they use, what they cost (in 2022-23 prices) and which budget line pays for them.
 */
import type { FinancialYear } from "../domain/calendar/financial.js";
import type { PlaceCode, ProviderCode } from "../domain/placements/placement.js";
import type { Random } from "./random.js";

export const PLACEMENT_KINDS = [
  "kinship",
  "inHouseFoster",
  "ifa",
  "childrensHome",
  "secure",
  "supported",
  "withParents",
  "adoption",
  "residentialCare",
  "residentialSchool",
  "familyCentre",
  "health",
] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** Which cost centre (a placements budget line) pays for each kind. */
export const PLACEMENT_COST_CENTRE: Record<PlacementKind, string> = {
  kinship: "FOS-KIN",
  inHouseFoster: "FOS-INH",
  ifa: "FOS-IFA",
  childrensHome: "LAC-RES",
  secure: "LAC-RES",
  supported: "LAC-SUP",
  withParents: "LAC-OTH",
  adoption: "LAC-OTH",
  residentialCare: "LAC-CMPX",
  residentialSchool: "LAC-CMPX",
  familyCentre: "LAC-CMPX",
  health: "LAC-OTH",
};

/** Kinds whose weekly cost is "residential" in the seed's £4,860 a week (2022-23) average. */
export const RESIDENTIAL_KINDS: readonly PlacementKind[] = ["childrensHome", "secure"];

/** The private provider that closes all its homes on one day in 2023-24. */
export const CLOSING_PROVIDER = "Brightwater Care Ltd";
export const PROVIDER_CLOSURE_DATE = "2023-11-17";

/** Price level of new and running placements in each financial year, 2022-23 = 1 (annual April uplifts). */
const PRICE_INDEX: Record<"family" | "agency" | "market", Record<FinancialYear, number>> = {
  family: { "2021-22": 0.97, "2022-23": 1, "2023-24": 1.12, "2024-25": 1.19 },
  agency: { "2021-22": 0.96, "2022-23": 1, "2023-24": 1.06, "2024-25": 1.11 },
  market: { "2021-22": 0.92, "2022-23": 1, "2023-24": 1.09, "2024-25": 1.15 },
};

function indexGroup(kind: PlacementKind): keyof typeof PRICE_INDEX {
  if (kind === "kinship" || kind === "inHouseFoster" || kind === "adoption") return "family";
  return kind === "ifa" ? "agency" : "market";
}

export function priceIndex(kind: PlacementKind, year: FinancialYear): number {
  const index = PRICE_INDEX[indexGroup(kind)][year];
  if (index === undefined) throw new Error(`demo prices cover 2021-22 to 2024-25, not ${year}`);
  return index;
}

/** What a new placement looks like before it is dated and priced for its year. */
export interface PlacementOffer {
  kind: PlacementKind;
  placeCode: PlaceCode;
  providerCode: ProviderCode | null;
  provider: string;
  area: "in" | "out";
  /** Gross weekly cost in 2022-23 pounds. */
  basePounds: number;
  healthShare: number;
  educationShare: number;
}

const PRIVATE_HOMES: Record<string, number> = {
  [CLOSING_PROVIDER]: 16,
  "Oakleaf Children's Homes": 18,
  "Hillcrest Care Group": 16,
  "Meadowbank Residential": 14,
  "Kestrel Care Ltd": 12,
  "Heartwood Homes": 12,
  "Ashgrove Children's Services": 12,
};

/**
 * Children's home weekly prices in 2022-23 (£): a ladder with the seed's £4,860 mean and a long
 * tail. Homes are priced from a shuffled deck of these rungs (each ±3%), so even a small council's
 * average lands near the seed's rather than wherever a few random draws fall.
 */
const CHILDRENS_HOME_LADDER = [
  2760, 3000, 3150, 3280, 3400, 3520, 3630, 3750, 3870, 3980, 4100, 4230, 4360, 4510, 4670, 4840, 5030, 5260,
  5520, 5830, 6210, 6740, 9000, 12000,
];

export type PlacementMarket = (
  kind: PlacementKind,
  options: { afterClosure: boolean; age: number },
) => PlacementOffer;

/** The market a council of the given name buys from; each call offers a placement at 2022-23 prices. */
export function placementMarket(council: string, rng: Random): PlacementMarket {
  const homePrice = rng.deck(CHILDRENS_HOME_LADDER);
  return (kind, options) =>
    offerPlacement(kind, council, rng, options, () => homePrice() * rng.uniform(0.97, 1.03));
}

function offerPlacement(
  kind: PlacementKind,
  council: string,
  rng: Random,
  options: { afterClosure: boolean; age: number },
  homePrice: () => number,
): PlacementOffer {
  const offer = (
    placeCode: PlaceCode,
    providerCode: ProviderCode | null,
    provider: string,
    basePounds: number,
    outOfArea = 0,
  ): PlacementOffer => ({
    kind,
    placeCode,
    providerCode,
    provider,
    area: rng.chance(outOfArea) ? "out" : "in",
    basePounds,
    healthShare: 0,
    educationShare: 0,
  });
  const fosterCode = (longTerm: PlaceCode, fostering: PlaceCode, other: PlaceCode) =>
    rng.weighted<PlaceCode>({ [longTerm]: 50, [fostering]: 5, [other]: 45 });
  switch (kind) {
    case "kinship":
      return offer(
        fosterCode("U1", "U2", "U3"),
        "PR1",
        `${council} Council kinship carers`,
        rng.uniform(230, 340),
      );
    case "inHouseFoster":
      return offer(
        fosterCode("U4", "U5", "U6"),
        "PR1",
        `${council} Council fostering service`,
        rng.logNormal(390, 0.1, 320, 480),
      );
    case "ifa": {
      const voluntary = rng.chance(0.25);
      const provider = voluntary
        ? "Beacon Fostering Trust"
        : rng.pick(["Foster Futures", "Horizon Fostering", "Compass Family Placements"]);
      return offer(
        fosterCode("U4", "U5", "U6"),
        voluntary ? "PR5" : "PR4",
        provider,
        rng.logNormal(950, 0.06, 850, 1060),
        0.5,
      );
    }
    case "childrensHome": {
      const owner = rng.weighted({ private: 85, voluntary: 10, council: 5 });
      if (owner === "council")
        return offer("K2", "PR1", `${council} Council children's home`, rng.uniform(3600, 4200));
      const homes = { ...PRIVATE_HOMES };
      if (options.afterClosure) delete homes[CLOSING_PROVIDER];
      const provider =
        owner === "private"
          ? rng.weighted(homes)
          : rng.pick(["St Aidan's Children's Trust", "Barnstead Homes"]);
      return complex(offer("K2", owner === "private" ? "PR4" : "PR5", provider, homePrice(), 0.85), rng);
    }
    case "secure":
      return complex(offer("K1", "PR2", "Hillside Secure Centre", rng.uniform(7500, 9500), 1), rng);
    case "supported": {
      const code: PlaceCode = options.age < 16 ? "P2" : rng.chance(0.1) ? "P2" : "H5";
      const voluntary = rng.chance(0.2);
      const provider = voluntary
        ? "Gateway Youth Trust"
        : rng.pick(["Stepping Stones Supported Living", "NextStep Housing"]);
      const price = code === "P2" ? rng.uniform(250, 600) : rng.uniform(1500, 3000);
      return offer(code, voluntary ? "PR5" : "PR4", provider, price, 0.4);
    }
    case "withParents":
      return offer("P1", "PR0", "Parents", 0, 0.05);
    case "adoption": {
      const code = rng.weighted<PlaceCode>({ A5: 30, A6: 60, A3: 4, A4: 6 });
      if (rng.chance(0.7)) return offer(code, "PR1", `Adoption ${council}`, 0, 0.3);
      return offer(code, "PR5", "Families for Children (VAA)", rng.uniform(120, 250), 0.6);
    }
    case "residentialCare":
      return complex(
        offer("R1", "PR4", "Woodland Therapeutic Care", rng.logNormal(4000, 0.3, 2800, 9000), 0.8),
        rng,
      );
    case "residentialSchool": {
      const school = offer(
        "S1",
        "PR5",
        rng.pick(["Greenfields Residential School", "Lakeside School"]),
        rng.logNormal(5200, 0.3, 3500, 11000),
        0.9,
      );
      return { ...school, educationShare: rng.uniform(0.35, 0.6) };
    }
    case "familyCentre":
      return offer("R3", "PR4", "Family Assessment Centre Ltd", rng.uniform(2800, 4200), 0.7);
    case "health":
      return offer("R2", "PR3", "NHS mental health unit", 0, 0.5);
  }
}

/** Some complex placements are part-funded by health and education. */
function complex(offer: PlacementOffer, rng: Random): PlacementOffer {
  return {
    ...offer,
    healthShare: rng.chance(0.25) ? rng.uniform(0.1, 0.3) : 0,
    educationShare: rng.chance(0.15) ? rng.uniform(0.08, 0.2) : 0,
  };
}
