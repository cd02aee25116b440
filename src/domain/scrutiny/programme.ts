/**
 * The work programme by meeting on a day (upcoming meetings first, soonest first; then past ones,
 * latest first), and what a scrutiny item concerns: its links to measures, savings and budget lines
 * with each target's name, or null where the target is no longer in the registers.
 */
import type { IsoDate } from "../calendar/dates.js";
import { measureCatalogue } from "../measures/catalogue.js";
import type { CouncilRegisters } from "../registers.js";
import type { LinkKind, WorkProgrammeItem } from "./model.js";

export interface MeetingItems {
  meeting: IsoDate;
  items: WorkProgrammeItem[];
}

/** A meeting on the day itself is upcoming. Items within a meeting are in committee, then ref, order. */
export function workProgrammeByMeeting(
  items: readonly WorkProgrammeItem[],
  today: IsoDate,
  committee?: string,
): { upcoming: MeetingItems[]; past: MeetingItems[] } {
  const byMeeting = new Map<IsoDate, WorkProgrammeItem[]>();
  for (const item of items)
    if (committee === undefined || item.committee === committee)
      byMeeting.set(item.meeting, [...(byMeeting.get(item.meeting) ?? []), item]);
  const meetings = [...byMeeting.entries()]
    .map(([meeting, rows]) => ({
      meeting,
      items: [...rows].sort((a, b) => a.committee.localeCompare(b.committee) || a.ref.localeCompare(b.ref)),
    }))
    .sort((a, b) => a.meeting.localeCompare(b.meeting));
  return {
    upcoming: meetings.filter((m) => m.meeting >= today),
    past: meetings.filter((m) => m.meeting < today).reverse(),
  };
}

export interface LinkedTarget {
  kind: LinkKind;
  /** A measure's id, a saving's ref or a budget line's cost centre. */
  target: string;
  /** The measure's, saving's or budget line's name; null when it is not in the registers. */
  name: string | null;
  note: string;
}

const KIND_ORDER: readonly LinkKind[] = ["measure", "saving", "line"];

/** What the item `itemRef` concerns: measures, then savings, then budget lines, each in target order. */
export function linkedTargets(
  registers: Pick<CouncilRegisters, "scrutinyLinks" | "measureSettings" | "savings" | "budgetLines">,
  itemRef: string,
): LinkedTarget[] {
  const measures = new Map(measureCatalogue(registers.measureSettings).map((m) => [m.id, m.name]));
  const savings = new Map(registers.savings.map((s) => [s.ref, s.name]));
  // The latest year's name of a cost centre.
  const lines = new Map(
    [...registers.budgetLines]
      .sort((a, b) => a.year.localeCompare(b.year))
      .map((l) => [l.costCentre, l.name]),
  );
  const names: Readonly<Record<LinkKind, Map<string, string>>> = {
    measure: measures,
    saving: savings,
    line: lines,
  };
  return registers.scrutinyLinks
    .filter((link) => link.item === itemRef)
    .sort(
      (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.target.localeCompare(b.target),
    )
    .map((link) => ({
      kind: link.kind,
      target: link.target,
      name: names[link.kind].get(link.target) ?? null,
      note: link.note,
    }));
}
