/**
 * The demand model's cleaning of one child's episodes (../shared/specs/demand-model.md), each step
 * reporting what it changed. The order and the tie-breaks are the peer model's, so that the same data
 * gives the same episodes: sort by DECOM then DEC (continuing first); of rows sharing a DECOM keep
 * the last (one with a DEC, the latest DEC, the latest year); of rows sharing a DEC keep the first
 * (the longer; two continuing episodes count as sharing a DEC); end an episode that runs past the
 * next DECOM at that DECOM; fold an episode whose RNE is L, T or U and that starts the day the one
 * before ends into that one. Age-bracket splits are the demand model's, not done here.
 */
import type { Artefact, Episode } from "./history.js";
import { artefactAt, type SourcedEpisode } from "./sourced.js";

const byStart = (a: SourcedEpisode, b: SourcedEpisode): number => {
  const x = a.episode;
  const y = b.episode;
  if (x.decom !== y.decom) return x.decom < y.decom ? -1 : 1;
  if (x.dec === y.dec) return 0;
  if (x.dec === null) return -1;
  if (y.dec === null) return 1;
  return x.dec < y.dec ? -1 : 1;
};

/** Fields of an episode and their 903 columns; REC and the reason are set when it ends, so may differ from a continuing copy. */
const COLUMNS: readonly [keyof Episode, string][] = [
  ["rne", "RNE"],
  ["ls", "LS"],
  ["cin", "CIN"],
  ["place", "PLACE"],
  ["placeProvider", "PLACE_PROVIDER"],
  ["homePost", "HOME_POST"],
  ["plPost", "PL_POST"],
  ["urn", "URN"],
  ["rec", "REC"],
  ["reasonPlaceChange", "REASON_PLACE_CHANGE"],
];
const SET_AT_END = new Set<keyof Episode>(["rec", "reasonPlaceChange"]);

/** The 903 columns in which two copies of an episode differ, "RNE, PLACE"; a continuing copy's REC and reason do not count. */
function changedColumns(was: Episode, now: Episode): string {
  let changed = "";
  for (let i = 0; i < COLUMNS.length; i++) {
    const pair = COLUMNS[i] as readonly [keyof Episode, string];
    const field = pair[0];
    const column = pair[1];
    if (was[field] !== now[field] && !(was.dec === null && SET_AT_END.has(field)))
      changed = changed === "" ? column : `${changed}, ${column}`;
  }
  return changed;
}

/** Two ascending lists of collection years as one, each year once. */
function unionOfYears(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const next = x <= y ? x : y;
    if (x === next) i++;
    if (y === next) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** Rows sharing CHILD+DECOM: the same episode seen in several years is normal; anything else is reported. */
export function onePerDecom(rows: readonly SourcedEpisode[], artefacts: Artefact[]): SourcedEpisode[] {
  const sorted = rows.length > 1 ? [...rows].sort(byStart) : rows;
  const kept: SourcedEpisode[] = [];
  for (const row of sorted) {
    const last = kept.at(-1);
    if (!last || last.episode.decom !== row.episode.decom) {
      // Rows are never changed in place: a merged one is a new object with its own seenIn.
      kept.push(row);
      continue;
    }
    const dropped = last;
    const child = row.episode.child;
    kept[kept.length - 1] = {
      episode: row.episode,
      file: row.file,
      row: row.row,
      year: row.year,
      seenIn: unionOfYears(last.seenIn, row.seenIn),
    };
    const was = dropped.episode;
    const now = row.episode;
    if (dropped.year === row.year) {
      artefacts.push(
        artefactAt(
          dropped,
          child,
          "duplicate-decom",
          `another ${row.year} row for the child has the same DECOM${now.dec ? " and a DEC" : ""}; that one is kept`,
        ),
      );
    } else if (was.dec !== null && was.dec !== now.dec) {
      artefacts.push(
        artefactAt(
          dropped,
          child,
          "dec-differs",
          `DEC is ${was.dec} here and ${now.dec ?? "blank"} in ${row.year}'s return; the later DEC is kept`,
        ),
      );
    } else if (was.dec === null && dropped.year > row.year) {
      artefacts.push(
        artefactAt(
          dropped,
          child,
          "dec-differs",
          `the episode is continuing here but ended ${now.dec} in ${row.year}'s return; the ending is kept`,
        ),
      );
    } else {
      const changed = changedColumns(was, now);
      if (changed !== "")
        artefacts.push(
          artefactAt(
            dropped,
            child,
            "episode-differs",
            `${changed} differ from ${row.year}'s return of the same episode; ${row.year}'s are kept`,
          ),
        );
    }
  }
  return kept;
}

/** Rows sharing CHILD+DEC (continuing counts as one value): the first, the longer, is kept. */
export function onePerDec(rows: readonly SourcedEpisode[], artefacts: Artefact[]): SourcedEpisode[] {
  const kept: SourcedEpisode[] = [];
  for (const row of rows) {
    // A child has few episodes, so a scan of those kept is quicker than a map.
    const first = kept.find((k) => k.episode.dec === row.episode.dec);
    if (!first) {
      kept.push(row);
      continue;
    }
    const ends = row.episode.dec === null ? "is also continuing" : `ends the same day, ${row.episode.dec}`;
    artefacts.push(
      artefactAt(
        row,
        row.episode.child,
        "duplicate-dec",
        `${ends} as the episode from ${first.episode.decom}; the earlier, longer one is kept`,
      ),
    );
  }
  return kept;
}

/** An episode continuing or ending after the next one starts is ended at the next DECOM. */
export function endOverlaps(rows: SourcedEpisode[], artefacts: Artefact[]): SourcedEpisode[] {
  return rows.map((row, i) => {
    const next = rows[i + 1];
    const { dec, child } = row.episode;
    if (!next || (dec !== null && dec <= next.episode.decom)) return row;
    const was = dec === null ? "is continuing" : `ends ${dec}`;
    artefacts.push(
      artefactAt(
        row,
        child,
        "overlap",
        `${was} but the next episode starts ${next.episode.decom}; it is ended then`,
      ),
    );
    return { ...row, episode: { ...row.episode, dec: next.episode.decom } };
  });
}

const CONTINUING = new Set(["L", "T", "U"]);

/** An L, T or U episode starting the day the one before ends joins it: its end, REC and reason carry over. */
export function foldContinuous(rows: readonly SourcedEpisode[], artefacts: Artefact[]): SourcedEpisode[] {
  const kept: SourcedEpisode[] = [];
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    const into = kept.at(-1);
    const { rne, decom, dec, rec, reasonPlaceChange, child } = row.episode;
    if (!before || !into || !CONTINUING.has(rne) || before.episode.dec !== decom) {
      kept.push(row);
      return;
    }
    kept[kept.length - 1] = { ...into, episode: { ...into.episode, dec, rec, reasonPlaceChange } };
    artefacts.push(
      artefactAt(
        row,
        child,
        "continuous-merged",
        `RNE ${rne} continues the episode from ${into.episode.decom}; it is merged into it`,
      ),
    );
  });
  return kept;
}
