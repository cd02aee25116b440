/**
 * The frame every page shares: title, the council, the site's pages with who is signed in and a
 * Sign out button, and a plain statement when it is a demo.
 */
import type { Council } from "../../store/store.js";
import type { Viewer } from "../access.js";
import { type Html, html, trusted } from "../html.js";
import { linksFor, signedInAs, siteNav } from "../links.js";

const STYLE = `
body{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:14px 28px;display:flex;gap:24px;align-items:baseline}
header h1{font-size:20px;margin:0}header .council{font-size:16px;opacity:.9}
header nav{display:flex;gap:16px;margin-left:auto;font-size:14px;align-items:baseline}header nav a{color:#fff}
.demo{background:#fff4ce;border-bottom:1px solid #e0c96b;padding:8px 28px;font-size:14px}
main{padding:20px 28px;max-width:1080px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{padding:6px 10px;border-bottom:1px solid #e3e6ea;text-align:right}
th:first-child,td:first-child{text-align:left}
thead th{background:#eef1f5;position:sticky;top:0}
tr.area td{font-weight:600;background:#f3f5f8}tr.total td{font-weight:700;border-top:2px solid #1d2330}
td.over{color:#b3261e}td.under{color:#1b7f3b}
.summary{display:flex;gap:16px;margin:16px 0}.summary div{background:#fff;padding:12px 16px;border:1px solid #e3e6ea;min-width:180px}
.summary strong{display:block;font-size:22px}
.chart{background:#fff;border:1px solid #e3e6ea;margin:16px 0;padding:8px}
form.picker{display:flex;gap:8px;align-items:center}
.note{font-size:13px;color:#555}
`;

/**
 * `current` is the page's path among the site's pages; `period` is kept in the navigation's links.
 * Without a council (a problem, or signing in) the header names only who is signed in, if anyone.
 */
export function layout(
  title: string,
  council: Council | null,
  viewer: Viewer | null,
  body: Html,
  current: string | null = null,
  period?: string,
): Html {
  const nav =
    council && viewer
      ? html`<nav>${siteNav(viewer, linksFor(council.la, period).to, current)}</nav>`
      : viewer
        ? html`<nav>${signedInAs(viewer)}</nav>`
        : "";
  return html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Outturn</title><style>${trusted(STYLE)}</style></head>
<body>
<header><h1>Outturn</h1>${council ? html`<span class="council">${council.name}</span>` : ""}${nav}</header>
${council?.demo ? html`<div class="demo" role="note">${council.name} is a demonstration council. Its children, staff, routes and figures are invented, though modelled on a real council's published figures.</div>` : ""}
<main>${body}</main>
</body></html>`;
}
