/**
 * Reading 903 returns from disk: the synthetic council's two CSV layouts, the XML form against its
 * CSV twin, and the structural problems that stop an import, each named by file, row and column.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SSDA903_TABLES, type Ssda903Return } from "../../domain/ssda903/tables.js";
import { Ssda903ImportError, type Ssda903Problem } from "./errors.js";
import { loadSsda903, yearFromName } from "./files.js";

const SYNTH = join(process.cwd(), "../shared/data/ssda903-synth");
const FIXTURES = join(process.cwd(), "test/fixtures/ssda903");
const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const EPISODES =
  "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outturn-903-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let folders = 0;
async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = join(dir, `case-${++folders}`);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(root, name, ".."), { recursive: true });
    await writeFile(join(root, name), content);
  }
  return root;
}

async function problems(path: string, options = {}): Promise<Ssda903Problem[]> {
  const error = await loadSsda903(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Ssda903ImportError);
  return [...(error as Ssda903ImportError).problems];
}

const valuesOf = (r: Ssda903Return) =>
  Object.fromEntries(SSDA903_TABLES.map((t) => [t, r.tables[t].map((row) => row.values)]));

describe("the synthetic council's returns", () => {
  it("read as six collection years, every row named by file and line, dates as ISO", async () => {
    const loaded = await loadSsda903(join(SYNTH, "by-year"));
    expect(loaded.layout).toBe("csv-years");
    expect(loaded.notes).toEqual([]);
    expect(
      loaded.returns.map((r) => [
        r.year,
        r.tables.header.length,
        r.tables.episodes.length,
        r.tables.uasc.length,
      ]),
    ).toEqual([
      [2019, 977, 1620, 36],
      [2020, 1000, 1655, 43],
      [2021, 959, 1645, 42],
      [2022, 887, 1586, 40],
      [2023, 793, 1327, 37],
      [2024, 721, 1295, 41],
    ]);
    const first = loaded.returns[0]?.tables.episodes[0];
    expect(first).toMatchObject({ file: "2019/episodes.csv", row: 2 });
    expect(first?.values).toMatchObject({
      CHILD: "670487",
      DECOM: "2018-02-14",
      DEC: "2019-02-08",
      PLACE: "A4",
    });
    expect(loaded.returns[5]?.tables.episodes.at(-1)?.row).toBe(1296);
  });

  it("gives the same rows from the regional layout, split by its YEAR column", async () => {
    const [years, regional] = await Promise.all([
      loadSsda903(join(SYNTH, "by-year")),
      loadSsda903(join(SYNTH, "regional")),
    ]);
    expect(regional.layout).toBe("regional");
    expect(regional.returns.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(regional.returns.map(valuesOf)).toEqual(years.returns.map(valuesOf));
    expect(regional.returns[0]?.tables.header[0]).toMatchObject({ file: "regional/header.csv", row: 2 });
  });

  it("reads one year: from a folder of years with --year, or a year's own folder", async () => {
    const chosen = await loadSsda903(join(SYNTH, "by-year"), { year: 2022 });
    const own = await loadSsda903(join(SYNTH, "by-year/2022"));
    expect(own.layout).toBe("csv-year");
    expect(chosen.returns).toEqual(own.returns);
    expect((await loadSsda903(join(SYNTH, "regional"), { year: 2022 })).returns.map(valuesOf)).toEqual(
      own.returns.map(valuesOf),
    );
  });
});

describe("the XML form", () => {
  it("reads to the same rows as its CSV twin, every table", async () => {
    const xml = await loadSsda903(join(FIXTURES, "ssda903_2024.xml"));
    const csv = await loadSsda903(join(FIXTURES, "csv/2024"));
    expect(xml.layout).toBe("xml");
    expect(xml.returns.map((r) => r.year)).toEqual([2024]);
    expect(xml.returns.map(valuesOf)).toEqual(csv.returns.map(valuesOf));
    const tables = xml.returns[0]?.tables;
    expect(tables?.episodes.map((e) => [e.file, e.row, e.values.PLACE])).toEqual([
      ["ssda903_2024.xml", 1, "U4"],
      ["ssda903_2024.xml", 2, "K2"],
      ["ssda903_2024.xml", 3, "H5"],
      ["ssda903_2024.xml", 4, "A3"],
    ]);
    expect(tables?.reviews.map((r) => r.values.REVIEW)).toEqual(["2023-10-02", "31/02/2024"]);
    expect(tables?.uasc.map((r) => r.values)).toEqual([
      { CHILD: "1002", SEX: "2", DOB: "2006-11-03", DUC: "2024-11-01" },
    ]);
  });

  it("takes its year from --year when the name gives none, and asks for it otherwise", async () => {
    const root = await folder({
      "return.xml": "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></EXPSSDA903>",
    });
    expect((await loadSsda903(join(root, "return.xml"), { year: 2023 })).returns[0]?.year).toBe(2023);
    expect((await problems(join(root, "return.xml")))[0]?.rule).toContain("add --year");
    expect([
      yearFromName("ssda903_2024.xml"),
      yearFromName("903 2023-24.xml"),
      yearFromName("2024"),
      yearFromName("x.xml"),
    ]).toEqual([2024, 2024, 2024, undefined]);
  });

  it("names the line of XML that is not well formed, and a root that is not EXPSSDA903", async () => {
    const root = await folder({
      "a2024.xml": "<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>1</CHILDID></HEADER>\n</CHILDX>\n</EXPSSDA903>",
      "b2024.xml": "<CIN><CHILD/></CIN>",
    });
    const [broken] = await problems(join(root, "a2024.xml"));
    expect(broken).toMatchObject({ file: "a2024.xml", row: 4 });
    expect(broken?.rule).toContain("must be well-formed XML");
    expect(await problems(join(root, "b2024.xml"))).toEqual([
      { file: "b2024.xml", row: 1, column: "", value: "CIN", rule: "the root element must be EXPSSDA903" },
    ]);
  });
});

describe("structural problems stop the import, naming file, row, column and value", () => {
  it("a missing required column, in each year it is missing from", async () => {
    const noUrn = EPISODES.replace(",URN", "");
    const root = await folder({
      "2023/header.csv": `${HEADER}\n1,1,01/01/2010,WBRI,UN1,,\n`,
      "2023/episodes.csv": `${noUrn}\n`,
      "2024/header.csv": `CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB\n`,
      "2024/episodes.csv": `${EPISODES}\n`,
    });
    expect(await problems(root)).toEqual([
      {
        file: "2023/episodes.csv",
        row: 1,
        column: "URN",
        value: "",
        rule: "the episodes table must have the column URN",
      },
      {
        file: "2024/header.csv",
        row: 1,
        column: "DOB",
        value: "",
        rule: "the header table must have the column DOB",
      },
    ]);
  });

  it("a required table missing", async () => {
    const root = await folder({ "2024/header.csv": `${HEADER}\n` });
    expect(await problems(root)).toEqual([
      {
        file: "2024/episodes.csv",
        row: 0,
        column: "",
        value: "",
        rule: "a return must have episodes.csv; it is missing",
      },
    ]);
  });

  it("text that is not UTF-8, with the line it goes wrong on; and UTF-16", async () => {
    const latin1 = Uint8Array.from([
      ...Buffer.from(`${HEADER}\n1,1,01/01/2010,WBRI,`),
      0xe9,
      ...Buffer.from(",,\n"),
    ]);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(HEADER, "utf16le")]);
    const root = await folder({ "2024/header.csv": latin1, "2024/episodes.csv": utf16 });
    const found = await problems(root);
    expect(found.map((p) => [p.file, p.row])).toEqual([
      ["2024/header.csv", 2],
      ["2024/episodes.csv", 0],
    ]);
    expect(found[0]?.rule).toContain("must be UTF-8");
    expect(found[1]?.rule).toContain("UTF-16");
  });

  it("a YEAR in the regional layout that is not a year", async () => {
    const root = await folder({
      "header.csv": `${HEADER},LA,YEAR\n1,1,2010-01-01,WBRI,UN1,,,Synthshire,2024\n2,1,2010-01-01,WBRI,UN1,,,Synthshire,24\n`,
      "episodes.csv": `${EPISODES},LA,YEAR\n`,
    });
    expect(await problems(root)).toEqual([
      {
        file: `case-${folders}/header.csv`,
        row: 3,
        column: "YEAR",
        value: "24",
        rule: "must be the collection year, e.g. 2024",
      },
    ]);
  });
});

describe("values", () => {
  it("keeps a date that is not one as written, and notes an unknown column once", async () => {
    const root = await folder({
      "2024/header.csv": `${HEADER},NAME\n1,1,31/02/2010,WBRI,UN1,,\n2,2,1/9/2011,WBRI,UN1,,\n`,
      "2024/episodes.csv": `${EPISODES},NAME\n`,
      "2023/header.csv": `${HEADER},NAME\n`,
      "2023/episodes.csv": `${EPISODES}\n`,
    });
    const loaded = await loadSsda903(root);
    expect(loaded.returns[1]?.tables.header.map((r) => r.values.DOB)).toEqual(["31/02/2010", "2011-09-01"]);
    expect(loaded.returns[1]?.tables.header[0]?.values).not.toHaveProperty("NAME");
    expect(loaded.notes).toEqual([
      "2023/header.csv: column NAME is not in the 903 header table and was ignored",
      "2024/episodes.csv: column NAME is not in the 903 episodes table and was ignored",
    ]);
  });
});
