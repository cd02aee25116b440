/**
 * One run's routes drawn as SVG, with no map tiles: the places projected from grid metres at one
 * scale on both axes, north up; each route a line depot → stops → depot in its own colour, dashed by
 * vehicle type, with a hover title; schools as squares, homes as dots, depots as triangles; a legend
 * and a scale bar in miles. Each route carries its number (data-route), so a page can show one alone.
 * Officers only: it shows where pupils live, so no member output has it.
 */
import { formatPounds } from "../../domain/money/money.js";
import { METRES_PER_MILE } from "../../domain/routing/travel.js";
import type { RunPlan } from "../../domain/transport/scenarios/model.js";
import { escapeHtml } from "../../server/html.js";

export interface RouteMapOptions {
  width?: number;
  height?: number;
  /** A heading drawn above the map (and its accessible name). */
  title?: string;
}

/** Route colours, in turn; a route's number in its title tells two of the same colour apart. */
const PALETTE = [
  "#1d4e89",
  "#d1495b",
  "#2a7f62",
  "#edae49",
  "#5b3f8c",
  "#00798c",
  "#8a5a00",
  "#e36397",
  "#3d9970",
  "#b3261e",
  "#6b7a8f",
  "#66a182",
];
/** Vehicle types' dash patterns, in the order the types first appear. */
const DASHES = ["", "9 4", "2 4", "12 4 2 4", "6 6"];
const MILES = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500];
const MARGIN = 20;
const LINE = 20;
const INK = "#333";

const n = (x: number) => String(Math.round(x * 10) / 10);
const dashOf = (i: number) => {
  const dash = DASHES[i % DASHES.length] as string;
  return dash ? ` stroke-dasharray="${dash}"` : "";
};
const square = (x: number, y: number, cls: string) =>
  `<rect class="${cls}" x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" fill="#fff" stroke="${INK}" stroke-width="2"`;
const dot = (x: number, y: number, cls: string) =>
  `<circle class="${cls}" cx="${n(x)}" cy="${n(y)}" r="2.5" fill="${INK}"`;
const triangle = (x: number, y: number, cls: string) =>
  `<polygon class="${cls}" points="${n(x)},${n(y - 6)} ${n(x + 6)},${n(y + 5)} ${n(x - 6)},${n(y + 5)}" fill="${INK}"`;

/** Legend entries (a mark and its label) flowed into lines across the width; y is 0 on the first line. */
function legendRows(
  entries: readonly { mark: (x: number, y: number) => string; label: string }[],
  width: number,
) {
  const placed: string[] = [];
  let x = MARGIN;
  let line = 0;
  for (const e of entries) {
    const w = 30 + e.label.length * 7 + 16;
    if (x + w > width - MARGIN && x > MARGIN) {
      x = MARGIN;
      line += 1;
    }
    placed.push(
      `${e.mark(x + 10, line * LINE)}<text x="${x + 26}" y="${line * LINE + 4}">${escapeHtml(e.label)}</text>`,
    );
    x += w;
  }
  return { svg: placed, lines: line + 1 };
}

/** The largest round number of miles no longer than a quarter of the map. */
function scaleBar(pixelsPerMetre: number, width: number): { miles: number; pixels: number } {
  const perMile = pixelsPerMetre * METRES_PER_MILE;
  const miles = [...MILES].reverse().find((m) => m * perMile <= width / 4) ?? (MILES[0] as number);
  return { miles, pixels: miles * perMile };
}

export function routeMapSvg(plan: RunPlan, options: RouteMapOptions = {}): string {
  const width = options.width ?? 800;
  const height = options.height ?? 600;
  const types = [...new Set(plan.routes.map((r) => r.vehicleType))];
  const legend = legendRows(
    [
      ...types.map((t, i) => ({
        mark: (x: number, y: number) =>
          `<line x1="${x - 10}" y1="${y}" x2="${x + 10}" y2="${y}" stroke="${INK}" stroke-width="2"${dashOf(i)}/>`,
        label: t,
      })),
      { mark: (x: number, y: number) => `${square(x, y, "key")}/>`, label: "school" },
      { mark: (x: number, y: number) => `${dot(x, y, "key")}/>`, label: "home" },
      { mark: (x: number, y: number) => `${triangle(x, y, "key")}/>`, label: "depot" },
    ],
    width,
  );
  const top = MARGIN + (options.title ? 24 : 0);
  const legendTop = height - MARGIN - legend.lines * LINE + 8;
  const bottom = legendTop - LINE * 2;

  const xs = plan.locations.map((l) => l.x);
  const ys = plan.locations.map((l) => l.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = (a: number, b: number) => Math.max(b - a, 1000);
  const scale = Math.min((width - 2 * MARGIN) / span(minX, maxX), (bottom - top) / span(minY, maxY));
  const left = (width - (maxX - minX) * scale) / 2;
  const upper = top + (bottom - top - (maxY - minY) * scale) / 2;
  const at = (i: number) => {
    const l = plan.locations[i];
    return l ? { x: left + (l.x - minX) * scale, y: upper + (maxY - l.y) * scale } : { x: 0, y: 0 };
  };

  const routes = plan.routes.map((route, r) => {
    const depot = plan.locations.findIndex(
      (l) => l.kind === "depot" && l.ref.split(", ").includes(route.vehicleType),
    );
    const path = [depot, ...route.stops.map((s) => s.location), depot].filter((i) => i >= 0);
    const pupils = new Set(route.stops.map((s) => s.request)).size;
    const name = `Route ${r + 1}: ${route.vehicleType}, ${pupils} pupil${pupils === 1 ? "" : "s"}, ${formatPounds(plan.routeCosts[r] ?? 0)}`;
    const points = path.map((i) => `${n(at(i).x)},${n(at(i).y)}`).join(" ");
    const colour = PALETTE[r % PALETTE.length] as string;
    return `<polyline class="route" data-route="${r + 1}" points="${points}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"${dashOf(types.indexOf(route.vehicleType))}><title>${escapeHtml(name)}</title></polyline>`;
  });

  const homes = plan.locations.flatMap((l, i) =>
    l.kind === "home" ? [`${dot(at(i).x, at(i).y, "home")}/>`] : [],
  );
  const marks = plan.locations.flatMap((l, i) => {
    const { x, y } = at(i);
    if (l.kind === "school")
      return [`${square(x, y, "school")}><title>${escapeHtml(`School ${l.ref}`)}</title></rect>`];
    if (l.kind === "depot")
      return [`${triangle(x, y, "depot")}><title>${escapeHtml(`Depot: ${l.ref}`)}</title></polygon>`];
    return [];
  });

  const bar = scaleBar(scale, width);
  const barLabel = `${bar.miles} mile${bar.miles === 1 ? "" : "s"}`;
  const barY = bottom + LINE;
  const name = options.title ?? `Routes of the ${plan.run} run`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(name)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12" fill="${INK}">`,
    `<rect width="${width}" height="${height}" fill="#fbfbf8"/>`,
    options.title
      ? `<text x="${MARGIN}" y="${MARGIN + 6}" font-size="15" font-weight="bold">${escapeHtml(options.title)}</text>`
      : "",
    ...routes,
    ...homes,
    ...marks,
    `<g class="scale-bar"><line x1="${MARGIN}" y1="${barY}" x2="${n(MARGIN + bar.pixels)}" y2="${barY}" stroke="${INK}" stroke-width="3"/><text x="${n(MARGIN + bar.pixels + 8)}" y="${barY + 4}">${barLabel}</text></g>`,
    `<g class="legend" transform="translate(0 ${legendTop})">${legend.svg.join("")}</g>`,
    "</svg>",
  ].join("\n");
}
