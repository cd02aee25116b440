/**
 * A large placements file made from Demoshire's own register: every placement's weekly cost up by
 * £1 (an audited change each) and copies of them under new refs until the file has `total` rows,
 * so an import's transaction stays open long enough to be killed part-way through.
 */
import { stringify } from "csv-stringify/sync";
import { toDecimalPounds } from "../../src/domain/money/money.js";
import type { Placement } from "../../src/domain/placements/placement.js";
import { LAYOUTS } from "../../src/formats/registers/layouts/index.js";

const MONEY: ReadonlySet<string> = new Set(["weeklyCost", "healthContribution", "educationContribution"]);

function cell(field: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  return MONEY.has(field) ? toDecimalPounds(value as number) : String(value);
}

export function bigPlacementsCsv(register: readonly Placement[], total: number): string {
  if (register.length === 0)
    throw new Error("the placements register is empty: nothing to build a file from");
  const changed = register.map((p) => ({ ...p, weeklyCost: p.weeklyCost + 100 }));
  const copies = Array.from({ length: Math.max(0, total - changed.length) }, (_, i) => {
    const from = changed[i % changed.length] as Placement;
    return { ...from, placementRef: `${from.placementRef}-R${i + 1}` };
  });
  const columns = Object.entries(LAYOUTS.placements.columns);
  return stringify(
    [...changed, ...copies].map((row) =>
      columns.map(([field]) => cell(field, (row as unknown as Record<string, unknown>)[field])),
    ),
    { header: true, columns: columns.map(([, column]) => column.header) },
  );
}
