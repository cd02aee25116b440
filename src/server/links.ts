/** Links between the pages that keep the council and period, and the navigation every page shares. */
import type { DrillTarget } from "../report/monthly/model.js";
import { type Html, html } from "./html.js";

/** The site's pages, in the order the navigation shows them. */
export const SITE_PAGES = [
  { path: "/", label: "Forecast outturn" },
  { path: "/report", label: "Monthly report" },
  { path: "/savings", label: "Savings" },
  { path: "/mtfp", label: "MTFP" },
  { path: "/measures", label: "Measures" },
  { path: "/demand", label: "Demand" },
  { path: "/transport", label: "Transport" },
] as const;

export function linksFor(la: string, period?: string) {
  const query = new URLSearchParams({ la, ...(period ? { period } : {}) }).toString();
  const to = (path: string) => `${path}?${query}`;
  const link = (target: DrillTarget) => {
    if (target.kind === "line") return to(`/lines/${encodeURIComponent(target.costCentre)}`);
    if (target.kind === "saving") return to(`/savings/${encodeURIComponent(target.ref)}`);
    if (target.kind === "measure") return to(`/measures/${encodeURIComponent(target.id)}`);
    return to(`/areas/${encodeURIComponent(target.serviceArea)}`);
  };
  return { to, link };
}

/** The transport pages' links: a scenario's page and what follows it, such as "/solve" or "/routes.xlsx". */
export function transportLinks(la: string) {
  const { to } = linksFor(la);
  const scenario = (name: string, tail = "") => to(`/transport/scenarios/${encodeURIComponent(name)}${tail}`);
  return { to, scenario };
}
export type TransportLinks = ReturnType<typeof transportLinks>;

/** The site's pages, then any downloads; `current` is shown as plain text. */
export function siteNav(to: (path: string) => string, current: string | null, downloads: Html[] = []): Html {
  return html`${SITE_PAGES.map((p) =>
    p.path === current ? html`<strong>${p.label}</strong>` : html`<a href="${to(p.path)}">${p.label}</a>`,
  )}${downloads}`;
}

/** The links to download a page as PDF and Excel; `page` is its path without the extension, e.g. "/savings". */
export function pdfAndExcel(to: (path: string) => string, page: string): Html[] {
  return [
    html`<a href="${to(`${page}.pdf`)}">Download PDF</a>`,
    html`<a href="${to(`${page}.xlsx`)}">Download Excel</a>`,
  ];
}
