import { DATE, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";

export const placementPrices = defineLayout({
  register: "placement-prices",
  title: "Placement prices",
  summary:
    "Each placement's weekly price from a day on: past rows are its price history, future rows known uplifts.",
  columns: {
    placementRef: required(TEXT, {
      header: "Placement ref",
      description: "The placement the price is for, as in the placements register.",
      example: "PL-2024-0153",
    }),
    from: required(DATE, {
      header: "From",
      description: "The day the price takes effect; it holds until the placement's next price.",
      example: "2025-01-01",
    }),
    weeklyCost: required(POUNDS_NOT_NEGATIVE, {
      header: "Weekly cost (£)",
      description: "The gross weekly cost from that day, in pounds.",
      example: "5010.00",
    }),
  },
  key: ["placementRef", "from"],
  row: (cells) => cells,
});
