/**
 * What the cross-council proof (tenancy.test.ts) tries: Marchford's own rows with identifiers
 * Demoshire does not have, each council's identifiers as route parameters, every route of the route
 * table filled in with the other council's `la` and identifiers, and what must never show: the other
 * council's identifying values. A council's footprint is everything it holds, to compare after.
 */
import type { InjectOptions } from "fastify";
import {
  keyOf,
  REGISTER_FIELD,
  REGISTER_NAMES,
  type RegisterName,
  type RegisterRows,
} from "../../src/domain/registers.js";
import { escapeHtml } from "../../src/server/html.js";
import type { RouteEntry } from "../../src/server/sign-in/guard.js";
import { registerTable } from "../../src/store/register-tables.js";
import { actual, budgetLine, SAMPLE } from "../../src/store/sample-rows.js";
import type { Store } from "../../src/store/store.js";

/** Marchford's rows beside its transport book; no identifier says "Marchford", as a request echoes it. */
export const MARCHFORD_ROWS: { [R in RegisterName]?: RegisterRows[R][] } = {
  "budget-lines": [
    budgetLine(1, {
      costCentre: "MFD-SBH",
      name: "Marchford short breaks homes",
      serviceArea: "Clunford early help",
    }),
  ],
  actuals: [actual(1, { costCentre: "MFD-SBH" })],
  savings: [{ ...SAMPLE.savings(1), ref: "MFD-S9", name: "Marchford shared lives saving" }],
  "demand-scenarios": [{ ...SAMPLE["demand-scenarios"](1), scenario: "Clunford step-downs" }],
  "transport-scenarios": [{ ...SAMPLE["transport-scenarios"](1), scenario: "Clunford taxi review" }],
  "scrutiny-questions": [
    { ...SAMPLE["scrutiny-questions"](1), ref: "MFD-Q-01", question: "Why do Marchford taxis cost more?" },
  ],
  "scrutiny-recommendations": [{ ...SAMPLE["scrutiny-recommendations"](1), ref: "MFD-REC-a" }],
  "work-programme": [{ ...SAMPLE["work-programme"](1), ref: "MFD-WP-01" }],
  "committee-reports": [
    { ...SAMPLE["committee-reports"](1), ref: "MFD-CR-01", title: "Marchford transport task group" },
  ],
};

/** A change of one figure of a row, as PATCH sends it, found by the row's key. */
export interface Change {
  key: string;
  field: string;
  value: unknown;
}

/** A council's identifiers, as route parameters take them. */
export interface Ids {
  la: string;
  username: string;
  costCentre: string;
  serviceArea: string;
  saving: string;
  scrutiny: string[];
  report: string;
  scenario: string;
  measure: string;
  /** Per register, a figure of a row whose key the other council does not have. */
  changes: Partial<Record<RegisterName, Change>>;
}

/** A row of each register that `other` has no row of the same key for, and a figure of it to change. */
async function changesOf(store: Store, la: string, other: string): Promise<Ids["changes"]> {
  const [ours, theirs] = await Promise.all([store.council(la).registers(), store.council(other).registers()]);
  const entries = REGISTER_NAMES.flatMap((name) => {
    const rows = ours[REGISTER_FIELD[name]] as unknown as Record<string, unknown>[];
    const taken = new Set((theirs[REGISTER_FIELD[name]] as never[]).map((row) => keyOf(name, row)));
    const row = rows.find((r) => !taken.has(keyOf(name, r as never)));
    const table = registerTable(name);
    const field = table.fields.find((f) => !table.key.includes(f.name))?.name;
    return row && field ? [[name, { key: keyOf(name, row as never), field, value: row[field] }]] : [];
  });
  return Object.fromEntries(entries);
}

export async function idsOf(store: Store, la: string, username: string, other: string): Promise<Ids> {
  const r = await store.council(la).registers();
  const scrutiny = [r.scrutinyQuestions[0]?.ref, r.scrutinyRecommendations[0]?.ref, r.workProgramme[0]?.ref];
  return {
    la,
    username,
    costCentre: r.budgetLines[0]?.costCentre ?? "none",
    serviceArea: r.budgetLines[0]?.serviceArea ?? "none",
    saving: r.savings[0]?.ref ?? "none",
    scrutiny: scrutiny.filter((ref): ref is string => ref !== undefined),
    report: r.committeeReports[0]?.ref ?? "none",
    scenario: r.transportScenarios[0]?.scenario ?? "none",
    measure: r.measureSettings[0]?.measure ?? "agency-social-workers",
    changes: await changesOf(store, la, other),
  };
}

/** Every text a council holds, to tell its identifying values from words both councils use. */
async function textsOf(store: Store, la: string): Promise<Set<string>> {
  const registers = await store.council(la).registers();
  const texts = Object.values(registers).flatMap((rows: Record<string, unknown>[]) =>
    rows.flatMap((row) => Object.values(row).filter((v): v is string => typeof v === "string")),
  );
  return new Set(texts);
}

/** What must never show to the other council, and that council's own texts that contain it. */
export interface Secrets {
  values: string[];
  /** The viewer's own texts naming the other council (Demoshire's scenario "With Marchford"), as pages write them. */
  own: string[];
}

/** The council's name and the values of its that name it (schools, providers, lines, savings, ...), not the viewer's. */
export async function identifying(store: Store, la: string, viewer: string): Promise<Secrets> {
  const council = (await store.councils()).find((c) => c.la === la);
  const r = await store.council(la).registers();
  const candidates = [
    ...r.budgetLines.flatMap((l) => [l.costCentre, l.name]),
    ...r.placements.slice(0, 50).flatMap((p) => [p.childRef, p.provider]),
    ...r.htstPupils.map((p) => p.school),
    ...r.htstRoutes.map((route) => route.operator),
    ...r.transportSchools.flatMap((s) => [s.school, s.name]),
    ...r.transportVehicles.flatMap((v) => [v.vehicleType, v.description]),
    ...r.savings.map((s) => s.name),
    ...r.scrutinyQuestions.map((q) => q.question),
    ...r.committeeReports.map((c) => c.title),
  ];
  const theirs = await textsOf(store, viewer);
  const values = [
    ...new Set([council?.name ?? la, ...candidates.filter((v) => v.length >= 6 && !theirs.has(v))]),
  ];
  const naming = [...theirs].filter((text) => values.some((value) => text.includes(value)));
  const own = naming.flatMap((text) => [text, escapeHtml(text), JSON.stringify(text).slice(1, -1)]);
  return { values, own: [...new Set(own)].sort((a, b) => b.length - a.length) };
}

/** The secrets a response shows that the request did not itself send. */
export function shownIn(secrets: Secrets, response: string, sent: string): string[] {
  const shown = secrets.own.reduce((text, own) => text.split(own).join(""), response);
  return secrets.values.filter((value) => shown.includes(value) && !sent.includes(value));
}

/** Everything a council holds, to prove a change aimed at it changed nothing. */
export async function footprint(store: Store, la: string) {
  const council = store.council(la);
  const users = (await store.access().users(la)).map(({ username, role, passwordHash, disabled }) => ({
    username,
    role,
    passwordHash,
    disabled,
  }));
  return {
    registers: await council.registers(),
    audit: await council.audit(),
    snapshots: await council.snapshots(),
    ssda903: await council.ssda903Returns(),
    users,
  };
}

/** Routes that are not about a council's data: signing in and out. */
export const exempt = (route: RouteEntry) => route.allow === "public" || route.url === "/sign-out";

/** The parameters that name a council's rows; `period`, `register` and a measure's `id` are the same words in every council. */
const NAMING = new Set(["la", "key", "ref", "costCentre", "serviceArea", "scenario", "username"]);

const registerIn = (route: RouteEntry) =>
  /\/registers\/([a-z0-9-]+)\//.exec(route.url)?.[1] as RegisterName | undefined;

function fill(route: RouteEntry, ids: Ids, la: string, scrutinyRef: string): string {
  const register = registerIn(route);
  const value: Record<string, string> = {
    la,
    key: (register && ids.changes[register]?.key) ?? "none",
    register: "no-such-register",
    period: "2024-25:P7",
    serviceArea: ids.serviceArea,
    costCentre: ids.costCentre,
    ref: route.url.startsWith("/savings")
      ? ids.saving
      : route.url.startsWith("/scrutiny")
        ? scrutinyRef
        : ids.report,
    id: ids.measure,
    scenario: ids.scenario,
    username: ids.username,
  };
  return route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(value[name] ?? name));
}

function request(route: RouteEntry, url: string, theirs: Ids): InjectOptions {
  const options: InjectOptions = { method: route.method as InjectOptions["method"], url };
  const register = registerIn(route);
  const change = register && theirs.changes[register];
  if (route.method === "PATCH")
    return { ...options, payload: { field: change?.field ?? "name", value: change?.value ?? null } };
  if (route.url.startsWith("/api/")) return { ...options, payload: {} };
  if (route.method !== "POST") return options;
  const form = {
    la: theirs.la,
    ref: theirs.scrutiny[0] ?? theirs.report,
    item: theirs.scrutiny[0] ?? "",
    recommendation: theirs.scrutiny[1] ?? "",
    scenario: theirs.scenario,
    name: theirs.scenario,
    target: theirs.saving,
    username: theirs.username,
  };
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  return { ...options, headers, payload: new URLSearchParams(form).toString() };
}

/**
 * The requests a user holding `ours` makes at the council holding `theirs` on one route: every
 * parameter the other council's; with a `la` in the path, also our `la` with their other parameters
 * (a row only they have); without one, our own parameters with `?la=` theirs.
 */
export function attempts(route: RouteEntry, ours: Ids, theirs: Ids): InjectOptions[] {
  const register = registerIn(route);
  const params = (route.url.match(/:[A-Za-z]+/g) ?? []).map((p) => p.slice(1));
  const naming = params.filter((p) => NAMING.has(p));
  const refs = params.includes("ref") && route.url.startsWith("/scrutiny") ? theirs.scrutiny : [""];
  const urls = naming.length > 0 ? refs.map((ref) => fill(route, theirs, theirs.la, ref)) : [];
  const theirRow = !params.includes("key") || (register && theirs.changes[register]);
  if (params.includes("la")) {
    if (naming.length > 1 && theirRow) urls.push(...refs.map((ref) => fill(route, theirs, ours.la, ref)));
  } else
    urls.push(`${fill(route, ours, ours.la, ours.scrutiny[0] ?? "")}?la=${encodeURIComponent(theirs.la)}`);
  return [...new Set(urls)].map((url) => request(route, url, theirs));
}
