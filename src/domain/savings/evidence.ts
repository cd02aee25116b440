/**
 * Whether a saving's linked driver has moved as planned: the plan runs in a straight line from the
 * baseline on `from` to the target on `by`; the driver has evidenced the saving when it has moved at
 * least the council's evidence share of the movement planned to date.
 */
import { assumptionValue } from "../assumptions.js";
import { type IsoDate, toDay } from "../calendar/dates.js";
import { formatPounds, roundPence } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import { SAVING_DRIVERS, type SavingDriverUnit } from "./drivers.js";
import type { SavingDriverLink } from "./saving.js";
import type { DriverEvidence, EvidenceStatus } from "./tracker.js";

const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOne = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A driver's value as people read it: "41", "41.5", "58.0" FTE, "£12,345". */
export function formatDriverValue(value: number, unit: SavingDriverUnit): string {
  if (unit === "pence") return formatPounds(roundPence(value), { wholePounds: true });
  return unit === "fte" ? oneDecimal.format(value) : upToOne.format(value);
}

/** Ratios are compared to a billionth, so that 3 of 4 is 75% and not 74.99999…%. */
const tidy = (share: number) => Math.round(share * 1e9) / 1e9 || 0;

export function driverEvidence(
  registers: CouncilRegisters,
  link: SavingDriverLink,
  asAt: IsoDate,
): DriverEvidence {
  const spec = SAVING_DRIVERS[link.driver];
  const baseline = link.baseline ?? spec.measure(registers, link.from);
  const actual = spec.measure(registers, asAt);
  const span = toDay(link.by) - toDay(link.from);
  const elapsed = Math.min(Math.max(toDay(asAt) - toDay(link.from), 0), Math.max(span, 0));
  // Share of the plan's time gone; a plan due on or before its start is due in full from its start.
  const [num, den] = asAt < link.from ? [0, 1] : span <= 0 ? [1, 1] : [elapsed, span];
  const expected = baseline + ((link.target - baseline) * num) / den;
  const planned = (link.target - baseline) * num;
  const share = planned === 0 ? null : tidy(((actual - baseline) * den) / planned);
  const needed = assumptionValue(registers.assumptions, "saving-evidence-share") / 100;
  const status: EvidenceStatus =
    share === null ? "not-started" : share >= needed ? "evidenced" : share > 0 ? "behind" : "not-moved";
  const fmt = (value: number) => formatDriverValue(value, spec.unit);
  const measured = link.baseline === null ? ", measured," : "";
  const plan = `from ${fmt(baseline)} on ${link.from}${measured} to ${fmt(link.target)} by ${link.by}`;
  const percent = share === null ? "" : `${upToOne.format(share * 100)}%`;
  const verdict: Record<EvidenceStatus, string> = {
    evidenced: `it has moved ${percent} of the way planned to date: evidenced`,
    behind: `it has moved ${percent} of the way planned to date, less than the ${upToOne.format(needed * 100)}% needed: behind`,
    "not-moved": "it has not moved the way planned: not moved",
    "not-started":
      asAt < link.from
        ? `the plan starts on ${link.from}: not started`
        : "no movement is planned yet: not started",
  };
  return {
    driver: link.driver,
    label: spec.label,
    unit: spec.unit,
    from: link.from,
    by: link.by,
    baseline,
    baselineMeasured: link.baseline === null,
    target: link.target,
    expected,
    actual,
    share,
    status,
    people: spec.people === true,
    sentence: `${spec.label}: ${fmt(actual)} on ${asAt} against ${fmt(expected)} planned (${plan}); ${verdict[status]}.`,
  };
}
