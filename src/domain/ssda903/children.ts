/**
 * The child-level parts of a history merged across years: each child's header from the latest year
 * that has one, whether the child was ever an unaccompanied asylum-seeking child (and the latest date
 * that ceased), and missing episodes de-duplicated by child and start.
 */
import type { Artefact, MissingEpisode } from "./history.js";
import { isIsoDate } from "./sourced.js";
import type { Ssda903Return, Ssda903Row } from "./tables.js";

export interface LatestHeader {
  row: Ssda903Row;
  year: number;
}

const artefact = (row: Ssda903Row, rule: string, message: string): Artefact => ({
  file: row.file,
  row: row.row,
  child: row.values.CHILD ?? "",
  rule,
  message,
});

/** The header's fields whose change between years is reported. */
const HEADER_FIELDS = ["DOB", "SEX"] as const;

/** Returns oldest first. The latest year's header wins; a DOB or SEX that changed is reported. */
export function latestHeaders(
  returns: readonly Ssda903Return[],
  artefacts: Artefact[],
): Map<string, LatestHeader> {
  const latest = new Map<string, LatestHeader>();
  for (const { year, tables } of returns) {
    for (const row of tables.header) {
      const child = row.values.CHILD ?? "";
      if (!child) continue;
      const before = latest.get(child);
      if (before && before.year === year) {
        artefacts.push(
          artefact(
            row,
            "duplicate-header",
            `the child has another header row in ${year}; the later row is used`,
          ),
        );
      } else if (before) {
        for (const field of HEADER_FIELDS) {
          const was = before.row.values[field] ?? "";
          const now = row.values[field] ?? "";
          if (was !== now)
            artefacts.push(
              artefact(
                row,
                "header-changed",
                `${field} was "${was}" in ${before.year} and is "${now}" in ${year}; ${year}'s is used`,
              ),
            );
        }
      }
      latest.set(child, { row, year });
    }
  }
  return latest;
}

/** Children in any year's UASC table, with the DUC of the latest year that lists them. */
export function uascCeased(returns: readonly Ssda903Return[]): Map<string, string | null> {
  const duc = new Map<string, string | null>();
  for (const { tables } of returns) {
    for (const row of tables.uasc) {
      const child = row.values.CHILD ?? "";
      if (!child) continue;
      const date = row.values.DUC ?? "";
      duc.set(child, isIsoDate(date) ? date : null);
    }
  }
  return duc;
}

/** Missing or away episodes by child, de-duplicated by MIS_START (the latest year's row wins). */
export function missingEpisodes(
  returns: readonly Ssda903Return[],
  artefacts: Artefact[],
): Map<string, MissingEpisode[]> {
  const byKey = new Map<string, MissingEpisode>();
  for (const { tables } of returns) {
    for (const row of tables.missing) {
      const {
        CHILD: child = "",
        MISSING: missing = "",
        MIS_START: start = "",
        MIS_END: end = "",
      } = row.values;
      if (!child) continue;
      if (!isIsoDate(start)) {
        artefacts.push(
          artefact(
            row,
            "missing-no-start",
            `MIS_START "${start}" is not a date; the missing episode is left out`,
          ),
        );
        continue;
      }
      byKey.set(`${child}\u0000${start}`, { child, missing, start, end: isIsoDate(end) ? end : null });
    }
  }
  const byChild = new Map<string, MissingEpisode[]>();
  for (const episode of [...byKey.values()].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  )) {
    const list = byChild.get(episode.child) ?? [];
    list.push(episode);
    byChild.set(episode.child, list);
  }
  return byChild;
}
