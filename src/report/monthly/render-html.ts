/**
 * Any report document as one standalone HTML page with inline CSS and SVG charts: the web page, the
 * HTML download, and what Chromium prints to PDF. Generic over sections and blocks.
 */
import * as echarts from "echarts";
import { type Html, html, trusted } from "../../server/html.js";
import { formatCell } from "./format.js";
import type {
  DrillTarget,
  ReportBlock,
  ReportChart,
  ReportColumn,
  ReportDocument,
  ReportRow,
  ReportSection,
  ReportTable,
} from "./model.js";

const CHART_WIDTH = 1020;

const STYLE = `
body{font-family:"DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif;color:#1d2330;margin:0 auto;padding:16px 24px;max-width:1100px;font-size:13px}
header{border-bottom:3px solid #1d3557;margin-bottom:12px}header h1{font-size:20px;margin:0 0 4px}
header p{margin:2px 0 8px;color:#444}
.demo{background:#fff4ce;border:1px solid #e0c96b;padding:6px 10px;margin:8px 0}
nav{display:flex;flex-wrap:wrap;gap:6px 16px;margin:0 0 12px;font-size:14px}nav>*{white-space:nowrap}
section{margin:18px 0}h2{font-size:16px;margin:0 0 6px;color:#1d3557;break-after:avoid}
.intro,.note{margin:0 0 8px}h3{font-size:14px;margin:10px 0 4px;break-after:avoid}
table{border-collapse:collapse;width:100%;margin:0 0 10px}
th,td{padding:4px 8px;border-bottom:1px solid #dde1e6;text-align:left;vertical-align:top}
th.money,th.number,th.percent,td.money,td.number,td.percent{text-align:right}td.money,td.number,td.percent{white-space:nowrap}
thead{display:table-header-group}thead th{background:#eef1f5;font-weight:600}
tr{break-inside:avoid}tr.subtotal td{font-weight:600;background:#f3f5f8}
tr.total td{font-weight:700;border-top:2px solid #1d2330}
td.over{color:#b3261e}td.under{color:#1b7f3b}td.wrap{white-space:normal;min-width:8em}td.wrap:last-child{min-width:20em}
tr.flagged td{color:#b3261e;background:#fdecea;font-weight:600}.alert{color:#b3261e;font-weight:600}
figure{margin:0 0 10px;break-inside:avoid}figure svg{max-width:100%;height:auto}
figcaption{font-size:12px;color:#555}
@page{size:A4 landscape;margin:12mm 10mm 16mm}
@media print{body{padding:0;max-width:none}nav{display:none}a{color:inherit;text-decoration:none}}
`;

export interface HtmlOptions {
  /** Where a drill-down row leads; without it (files) rows are shown without links. */
  link?: (target: DrillTarget) => string;
  /** Links shown above the report on screen, never in print. */
  nav?: Html;
  /** Markup the web UI adds after a section's blocks, by the section's id (such as a form); files have none. */
  after?: Readonly<Record<string, Html>>;
}

export function reportHtml(doc: ReportDocument, options: HtmlOptions = {}): string {
  const { council } = doc;
  return html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${council.name}: ${doc.title}</title><style>${trusted(STYLE)}</style></head>
<body>
${options.nav ? html`<nav>${options.nav}</nav>` : ""}
<header><h1>${council.name}: ${doc.title}</h1>
<p>${doc.subtitle ?? `Actuals to ${doc.asAt}; forecast to 31 March from the registers.`}</p>
${council.demo ? html`<p class="demo" role="note">${council.name} is a demonstration council. Its children, staff, routes and figures are invented.</p>` : ""}
</header>
${doc.sections.map(
  (
    s,
  ) => html`<section id="${s.id}"><h2>${s.title}</h2>${s.intro ? html`<p class="intro">${s.intro}</p>` : ""}${(s.notes ?? []).map((n) => html`<p class="${n.alert ? "note alert" : "note"}">${n.text}</p>`)}
${s.blocks.map((b) => block(b, s, options))}${options.after?.[s.id] ?? ""}</section>`,
)}
</body></html>`.text;
}

function block(b: ReportBlock, section: ReportSection, options: HtmlOptions): Html {
  return b.type === "table" ? table(b, section, options) : chart(b);
}

function table(t: ReportTable, section: ReportSection, options: HtmlOptions): Html {
  return html`${t.title === section.title ? "" : html`<h3>${t.title}</h3>`}<table data-table="${t.title}">
<thead><tr>${t.columns.map((c) => html`<th class="${c.type}" scope="col">${c.label}</th>`)}</tr></thead>
<tbody>${t.rows.map((r) => row(r, t.columns, r.subtotal ? "subtotal" : "row", options))}
${t.total ? row(t.total, t.columns, "total", options) : ""}</tbody></table>`;
}

function row(r: ReportRow, columns: ReportColumn[], kind: string, options: HtmlOptions): Html {
  const href = r.drill && options.link ? options.link(r.drill) : null;
  const flag = r.flag ? html` data-flag="${r.flag}" title="${r.flag}"` : "";
  return html`<tr class="${kind}${r.flag ? " flagged" : ""}" data-row="${kind}"${flag}>${columns.map(
    (c, i) => {
      const value = r.values[c.key] ?? null;
      const text = formatCell(value, c.type, c.decimals);
      const sign =
        c.overspend && typeof value === "number" ? (value > 0 ? " over" : value < 0 ? " under" : "") : "";
      const pence = c.type === "money" && typeof value === "number" ? html` data-pence="${value}"` : "";
      const wrap = c.wrap ? " wrap" : "";
      return html`<td class="${c.type}${sign}${wrap}" data-column="${c.key}"${pence}>${i === 0 && href ? html`<a href="${href}">${text}</a>` : text}</td>`;
    },
  )}</tr>`;
}

function chart(c: ReportChart): Html {
  const instance = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: CHART_WIDTH,
    height: c.height,
  });
  try {
    instance.setOption(c.option);
    return html`<figure aria-label="${c.title}">${trusted(instance.renderToSVGString())}${c.caption ? html`<figcaption>${c.caption}</figcaption>` : ""}</figure>`;
  } finally {
    instance.dispose();
  }
}
