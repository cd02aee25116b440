/**
 * Episodes as read from every year's return, typed, each with the file and row it came from so the
 * cleaning can name them. Rows that cannot be episodes (no header, no DOB, no DECOM) are dropped
 * here and reported.
 */
import type { LatestHeader } from "./children.js";
import type { Artefact, Episode } from "./history.js";
import type { Ssda903Return, Ssda903Row } from "./tables.js";

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number the digits of `text` from `from` to `to` (excluded) write, or -1 where one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Whether text is a real ISO date (yyyy-mm-dd). Character codes and plain statements only, as it
 * runs on every date of every row, mostly before the optimising compiler has seen it.
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return false;
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

function toEpisode(values: Ssda903Row["values"], dec: string | null): Episode {
  return {
    child: values.CHILD ?? "",
    decom: values.DECOM ?? "",
    dec,
    rne: values.RNE ?? "",
    ls: values.LS ?? "",
    cin: values.CIN ?? "",
    place: values.PLACE ?? "",
    placeProvider: values.PLACE_PROVIDER ?? "",
    rec: values.REC ?? "",
    reasonPlaceChange: values.REASON_PLACE_CHANGE ?? "",
    homePost: values.HOME_POST ?? "",
    plPost: values.PL_POST ?? "",
    urn: values.URN ?? "",
  };
}

/** Why a row cannot be an episode, or null when it can. */
function dropped(header: LatestHeader | undefined, decom: string): [string, string] | null {
  if (!header)
    return ["no-header", "the child is in no year's header, so has no DOB; the episode is left out"];
  const dob = header.row.values.DOB ?? "";
  if (!isIsoDate(dob))
    return [
      "no-dob",
      `the child's DOB ("${dob}" in ${header.year}'s header) is not a date; the episode is left out`,
    ];
  if (!isIsoDate(decom)) return ["no-decom", `DECOM "${decom}" is not a date; the episode is left out`];
  return null;
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
      const { values } = row;
      const child = values.CHILD ?? "";
      const decom = values.DECOM ?? "";
      const dec = values.DEC ?? "";
      const drop = dropped(headers.get(child), decom);
      if (drop) {
        artefacts.push(artefactAt(row, child, drop[0], drop[1]));
        continue;
      }
      const ended = dec !== "" && isIsoDate(dec);
      if (dec !== "" && !ended)
        artefacts.push(
          artefactAt(
            row,
            child,
            "unreadable-dec",
            `DEC "${dec}" is not a date; the episode is taken as continuing`,
          ),
        );
      const sourced: SourcedEpisode = {
        episode: toEpisode(values, ended ? dec : null),
        file: row.file,
        row: row.row,
        year,
        seenIn: [year],
      };
      const list = byChild.get(child);
      if (list) list.push(sourced);
      else byChild.set(child, [sourced]);
    }
  }
  return byChild;
}
