/** The savings in sentences a councillor can read: how much is planned and at risk, and which savings are unevidenced. */
import type { SavingsTracker } from "../../domain/savings/tracker.js";
import { roundedPounds } from "../monthly/rounded-pounds.js";

/** "4 savings planned for 2024-25 total £2.5m; £1.2m is at risk (forecast delivery £1.3m)." */
export function savingsAtRiskSentence(tracker: SavingsTracker): string {
  const { count, target, forecast, atRisk } = tracker.total;
  const planned = `${count} ${count === 1 ? "saving" : "savings"} planned for ${tracker.year} total ${roundedPounds(target)}`;
  const risk = atRisk === 0 ? "none is at risk" : `${roundedPounds(atRisk)} is at risk`;
  return `${planned}; ${risk} (forecast delivery ${roundedPounds(forecast)}).`;
}

/** "2 savings rated blue or green are UNEVIDENCED, with a linked driver that has not moved as planned: S1, S3." */
export function unevidencedSentence(tracker: SavingsTracker): string {
  const n = tracker.unevidenced.length;
  if (n === 0) return "No saving rated blue or green is unevidenced.";
  const which = n === 1 ? "1 saving rated blue or green is" : `${n} savings rated blue or green are`;
  return `${which} UNEVIDENCED, with a linked driver that has not moved as planned: ${tracker.unevidenced.join(", ")}.`;
}

/** Both, for the monthly report's summary and the tracker's cover. */
export function savingsSentence(tracker: SavingsTracker): string {
  return `${savingsAtRiskSentence(tracker)} ${unevidencedSentence(tracker)}`;
}
