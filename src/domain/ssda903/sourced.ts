/**
 * Episodes as read from every year's return, typed, each with the file and row it came from so the
 * cleaning can name them. Rows that cannot be episodes (no header, no DOB, no DECOM) are dropped
 * here and reported.
 */
import type { LatestHeader } from "./children.js";
import type { Artefact, Episode } from "./history.js";
import type { Ssda903Return, Ssda903Row } from "./tables.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether text is a real ISO date; arithmetic only, as it runs on every date of every row. */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] ?? 0));
}

export interface SourcedEpisode {
  episode: Episode;
  file: string;
  row: number;
  year: number;
  /** The collection years whose returns hold this child's episode with this DECOM. */
  seenIn: number[];
}

export function artefactAt(
  at: { file: string; row: number },
  child: string,
  rule: string,
  message: string,
): Artefact {
  return { file: at.file, row: at.row, child, rule, message };
}

function toEpisode(row: Ssda903Row, dec: string | null): Episode {
  const v = (name: string) => row.values[name] ?? "";
  return {
    child: v("CHILD"),
    decom: v("DECOM"),
    dec,
    rne: v("RNE"),
    ls: v("LS"),
    cin: v("CIN"),
    place: v("PLACE"),
    placeProvider: v("PLACE_PROVIDER"),
    rec: v("REC"),
    reasonPlaceChange: v("REASON_PLACE_CHANGE"),
    homePost: v("HOME_POST"),
    plPost: v("PL_POST"),
    urn: v("URN"),
  };
}

/** Each child's episodes from every year, in the returns' order (oldest year first, then row). */
export function sourcedEpisodes(
  returns: readonly Ssda903Return[],
  headers: ReadonlyMap<string, LatestHeader>,
  artefacts: Artefact[],
): Map<string, SourcedEpisode[]> {
  const byChild = new Map<string, SourcedEpisode[]>();
  for (const { year, tables } of returns) {
    for (const row of tables.episodes) {
      const child = row.values.CHILD ?? "";
      const decom = row.values.DECOM ?? "";
      const dec = row.values.DEC ?? "";
      const header = headers.get(child);
      const dob = header?.row.values.DOB ?? "";
      const drop = (rule: string, message: string) => artefacts.push(artefactAt(row, child, rule, message));
      if (!header)
        drop("no-header", "the child is in no year's header, so has no DOB; the episode is left out");
      else if (!isIsoDate(dob))
        drop(
          "no-dob",
          `the child's DOB ("${dob}" in ${header.year}'s header) is not a date; the episode is left out`,
        );
      else if (!isIsoDate(decom)) drop("no-decom", `DECOM "${decom}" is not a date; the episode is left out`);
      else {
        if (dec !== "" && !isIsoDate(dec))
          drop("unreadable-dec", `DEC "${dec}" is not a date; the episode is taken as continuing`);
        const sourced = {
          episode: toEpisode(row, isIsoDate(dec) ? dec : null),
          file: row.file,
          row: row.row,
          year,
          seenIn: [year],
        };
        const list = byChild.get(child) ?? [];
        list.push(sourced);
        byChild.set(child, list);
      }
    }
  }
  return byChild;
}
