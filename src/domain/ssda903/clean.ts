/**
 * Several years' returns merged into one child-level history and cleaned as the demand model does
 * (../shared/specs/demand-model.md): the latest year's header wins; the same episode in several
 * years is kept once; rows with no DOB or DECOM are dropped; duplicates, overlaps and continuous
 * L/T/U episodes are resolved. Every change, and every artefact left as it is, names its file, row,
 * child and rule. Pure: returns in, history out.
 */
import { implausibleForAge, missingFromYears, x1WithoutNext, yearSpans } from "./checks.js";
import { type LatestHeader, latestHeaders, missingEpisodes, uascCeased } from "./children.js";
import { endOverlaps, foldContinuous, onePerDec, onePerDecom } from "./clean-episodes.js";
import type { Artefact, ChildHistory, Ssda903History } from "./history.js";
import { artefactAt, sourcedEpisodes } from "./sourced.js";
import type { Ssda903Return } from "./tables.js";

export function mergeHistory(returns: readonly Ssda903Return[]): Ssda903History {
  const sorted = [...returns].sort((a, b) => a.year - b.year);
  const years = sorted.map((r) => r.year);
  const spans = yearSpans(years);
  const artefacts: Artefact[] = [];
  const headers = latestHeaders(sorted, artefacts);
  const duc = uascCeased(sorted);
  const missing = missingEpisodes(sorted, artefacts);
  const before = artefacts.length;
  const episodes = sourcedEpisodes(sorted, headers, artefacts);
  // A child with episode rows but none kept has had each row dropped, with an artefact saying so.
  const allDropped = new Set(artefacts.slice(before).map((a) => a.child));

  const children: ChildHistory[] = [];
  // The default sort orders strings by their UTF-16 code units, as < does.
  for (const child of [...headers.keys()].sort()) {
    const { row, year } = headers.get(child) as LatestHeader;
    const rows = episodes.get(child);
    if (!rows) {
      if (!allDropped.has(child))
        artefacts.push(
          artefactAt(
            row,
            child,
            "no-episodes",
            `the child is in ${year}'s header but has no episode in any year loaded`,
          ),
        );
      continue;
    }
    const dob = row.values.DOB ?? "";
    const unique = onePerDecom(rows, artefacts);
    const deduplicated = onePerDec(unique, artefacts);
    const ended = endOverlaps(deduplicated, artefacts);
    // The measures count every episode the returns hold, as the DfE does: a second episode with the
    // same DEC (two still open, where a later return omits an earlier one's end) is not dropped;
    // the later one starting ends the earlier. Its artefacts are already reported above. When no
    // episode shared a DEC, that is `ended` itself.
    const counted = deduplicated.length === unique.length ? ended : endOverlaps(unique, []);
    missingFromYears(ended, spans, artefacts);
    implausibleForAge(ended, dob, artefacts);
    const folded = foldContinuous(ended, artefacts);
    x1WithoutNext(folded, artefacts);
    children.push({
      child,
      sex: row.values.SEX ?? "",
      dob,
      ethnic: row.values.ETHNIC ?? "",
      uasc: duc.has(child),
      duc: duc.get(child) ?? null,
      episodes: folded.map((r) => r.episode),
      placementEpisodes: counted.map((r) => r.episode),
      missing: missing.get(child) ?? [],
    });
  }
  artefacts.sort((a, b) =>
    a.file < b.file
      ? -1
      : a.file > b.file
        ? 1
        : a.row - b.row || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { years, children, artefacts };
}

/** Children with an episode open at the end of `date` (started on or before it, not ended by it). */
export function lookedAfterOn(history: Ssda903History, date: string): number {
  return history.children.filter((c) =>
    c.episodes.some((e) => e.decom <= date && (e.dec === null || e.dec > date)),
  ).length;
}
