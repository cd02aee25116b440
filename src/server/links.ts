/** Links between the pages that keep the council and period, and the navigation every page shares. */
import { can, type Permission, ROLE_LABELS } from "../domain/access/roles.js";
import type { DrillTarget } from "../report/monthly/model.js";
import { csrfField, type Viewer } from "./access.js";
import { type Html, html } from "./html.js";

/** The site's pages, in the order the navigation shows them, each to those who may read it. */
export const SITE_PAGES: readonly { path: string; label: string; allow: Permission }[] = [
  { path: "/", label: "Forecast outturn", allow: "read" },
  { path: "/report", label: "Monthly report", allow: "read" },
  { path: "/savings", label: "Savings", allow: "read" },
  { path: "/mtfp", label: "MTFP", allow: "read" },
  { path: "/measures", label: "Measures", allow: "read" },
  { path: "/demand", label: "Demand", allow: "read" },
  { path: "/transport", label: "Transport", allow: "read" },
  { path: "/scrutiny", label: "Scrutiny", allow: "read" },
  { path: "/audit", label: "Audit", allow: "read-audit" },
];

export function linksFor(la: string, period?: string) {
  const query = new URLSearchParams({ la, ...(period ? { period } : {}) }).toString();
  const to = (path: string) => `${path}?${query}`;
  const link = (target: DrillTarget) => {
    if (target.kind === "line") return to(`/lines/${encodeURIComponent(target.costCentre)}`);
    if (target.kind === "saving") return to(`/savings/${encodeURIComponent(target.ref)}`);
    if (target.kind === "measure") return to(`/measures/${encodeURIComponent(target.id)}`);
    if (target.kind === "scrutiny") return to(`/scrutiny/${encodeURIComponent(target.ref)}`);
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

/** Who is signed in, in what role; their account, the users page for an administrator, and Sign out. */
export function signedInAs(viewer: Viewer): Html {
  const users = can(viewer.role, "manage-users") ? html`<a href="/users">Users</a>` : "";
  return html`<span class="viewer" data-viewer="${viewer.username}">${viewer.name} · ${ROLE_LABELS[viewer.role]}</span><a href="/account">Account</a>${users}<form class="sign-out" method="post" action="/sign-out" style="display:inline;margin:0">${csrfField(viewer)}<button type="submit">Sign out</button></form>`;
}

/** The site's pages, then any downloads (`current` shown as plain text), then who is signed in. */
export function siteNav(
  viewer: Viewer,
  to: (path: string) => string,
  current: string | null,
  downloads: Html[] = [],
): Html {
  const pages = SITE_PAGES.filter((p) => can(viewer.role, p.allow));
  return html`${pages.map((p) =>
    p.path === current ? html`<strong>${p.label}</strong>` : html`<a href="${to(p.path)}">${p.label}</a>`,
  )}${downloads}${signedInAs(viewer)}`;
}

/** The links to download a page as PDF and Excel; `page` is its path without the extension, e.g. "/savings". */
export function pdfAndExcel(to: (path: string) => string, page: string): Html[] {
  return [
    html`<a href="${to(`${page}.pdf`)}">Download PDF</a>`,
    html`<a href="${to(`${page}.xlsx`)}">Download Excel</a>`,
  ];
}
