/**
 * A report's tables and charts in Word: real tables whose header row repeats on every page, figures
 * right-aligned and formatted as the page formats them (formatCell), overspends in red; charts as
 * pictures; each titled below, as seed 002 captions its tables.
 */
import {
  AlignmentType,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatCell } from "../monthly/format.js";
import type { ReportChart, ReportColumn, ReportRow, ReportTable } from "../monthly/model.js";
import { PICTURE_WIDTH } from "./chart-picture.js";

/** A4 portrait's width between 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 9638;
const TABLE_TEXT = 17; // half-points: 8.5 pt
const RED = "B3261E";
const GREEN = "1B7F3B";

const isFigure = (c: ReportColumn) => c.type !== "text";

/** Text columns take three shares of the width (a wrapping one four), figures one each. */
function widths(columns: readonly ReportColumn[]): number[] {
  const shares = columns.map((c) => (c.wrap ? 4 : isFigure(c) ? 1 : 3));
  const total = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
}

function cell(
  text: string,
  column: ReportColumn,
  width: number,
  run: { bold?: boolean; color?: string },
  fill?: string,
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill } } : {}),
    children: [
      new Paragraph({
        alignment: isFigure(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, size: TABLE_TEXT, ...run })],
      }),
    ],
  });
}

function colour(row: ReportRow, column: ReportColumn): string | undefined {
  if (row.flag) return RED;
  const value = row.values[column.key];
  if (!column.overspend || typeof value !== "number") return undefined;
  return value > 0 ? RED : value < 0 ? GREEN : undefined;
}

function bodyRow(row: ReportRow, columns: readonly ReportColumn[], size: number[], bold: boolean) {
  return new TableRow({
    cantSplit: true,
    children: columns.map((c, i) => {
      const text = formatCell(row.values[c.key] ?? null, c.type, c.decimals);
      const color = colour(row, c);
      return cell(text, c, size[i] ?? 0, { bold, ...(color ? { color } : {}) });
    }),
  });
}

export function caption(text: string): Paragraph {
  return new Paragraph({
    style: "Caption",
    spacing: { before: 60, after: 200 },
    children: [new TextRun({ text, italics: true, size: 18 })],
  });
}

export function wordTable(table: ReportTable): (Table | Paragraph)[] {
  const size = widths(table.columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(c.label, c, size[i] ?? 0, { bold: true }, "EEF1F5")),
  });
  const rows = table.rows.map((r) => bodyRow(r, table.columns, size, r.subtotal === true));
  const total = table.total ? [bodyRow(table.total, table.columns, size, true)] : [];
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: size,
      rows: [header, ...rows, ...total],
    }),
    caption(table.title),
  ];
}

export function wordChart(chart: ReportChart, png: Buffer): Paragraph[] {
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width: PICTURE_WIDTH, height: chart.height },
          altText: { name: chart.title, title: chart.title, description: chart.caption ?? chart.title },
        }),
      ],
    }),
    caption(chart.caption ? `${chart.title}. ${chart.caption}` : chart.title),
  ];
}
