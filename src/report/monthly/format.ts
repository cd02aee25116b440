/** A cell's value as people read it, by its column's type: the one place the report formats figures. */
import { formatPounds } from "../../domain/money/money.js";
import type { CellValue, ColumnType } from "./model.js";

const grouped = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatCell(value: CellValue, type: ColumnType, decimals?: number): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (type === "money") return formatPounds(value, { wholePounds: true });
  if (type === "percent") return `${(value * 100).toFixed(1)}%`;
  if (decimals !== undefined)
    return value.toLocaleString("en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  return grouped.format(value);
}
