/**
 * A lean generator of councils' SSDA903 returns for the national-scale demand benchmark: England-sized
 * (about 150 councils, about a million episode rows over six collection years), each council at its
 * own size and seed, written in the regional layout (header.csv and episodes.csv with LA and YEAR) as
 * a council would hand them over. Children enter care, move between placements (some only a change
 * of legal status, which the cleaning folds), age and leave; each year's return lists every episode
 * open in that year, with no DEC while it was still open at the year's end, as the DfE's do. Made
 * once into the temp folder and reused until this file changes.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Random } from "../src/demo/random.js";
import { addYears, fromDay, toDay } from "../src/domain/calendar/dates.js";

export const NATIONAL_COUNCILS = 150;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const FROM = toDay("2010-04-01");
const TO = toDay("2024-03-31");

const UNDER_16 = ["U1", "U2", "U3", "U4", "U4", "U5", "U5", "U6", "U6", "K2", "R1", "P1", "K1", "Z1"];
const OVER_16 = [...UNDER_16, "H5", "P2", "P2", "K3", "R5"];
const ENDINGS = ["E11", "E12", "E13", "E4A", "E41", "E45", "E8", "E3"];
const LEGAL = ["C2", "C2", "V2", "E1", "J2"];

interface Row {
  decom: number;
  dec: number | null;
  rne: string;
  place: string;
  provider: string;
  rec: string;
  ls: string;
}

/** One child's time in care: episodes from entry until they leave, turn 18 or the data ends. */
function careOf(rng: Random, entry: number, dob: number): Row[] {
  const adult = toDay(addYears(fromDay(dob), 18));
  const rows: Row[] = [];
  let start = entry;
  const moves = 1 + Math.floor(-Math.log(1 - rng.next()) * 1.6);
  for (let k = 0; k < moves && start < Math.min(adult, TO); k++) {
    const length = 1 + Math.floor(-Math.log(1 - rng.next()) * 320);
    const end = Math.min(start + length, adult);
    const older = start - dob >= 16 * 365;
    const before = rows.at(-1);
    // A quarter of the moves change the legal status only: same placement, RNE L.
    const statusOnly = before !== undefined && rng.chance(0.25);
    rows.push({
      decom: start,
      dec: end > TO ? null : end,
      rne: before === undefined ? "S" : statusOnly ? "L" : "P",
      place: statusOnly && before ? before.place : rng.pick(older ? OVER_16 : UNDER_16),
      provider: statusOnly && before ? before.provider : `PR${rng.int(1, 5)}`,
      rec: "X1",
      ls: rng.pick(LEGAL),
    });
    start = end;
  }
  const last = rows.at(-1);
  if (last && last.dec !== null) last.rec = rng.pick(ENDINGS);
  return rows;
}

/** One council's returns as the regional layout's two files, and how many episode rows they hold. */
export function councilReturns(index: number): { header: string; episodes: string; episodeRows: number } {
  const rng = new Random(9030 + index);
  const la = `LA${String(index + 1).padStart(3, "0")}`;
  const perYear = rng.uniform(150, 450);
  const header = ["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,LA,YEAR"];
  const episodes = [
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,LA,YEAR",
  ];
  let child = 0;
  for (let time = FROM; time <= TO; time += -Math.log(1 - rng.next()) * (365 / perYear)) {
    const day = Math.floor(time);
    const id = `${index + 1}${String(++child).padStart(6, "0")}`;
    const dob = day - rng.int(0, 17 * 365 + 300);
    const rows = careOf(rng, day, dob);
    const sex = rng.pick(["1", "2"]);
    for (const year of YEARS) {
      const [start, end] = [toDay(`${year - 1}-04-01`), toDay(`${year}-03-31`)];
      const open = rows.filter((r) => r.decom <= end && (r.dec === null || r.dec >= start));
      if (open.length === 0) continue;
      header.push(`${id},${sex},${fromDay(dob)},WBRI,,,,${la},${year}`);
      for (const r of open) {
        const ended = r.dec !== null && r.dec <= end;
        const dec = ended ? fromDay(r.dec as number) : "";
        episodes.push(
          `${id},${fromDay(r.decom)},${r.rne},${r.ls},N1,${r.place},${r.provider},${dec},${ended ? r.rec : ""},${ended && r.rec === "X1" ? "CARPL" : ""},AB1 2CD,AB3 4EF,,${la},${year}`,
        );
      }
    }
  }
  return {
    header: `${header.join("\n")}\n`,
    episodes: `${episodes.join("\n")}\n`,
    episodeRows: episodes.length - 1,
  };
}

export interface NationalData {
  /** One regional-layout folder per council. */
  folders: string[];
  episodeRows: number;
  /** How long generating and writing took, or null when an earlier run's files were reused. */
  setupMs: number | null;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The councils' folders, written now unless this generator already wrote them. */
export async function nationalCouncils(): Promise<NationalData> {
  const source = await readFile(fileURLToPath(import.meta.url));
  const version = createHash("sha256").update(source).digest("hex").slice(0, 12);
  const root = join(tmpdir(), "outturn-bench", `national-${version}`);
  const folders = Array.from({ length: NATIONAL_COUNCILS }, (_, i) => join(root, `la${i + 1}`));
  const count = join(root, "episode-rows.txt");
  if (await exists(count))
    return { folders, episodeRows: Number(await readFile(count, "utf8")), setupMs: null };
  const started = performance.now();
  const partial = `${root}.${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  let episodeRows = 0;
  for (let i = 0; i < NATIONAL_COUNCILS; i++) {
    const { header, episodes, episodeRows: rows } = councilReturns(i);
    const folder = join(partial, `la${i + 1}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "header.csv"), header);
    await writeFile(join(folder, "episodes.csv"), episodes);
    episodeRows += rows;
  }
  await writeFile(join(partial, "episode-rows.txt"), String(episodeRows));
  await rm(root, { recursive: true, force: true });
  await rename(partial, root);
  return { folders, episodeRows, setupMs: performance.now() - started };
}
