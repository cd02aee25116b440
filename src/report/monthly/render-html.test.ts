/**
 * The HTML renderer: whatever a register or council name holds is shown as text, never run as
 * markup; money is formatted from pence; drill-down links appear only where the caller gives them.
 */
import { describe, expect, it } from "vitest";
import { html } from "../../server/html.js";
import type { ReportDocument } from "./model.js";
import { reportHtml } from "./render-html.js";

const hostile = `<script>alert("x")</script>`;
const doc: ReportDocument = {
  title: `Report & <b>more</b>`,
  council: { la: "X", name: hostile, region: "R", demo: true },
  period: "2024-25:P7",
  asAt: "2024-10-31",
  sections: [
    {
      id: "s",
      title: `Section "one"`,
      intro: `Provider <img src=x onerror=alert(1)>`,
      blocks: [
        {
          type: "table",
          title: "Lines",
          columns: [
            { key: "label", label: "Line", type: "text" },
            { key: "budget", label: "Budget", type: "money" },
            { key: "variance", label: "Variance", type: "money", overspend: true },
            { key: "share", label: "Share", type: "percent" },
          ],
          rows: [
            {
              values: {
                label: `"><a href="javascript:x">`,
                budget: 123_456_78,
                variance: -5_00,
                share: 0.0205,
              },
              drill: { kind: "line", costCentre: "CC/1" },
            },
          ],
          total: { values: { label: "Total", budget: 123_456_78, variance: 1_00 } },
        },
        {
          type: "chart",
          title: "A chart",
          option: {
            xAxis: { type: "category", data: ["a"] },
            yAxis: {},
            series: [{ type: "bar", data: [1] }],
          },
          height: 200,
        },
      ],
    },
  ],
};

describe("reportHtml", () => {
  const page = reportHtml(doc);

  it("escapes every value that comes from data", () => {
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain(`<a href="javascript`);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page).toContain("Report &amp; &lt;b&gt;more&lt;/b&gt;");
  });

  it("keeps its own CSS intact, so the print layout applies", () => {
    expect(page).toContain(`font-family:"DejaVu Sans"`);
    expect(page).toContain("@page{size:A4 landscape");
  });

  it("formats money from pence and marks overspends, with the pence kept for machines", () => {
    expect(page).toContain(`data-column="budget" data-pence="12345678">£123,457</td>`);
    expect(page).toMatch(/class="money under" data-column="variance" data-pence="-500">-£5</);
    expect(page).toMatch(/<tr class="total" data-row="total">.*£1<\/td>/s);
    expect(page).toContain(">2.1%</td>");
    expect(page).toContain("<svg");
    expect(page).toContain("demonstration council");
  });

  it("links drill-down rows only when given where they lead", () => {
    expect(page).not.toContain("<a href");
    const linked = reportHtml(doc, {
      link: (t) => (t.kind === "line" ? `/lines/${encodeURIComponent(t.costCentre)}?a=1&b=2` : "/"),
      nav: html`<a href="/">Back</a>`,
    });
    expect(linked).toContain(
      `<a href="/lines/CC%2F1?a=1&amp;b=2">&quot;&gt;&lt;a href=&quot;javascript:x&quot;&gt;</a>`,
    );
    expect(linked).toContain(`<nav><a href="/">Back</a></nav>`);
  });
});
