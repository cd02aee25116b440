/**
 * The lines the council entered, as plan lines: each with its gross (the full pressure its amount
 * funds), and the checks that keep the plan's arithmetic honest.
 */
import type { FinancialYear } from "../calendar/financial.js";
import { formatPounds } from "../money/money.js";
import type { MtfpKind, MtfpLine } from "./mtfp.js";
import { formatPercent, grossOfFunded } from "./percent.js";
import type { MtfpPlanLine } from "./plan.js";

export const PRESSURE_KINDS: readonly MtfpKind[] = ["pay-award", "inflation", "demand", "pressure"];

function fundedShare(line: MtfpLine, warnings: string[]): number {
  const where = `${line.year} line ${line.ref}`;
  if (!(line.fundedShare > 0 && line.fundedShare <= 100)) {
    warnings.push(
      `${where}: a funded share of ${formatPercent(line.fundedShare)} is not above 0% and at most 100%; taken as 100%`,
    );
    return 100;
  }
  if (line.fundedShare !== 100 && !PRESSURE_KINDS.includes(line.kind)) {
    warnings.push(`${where}: only a pressure can be part funded, not a ${line.kind} line; taken as 100%`);
    return 100;
  }
  return line.fundedShare;
}

/**
 * Every entered line of the plan years, in entered order. A base line counts only in the first plan
 * year: one entered for another year is left out, with a warning.
 */
export function enteredLines(
  lines: readonly MtfpLine[],
  firstYear: FinancialYear,
  warnings: string[],
): MtfpPlanLine[] {
  const out: MtfpPlanLine[] = [];
  for (const line of lines) {
    if (line.kind === "base" && line.year !== firstYear) {
      warnings.push(
        `${line.year} line ${line.ref}: a base line counts only in the plan's first year (${firstYear}); left out`,
      );
      continue;
    }
    const share = fundedShare(line, warnings);
    const gross = share === 100 ? line.amount : grossOfFunded(line.amount, share);
    out.push({
      year: line.year,
      ref: line.ref,
      kind: line.kind,
      costCentre: line.costCentre,
      description: line.description,
      amount: line.amount,
      gross,
      fundedShare: share,
      source: "entered",
      basis:
        share === 100
          ? "entered"
          : `entered: ${formatPounds(line.amount)} funds ${formatPercent(share)} of ${formatPounds(gross)}`,
    });
  }
  return out;
}
