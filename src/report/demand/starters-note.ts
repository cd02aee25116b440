/**
 * Where a line's expected new placements come from, in words, when the demand model gave them: "Expected
 * starters from the demand model (…): 3.1 a month into Children's homes and secure (15.6 to 31 March)."
 * The figures are the model's, not counts of children, but a member sees them as counts: a total
 * to 31 March from 1 to the council's threshold is not shown, nor its monthly figure.
 */

import { childrenInWords } from "../../domain/demand/words.js";
import { type Audience, countInWords, showCount } from "../../domain/disclosure/audience.js";
import type { ForecastOutturn } from "../../domain/outturn/forecast.js";
import { modelStartersOnLine } from "../../domain/placements/projected-starters.js";
import { PLACEMENT_TYPES } from "../../domain/placements/types.js";
import type { CouncilRegisters } from "../../domain/registers.js";

/** The sentence for a line the model's starters fall on, or null (none, or from the register's history). */
export function modelStartersNote(
  outturn: ForecastOutturn,
  registers: CouncilRegisters,
  costCentre: string,
  audience: Audience,
): string | null {
  const projected = outturn.expectedStarters;
  if (!projected) return null;
  const onLine = modelStartersOnLine(projected, registers.placements, costCentre);
  if (onLine.length === 0) return null;
  const parts = onLine.map(({ type, total, perMonth }) => {
    const into = `into ${PLACEMENT_TYPES[type]}`;
    if (typeof showCount(audience, Math.round(total)) === "string") {
      return `${countInWords(audience, Math.round(total), "placement", "placements")} ${into} to 31 March`;
    }
    return `${childrenInWords(perMonth)} a month ${into} (${childrenInWords(total)} to 31 March)`;
  });
  return `Expected starters from the demand model (${projected.basis}): ${parts.join("; ")}.`;
}
