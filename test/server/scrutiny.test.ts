/**
 * Scrutiny over the real server and SQLite store, on Demoshire at 1 November 2024: a member reads
 * the tracker with the overdue response and action flagged in words, and an item's live figures
 * suppressed, with no form anywhere; an officer adds a question and a recommendation, records the
 * executive's response (its overdue flag goes), adds an action and links a saving, each in the audit
 * trail under the officer's username; a bad date is refused naming the field, value and rule, and a
 * post without the CSRF token is refused; neither changes anything. The monthly report carries the
 * tracker and the overdue items in sentences.
 */
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

let store: Store;
let app: FastifyInstance;
let member: SignedIn;
let officer: SignedIn;

const form = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: "POST" as const,
  url,
  headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
  payload: new URLSearchParams(fields).toString(),
});
const rows = <
  R extends "scrutiny-questions" | "scrutiny-recommendations" | "scrutiny-actions" | "scrutiny-links",
>(
  register: R,
) => store.council("DEMO").rows(register);
/** The tracker's row of a recommendation, as HTML. */
const trackerRow = (body: string, ref: string) =>
  new RegExp(`<tr[^>]*>(?:(?!</tr>).)*?>${ref}</a>.*?</tr>`, "s").exec(body)?.[0] ?? "";

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "test", source: "test", at: "2024-11-01T09:00:00Z" });
  app = await buildServer({ store, clock: () => new Date("2024-11-01T09:00:00Z") });
  member = await signedIn(app, store, "member", "DEMO");
  officer = await signedIn(app, store, "analyst", "DEMO");
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe("what a member sees", () => {
  it("shows the summary, the tracker with the overdue response and action flagged in words, and no form", async () => {
    const page = await member.inject("/scrutiny");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("The committee&#39;s picture on 1 November 2024");
    const f = trackerRow(page.body, "REC-24-f");
    expect(f).toContain('data-flag="OVERDUE"');
    expect(f).toContain("Response overdue by 46 days");
    expect(f).toContain("Awaiting response");
    const e = trackerRow(page.body, "REC-24-e");
    expect(e).toContain("1 action overdue");
    expect(trackerRow(page.body, "REC-24-d")).not.toContain("OVERDUE");
    expect(page.body).toContain(
      "REC-24-f: Cabinet&#39;s response to the recommendation made on 16 July 2024 was due on 16 September 2024 and is 46 days overdue.",
    );
    expect(page.body).not.toContain('method="post" action="/scrutiny');
    expect(page.body).not.toContain("data-form=");
  });

  it("shows an item's linked figures suppressed for a member, and in full for an officer", async () => {
    const asMember = await member.inject("/scrutiny/REC-24-c");
    expect(asMember.statusCode).toBe(200);
    expect(asMember.body).toContain("Counts of children from 1 to 4 are not shown");
    expect(asMember.body).toContain(`<table data-table="Measures it concerns">`);
    expect(asMember.body).toContain(`<table data-table="Savings it concerns 2024-25">`);
    expect(asMember.body).toContain(`<table data-table="Budget lines it concerns">`);
    expect(asMember.body).toMatch(/<a href="\/savings\/S1\?la=DEMO&amp;period=2024-25%3AP7">S1<\/a>/);
    expect(asMember.body).toMatch(/<a href="\/lines\/LAC-RES\?la=DEMO&amp;period=2024-25%3AP7">/);
    expect(asMember.body).not.toContain("data-form=");
    // The linked measure reads exactly as on the member's own measures page.
    const measureRow = (body: string, id: string) =>
      new RegExp(`<tr[^>]*><td[^>]*><a href="/measures/${id}[^"]*">.*?</tr>`, "s")
        .exec(body)?.[0]
        .replace(/ data-row="[^"]*"/, "");
    const question = await member.inject("/scrutiny/Q-24-01");
    const measures = await member.inject("/measures");
    expect(measureRow(question.body, "stability-3-plus")).toBeDefined();
    expect(measureRow(question.body, "stability-3-plus")).toBe(measureRow(measures.body, "stability-3-plus"));
    const asOfficer = await officer.inject("/scrutiny/REC-24-c");
    expect(asOfficer.body).toContain("Officer view: small numbers are shown.");
    expect(asOfficer.body).toContain('data-form="response"');
  });

  it("refuses a member's post, and an unknown item or filter with a clear message", async () => {
    const post = await member.inject(form("/scrutiny/REC-24-f/rag", { rag: "red" }));
    expect(post.statusCode).toBe(403);
    const unknown = await member.inject("/scrutiny/NOPE");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("No question, recommendation or work programme item &quot;NOPE&quot;");
    const status = await member.inject("/scrutiny?status=late");
    expect(status.statusCode).toBe(400);
    expect(status.body).toContain("&quot;late&quot; is not");
  });

  it("filters to what is overdue", async () => {
    const page = await member.inject("/scrutiny?status=overdue");
    expect(page.statusCode).toBe(200);
    expect(trackerRow(page.body, "REC-24-f")).toContain("OVERDUE");
    expect(trackerRow(page.body, "REC-24-e")).toContain("OVERDUE");
    expect(trackerRow(page.body, "REC-24-a")).toBe("");
  });
});

describe("what an officer does", () => {
  it("adds a question, in the audit trail under the officer's username", async () => {
    const response = await officer.inject(
      form("/scrutiny/questions", {
        ref: "Q-24-07",
        committee: "Children and Young People Scrutiny Committee",
        meeting: "2024-11-19",
        agendaItem: "Agenda item 5 - SEND transport",
        question: "How many pupils could use a pick-up point?",
        askedBy: "Cllr R Stanton",
        askedOn: "2024-11-01",
        officer: "Transport Commissioning Manager",
        due: "",
      }),
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/scrutiny/Q-24-07?la=DEMO");
    expect((await rows("scrutiny-questions")).find((q) => q.ref === "Q-24-07")?.askedBy).toBe(
      "Cllr R Stanton",
    );
    const audit = (await store.council("DEMO").audit()).filter(
      (a) => a.register === "scrutiny-questions" && a.key === "Q-24-07",
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((a) => a.by === officer.username)).toBe(true);
  });

  it("refuses a bad date naming the field, value and rule, and changes nothing", async () => {
    const before = await rows("scrutiny-questions");
    const response = await officer.inject(
      form("/scrutiny/questions", {
        ref: "Q-24-08",
        committee: "Children and Young People Scrutiny Committee",
        meeting: "2024-11-19",
        agendaItem: "Agenda item 5",
        question: "Why?",
        askedBy: "Cllr A",
        askedOn: "2024-13-45",
        officer: "Officer",
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(
      /<span class="error" role="alert" data-error="askedOn">Asked on "2024-13-45": must be a/,
    );
    expect(response.body).toContain('value="Cllr A"');
    expect(await rows("scrutiny-questions")).toEqual(before);
  });

  it("refuses a post without the CSRF token and changes nothing", async () => {
    const before = await rows("scrutiny-recommendations");
    const response = await officer.inject(
      form("/scrutiny/REC-24-f/rag", { rag: "red" }, { "x-csrf-token": "" }),
    );
    expect(response.statusCode).toBe(403);
    expect(await rows("scrutiny-recommendations")).toEqual(before);
  });

  it("adds a recommendation, records the executive's response and the overdue flag goes", async () => {
    const added = await officer.inject(
      form("/scrutiny/recommendations", {
        ref: "REC-24-h",
        committee: "Children and Young People Scrutiny Committee",
        madeOn: "2024-10-22",
        text: "Report the agency conversions monthly.",
        to: "Cabinet",
        responseDue: "",
      }),
    );
    expect(added.statusCode).toBe(303);
    const h = trackerRow((await officer.inject("/scrutiny")).body, "REC-24-h");
    expect(h).toContain("22 December 2024");
    expect(h).not.toContain("OVERDUE");

    const early = await officer.inject(
      form("/scrutiny/REC-24-f/response", {
        status: "accepted",
        response: "Accepted.",
        respondedOn: "2024-07-01",
      }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain(
      'data-error="respondedOn">Responded on "2024-07-01": must be on or after Made on',
    );

    const responded = await officer.inject(
      form("/scrutiny/REC-24-f/response", {
        status: "accepted",
        response: "Accepted. The committee's review will start in January.",
        respondedOn: "2024-10-30",
      }),
    );
    expect(responded.statusCode).toBe(303);
    const f = trackerRow((await officer.inject("/scrutiny")).body, "REC-24-f");
    expect(f).toContain("Accepted");
    expect(f).not.toContain("OVERDUE");
    const audit = (await store.council("DEMO").audit()).filter(
      (a) => a.register === "scrutiny-recommendations" && a.key === "REC-24-f" && a.field === "status",
    );
    expect(audit.at(-1)).toMatchObject({ by: officer.username, oldValue: "awaiting", newValue: "accepted" });
  });

  it("adds an action and a link to a saving, whose figures then show on the item", async () => {
    const action = await officer.inject(
      form("/scrutiny/REC-24-f/actions", {
        ref: "ACT-24-09",
        action: "Scope the data review",
        owner: "Head of Performance and Intelligence",
        due: "2024-10-15",
      }),
    );
    expect(action.statusCode).toBe(303);
    expect((await rows("scrutiny-actions")).find((a) => a.ref === "ACT-24-09")?.recommendation).toBe(
      "REC-24-f",
    );
    const page = await officer.inject("/scrutiny/REC-24-f");
    expect(page.body).toMatch(/data-flag="OVERDUE"[^>]*>.*?ACT-24-09.*?Overdue by 17 days/s);

    const done = await officer.inject(
      form("/scrutiny/REC-24-f/progress", {
        actionRef: "ACT-24-09",
        progress: "Scoped.",
        doneOn: "2024-10-31",
      }),
    );
    expect(done.statusCode).toBe(303);
    expect((await rows("scrutiny-actions")).find((a) => a.ref === "ACT-24-09")?.doneOn).toBe("2024-10-31");

    const link = await officer.inject(
      form("/scrutiny/REC-24-f/links", { kind: "saving", target: "S3", note: "" }),
    );
    expect(link.statusCode).toBe(303);
    const linked = await officer.inject("/scrutiny/REC-24-f");
    expect(linked.body).toMatch(/<a href="\/savings\/S3\?la=DEMO&amp;period=2024-25%3AP7">S3<\/a>/);
    const unknown = await officer.inject(form("/scrutiny/REC-24-f/links", { kind: "saving", target: "S99" }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('data-error="target">Target "S99": must be a Ref in the savings register');
    const removed = await officer.inject(
      form("/scrutiny/REC-24-f/links/remove", { kind: "saving", target: "S3" }),
    );
    expect(removed.statusCode).toBe(303);
    expect((await rows("scrutiny-links")).some((l) => l.item === "REC-24-f" && l.target === "S3")).toBe(
      false,
    );
  });
});

describe("the monthly report", () => {
  it("has the scrutiny recommendations section with the tracker and the overdue items in sentences", async () => {
    const page = await member.inject("/report");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<section id="scrutiny"><h2>Scrutiny recommendations</h2>`);
    expect(page.body).toContain(`<table data-table="Recommendations tracker">`);
    expect(page.body).toMatch(
      /class="note alert">ACT-24-08 \(on REC-24-e, owner Head of Performance and Intelligence\)/,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await member.inject("/report.xlsx")).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Recommendations tracker");
    const values = (sheet?.getSheetValues() ?? []).flat().map(String);
    expect(values).toContain("REC-24-e");
    expect(values).toContain("1 action overdue");
  });
});
