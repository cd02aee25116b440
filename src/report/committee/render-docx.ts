/**
 * The committee report as a Word document (docx): the cover block as seed 002 lays it out, heading
 * styles for the sections, Word's own numbering for the numbered and lettered paragraphs, the live
 * tables and charts under Key considerations, the reviewers' sign-off table, the classification in
 * every page's header and "Page n of m" in the footer. Charts arrive as PNGs from `picture`.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import type { ReportChart } from "../monthly/model.js";
import { asReportDocument, SIGN_OFF_ID } from "./as-report.js";
import { caption, wordChart, wordTable } from "./docx-blocks.js";
import type { CommitteeDocument, CommitteeParagraph, CommitteeSection } from "./model.js";

/** Draws a chart as a PNG (the server's Chromium). */
export type ChartPicture = (chart: ReportChart) => Promise<Buffer>;

const FONT = "Arial";
const NUMBERED = "numbered-paragraphs";
const LETTERED = { ")": "lettered-paren", ".": "lettered-dot" } as const;
const INDENT = { left: 567, hanging: 567 };

const numberingLevel = (reference: string, format: "decimal" | "lowerLetter", text: string) => ({
  reference,
  levels: [
    {
      level: 0,
      format: format === "decimal" ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
      text,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: INDENT } },
    },
  ],
});

function paragraph(section: CommitteeSection, p: CommitteeParagraph, list: number): Paragraph {
  const spacing = { after: 160 };
  const children = [new TextRun(p.text)];
  if (p.label === null)
    return new Paragraph({
      spacing,
      children,
      ...(section.numbering === "none" ? {} : { indent: { left: INDENT.left } }),
    });
  if (section.numbering === "decimal")
    return new Paragraph({ numbering: { reference: NUMBERED, level: 0 }, spacing, children });
  if (section.numbering === "letters")
    return new Paragraph({
      numbering: { reference: LETTERED[section.letterSuffix ?? ")"], level: 0, instance: list },
      spacing,
      children,
    });
  return new Paragraph({ spacing, children });
}

/** A section's heading, paragraphs, tables and charts, then its subsections; `list` restarts its letters. */
function sectionBody(
  section: CommitteeSection,
  level: 1 | 2,
  list: number,
  pictures: Map<ReportChart, Buffer>,
): (Paragraph | Table)[] {
  const heading = new Paragraph({
    text: section.title,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  });
  const blocks = section.blocks.flatMap((b) =>
    b.type === "table" ? wordTable(b) : wordChart(b, pictures.get(b) ?? Buffer.alloc(0)),
  );
  const subsections = section.subsections.flatMap((s) => sectionBody(s, 2, list, pictures));
  return [heading, ...section.paragraphs.map((p) => paragraph(section, p, list)), ...blocks, ...subsections];
}

function cover(doc: CommitteeDocument): Paragraph[] {
  const [title, ...lines] = doc.cover;
  const labelled = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    });
  const block = (label: string, value: string) => [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: label, bold: true })] }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun(value)] }),
  ];
  const firstLines = lines.slice(0, 3).map((l) => labelled(l.label, l.value));
  const blocks = lines.slice(3).flatMap((l) => block(l.label, l.value));
  const demo = doc.council.demo
    ? [
        caption(
          `${doc.council.name} is a demonstration council. Its children, staff, routes and figures are invented.`,
        ),
      ]
    : [];
  const figures = caption(asReportDocument(doc).subtitle ?? "");
  return [
    new Paragraph({ children: [new TextRun({ text: doc.council.name, bold: true, size: 24 })] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [
        new TextRun({ text: `${title?.label ?? "Title of report"}: `, bold: true }),
        new TextRun(doc.title),
      ],
    }),
    ...firstLines,
    ...blocks,
    ...demo,
    figures,
  ];
}

function signOff(doc: CommitteeDocument): (Paragraph | Table)[] {
  const section = asReportDocument(doc).sections.find((s) => s.id === SIGN_OFF_ID);
  const table = section?.blocks.find((b) => b.type === "table");
  if (!section || !table) return [];
  return [new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_2 }), ...wordTable(table)];
}

/** Every chart's picture, drawn one after another so one browser page is open at a time. */
async function drawCharts(doc: CommitteeDocument, picture: ChartPicture): Promise<Map<ReportChart, Buffer>> {
  const charts = doc.sections
    .flatMap((s) => [s, ...s.subsections])
    .flatMap((s) => s.blocks)
    .filter((b): b is ReportChart => b.type === "chart");
  const pictures = new Map<ReportChart, Buffer>();
  for (const chart of charts) pictures.set(chart, await picture(chart));
  return pictures;
}

export async function committeeDocx(doc: CommitteeDocument, picture: ChartPicture): Promise<Buffer> {
  const pictures = await drawCharts(doc, picture);
  const bodies = doc.sections.flatMap((s, i) => sectionBody(s, 1, i + 1, pictures));
  const word = new Document({
    creator: "Outturn",
    title: doc.title,
    description: `${doc.council.name}: ${doc.title}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 } },
        title: {
          run: { font: FONT, size: 32, bold: true, color: "1D3557" },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: "1D3557" },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: "1D3557" },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        numberingLevel(NUMBERED, "decimal", "%1."),
        numberingLevel(LETTERED[")"], "lowerLetter", "%1)"),
        numberingLevel(LETTERED["."], "lowerLetter", "%1."),
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `Classification: ${doc.classification}`, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...cover(doc), ...bodies, ...signOff(doc)],
      },
    ],
  });
  return Packer.toBuffer(word);
}
