/**
 * The committee report on the real server over Demoshire: an officer edits the narrative, downloads
 * the Word document and finds the new text, the live forecast total and every section heading in
 * order; the downloads are the published paper, suppressed for members whoever asks; a bad field is
 * refused naming it and changes nothing; members cannot edit. Chromium draws the charts and the PDF.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { latestPeriodWithActuals } from "../../src/domain/budget/ledger.js";
import { formatPounds } from "../../src/domain/money/money.js";
import type { CommitteeReport } from "../../src/domain/scrutiny/model.js";
import { NARRATIVE } from "../../src/report/committee/model.js";
import { councilForecast } from "../../src/report/demand/council-links.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { pdfPages } from "../support/pdf-text.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const REF = "CR-24-11";
const EDIT = `/committee-reports/${REF}/edit`;
const SUPPRESSION_NOTE = "are not shown ([c])";
let store: Store;
let app: FastifyInstance;
let officer: SignedIn;
let member: SignedIn;
let forecastTotal: string;

/** LibreOffice, where the machine has it; CI does not install it. */
function soffice(): string | null {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      execFileSync("which", [name], { stdio: "ignore" });
      return name;
    } catch {}
  }
  return null;
}
const LIBREOFFICE = soffice();

const form = (url: string, fields: Record<string, string>) => ({
  method: "POST" as const,
  url,
  headers: { "content-type": "application/x-www-form-urlencoded" },
  payload: new URLSearchParams(fields).toString(),
});
const saved = async () => (await store.council("DEMO").rows("committee-reports")).find((r) => r.ref === REF);
const asFields = (row: CommitteeReport) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]));

/** document.xml's paragraphs as text, each with its style (e.g. "Heading1") and whether Word numbers it. */
async function wordParagraphs(docx: Buffer) {
  const xml = (await (await JSZip.loadAsync(docx)).file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? "",
    numbered: p.includes("<w:numPr>"),
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&"),
  }));
}

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  app = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z") });
  officer = await signedIn(app, store, "analyst");
  member = await signedIn(app, store, "member");
  const registers = await store.council("DEMO").registers();
  const period = latestPeriodWithActuals(registers.actuals);
  if (!period) throw new Error("Demoshire has no actuals");
  const outturn = await councilForecast(store.council("DEMO"), registers, period);
  forecastTotal = formatPounds(outturn.total.forecast, { wholePounds: true });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe("the committee report", () => {
  it("lists Demoshire's report and drafts it with the live forecast, as the viewer reads it", async () => {
    const list = await member.inject("/committee-reports");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`data-ref="${REF}"`);
    expect(list.body).not.toContain('action="/committee-reports"');
    const draft = await officer.inject(`/committee-reports/${REF}`);
    expect(draft.statusCode).toBe(200);
    expect(draft.body).toContain(forecastTotal);
    expect(draft.body).not.toContain(SUPPRESSION_NOTE);
    expect((await member.inject(`/committee-reports/${REF}`)).body).toContain(SUPPRESSION_NOTE);
  });

  it("lets an officer edit the purpose, audited under their name, and downloads it in Word", async () => {
    const before = await saved();
    if (!before) throw new Error(`Demoshire has no ${REF}`);
    const edit = await officer.inject(`/committee-reports/${REF}/edit`);
    expect(edit.body).toContain('name="_csrf"');
    const purpose = "This report asks the committee to note the executive's response, edited for the test.";
    const posted = await officer.inject(form(EDIT, { ...asFields(before), purpose }));
    expect(posted.statusCode).toBe(303);
    expect((await saved())?.purpose).toBe(purpose);
    const audit = await store.council("DEMO").audit();
    expect(
      audit.some((a) => a.field === "purpose" && a.by === officer.username && a.newValue === purpose),
    ).toBe(true);

    const docx = await officer.inject(`/committee-reports/${REF}.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
    const paragraphs = await wordParagraphs(docx.rawPayload);
    const text = paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain(purpose);
    expect(text).toContain(forecastTotal);
    // The paper is public: an officer's download is suppressed as a member's is.
    expect(text).toContain(SUPPRESSION_NOTE);
    const headings = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings).toEqual(NARRATIVE.map((n) => n.title));
    // Word numbers the alternative options, key considerations and the rest (the seed's 1., 2., …).
    const options = paragraphs.find((p) => p.text.startsWith("The committee could choose not to note"));
    expect(options?.numbered).toBe(true);
    expect(text).not.toMatch(/\n1\. The committee could choose/);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/")).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(await zip.file("word/header1.xml")?.async("string")).toContain("Classification: Open");
    expect(await zip.file("word/footer1.xml")?.async("string")).toContain("NUMPAGES");
  }, 180_000);

  it("prints the same report to PDF with its headings and the forecast total", async () => {
    const pdf = await member.inject(`/committee-reports/${REF}.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfPages(pdf.rawPayload).flat().join("\n");
    for (const n of NARRATIVE) expect(text).toContain(n.title);
    expect(text).toContain(forecastTotal);
  }, 180_000);

  it("refuses a bad meeting date, naming the field, value and rule, and saves nothing", async () => {
    const before = await saved();
    if (!before) throw new Error(`Demoshire has no ${REF}`);
    const response = await officer.inject(
      form(EDIT, { ...asFields(before), meeting: "31/02/2024", purpose: "Not saved" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/data-error="meeting">Meeting: "31\/02\/2024" [^<]*date/);
    expect(await saved()).toEqual(before);
  });

  it("starts a new report from an existing one, and keeps members from editing", async () => {
    const started = await officer.inject(form("/committee-reports", { ref: "CR-25-01", from: REF }));
    expect(started.statusCode).toBe(303);
    expect(started.headers.location).toBe("/committee-reports/CR-25-01/edit");
    const copy = (await store.council("DEMO").rows("committee-reports")).find((r) => r.ref === "CR-25-01");
    expect(copy?.title).toBe((await saved())?.title);
    const again = await officer.inject(form("/committee-reports", { ref: "CR-25-01", from: "" }));
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("already a committee report");
    expect((await member.inject(`/committee-reports/${REF}/edit`)).statusCode).toBe(403);
    const before = await saved();
    const refused = await member.inject(
      form(EDIT, { ...asFields(before as CommitteeReport), purpose: "Member edit" }),
    );
    expect(refused.statusCode).toBe(403);
    expect(await saved()).toEqual(before);
  });

  it.skipIf(LIBREOFFICE === null)(
    "opens in LibreOffice, which prints it to PDF and reads in it the forecast total and the headings (skipped: LibreOffice is not installed here)",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "outturn-docx-"));
      try {
        const docx = await member.inject(`/committee-reports/${REF}.docx`);
        await writeFile(join(dir, "report.docx"), docx.rawPayload);
        const convert = (to: string) =>
          execFileSync(LIBREOFFICE as string, [
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            dir,
            join(dir, "report.docx"),
          ]);
        convert("pdf");
        expect((await readFile(join(dir, "report.pdf"))).subarray(0, 5).toString()).toBe("%PDF-");
        convert("txt:Text");
        const text = await readFile(join(dir, "report.txt"), "utf8");
        expect(text).toContain(forecastTotal);
        for (const heading of ["Purpose", "Key considerations", "Legal implications", "Appendices"])
          expect(text).toContain(heading);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
