/**
 * Across the border (policy "across-the-border"): each council's book solved alone, then both as one
 * (acrossTheBorder), against both councils' arrangements today, so the note can say what working
 * together saves over each council solving alone. The joint plan is never dearer than the two
 * councils' own side by side (side-by-side.ts).
 */
import { formatPounds, sum } from "../../money/money.js";
import { acrossTheBorder, borderRef } from "./across-the-border.js";
import { baseline, bothBaselines } from "./baseline.js";
import { type Policy, plain } from "./policies.js";
import { pupilsInScope, routesDailyCost, solveDay, unservedPupils } from "./runs.js";
import { atMostSideBySide, type OwnDay } from "./side-by-side.js";

export const acrossTheBorderPolicy: Policy = async (input, solveRun) => {
  const { scenario, on, registers, la, partner } = input;
  const row = `transport-scenarios, row '${scenario.scenario}', column Partner (value ${scenario.partner ?? "empty"})`;
  if (!partner)
    throw new Error(
      `${row}: policy across-the-border needs the partner council's registers; none were given`,
    );
  if (scenario.partner !== null && scenario.partner !== partner.la)
    throw new Error(`${row}: the partner council's registers given are ${partner.la}'s`);
  const councils = [
    { la, name: input.name, registers },
    { la: partner.la, name: partner.name, registers: partner.registers },
  ];
  const warnings: string[] = [];
  const alone = [];
  const own: OwnDay[] = [];
  for (const council of councils) {
    const scope = pupilsInScope(council.registers, on);
    const ids = scope.map((r) => r.id);
    const day = await solveDay(council.registers, on, solveRun);
    own.push({ la: council.la, day });
    const unserved = unservedPupils(day);
    if (unserved.size > 0)
      warnings.push(`${unserved.size} of ${council.name}'s pupils cannot be carried when it solves alone`);
    alone.push({
      council: council.name,
      baseline: baseline(council.registers, ids, on, (pupil) => borderRef(council.la, pupil)),
      pupils: scope.length,
      cost: routesDailyCost(day),
    });
  }
  const joint = acrossTheBorder({ la, book: registers }, { la: partner.la, book: partner.registers });
  const day = await solveDay(joint, on, atMostSideBySide(solveRun, own));
  const together = routesDailyCost(day);
  const [a, b] = alone as [(typeof alone)[0], (typeof alone)[0]];
  const apart = sum(alone.map((c) => c.cost));
  const gain = apart - together;
  const both = bothBaselines(a.baseline, b.baseline);
  return {
    ...plain(),
    scope: pupilsInScope(joint, on),
    baseline: both,
    source: `htst-routes of ${la} and ${partner.name}`,
    day,
    notes: [
      `Solved together, the two councils' routes cost ${formatPounds(together)} a day; each solving alone, ${formatPounds(apart)} (${a.council} ${formatPounds(a.cost)}, ${b.council} ${formatPounds(b.cost)}): ${gain > 0 ? `working together saves ${formatPounds(gain)} a day` : "in the time given, solving together found no plan cheaper than the two councils' own side by side, so the plan is those: working together saves nothing here"}.`,
    ],
    warnings,
    border: [
      ...alone.map((c) => ({
        council: c.council,
        currentDailyCost: c.baseline.dailyCost,
        aloneDailyCost: c.cost,
        pupils: c.pupils,
      })),
      {
        council: `${a.council} and ${b.council} together`,
        currentDailyCost: both.dailyCost,
        aloneDailyCost: together,
        pupils: a.pupils + b.pupils,
      },
    ],
  };
};
