/**
 * "Step down N children from residential to fostering by a date": a rate added to Residential →
 * Fostering in each age bracket over the window, sized on the base projection so that the expected
 * moves (the rate × the residential stock each day) add up to N. Shared by each bracket's residential
 * population, the rate comes out the same in every bracket: N ÷ the residential child-days.
 */
import type { RateAdjustment } from "../model.js";
import { BRACKET_LABELS, stateName } from "../projection/states.js";
import { childrenInWords, dayInWords, rateInWords, windowInWords } from "../words.js";
import type { DemandScenario, ScenarioBase } from "./scenario.js";
import { positive, projectionWindow, stockAt } from "./window.js";

export function stepDown(
  s: DemandScenario,
  base: ScenarioBase,
): { adjustments: RateAdjustment[]; sentences: string[] } {
  const n = positive(s.number, "a number of children (Number)", s);
  if (s.by === null)
    throw new RangeError(`scenario "${s.scenario}" (step-down) needs the day it is done by (By)`);
  const { projection } = base;
  const window = projectionWindow(projection, s.from, s.by);
  if (window === null) {
    return {
      adjustments: [],
      sentences: [`${s.scenario}: the window ends before the projection's first day, so nothing is changed.`],
    };
  }
  const at = new Map(projection.states.map((state, i) => [state, i]));
  const brackets = BRACKET_LABELS.flatMap((bracket) => {
    const residential = stateName(bracket, "Residential");
    const fostering = stateName(bracket, "Fostering");
    const index = at.get(residential);
    if (index === undefined || !at.has(fostering)) return [];
    let childDays = 0;
    for (let day = window.first; day <= window.last; day++)
      childDays += stockAt(projection, day - 1)[index] ?? 0;
    return childDays > 0
      ? [{ residential, fostering, childDays, startStock: stockAt(projection, window.first - 1)[index] ?? 0 }]
      : [];
  });
  const childDays = brackets.reduce((total, b) => total + b.childDays, 0);
  const span = windowInWords(window.firstDay, window.lastDay);
  if (childDays === 0) {
    return {
      adjustments: [],
      sentences: [
        `${s.scenario}: the base projection has no children in residential ${span}, so none can step down and nothing is changed.`,
      ],
    };
  }
  const rate = n / childDays;
  const days = window.last - window.first + 1;
  const clipped =
    window.lastDay < s.by
      ? ` (the projection ends on ${dayInWords(window.lastDay)}, before ${dayInWords(s.by)})`
      : "";
  const sentences = [
    `${s.scenario}: the base projection has ${childrenInWords(childDays)} child-days in residential over the ${days} days ${span}${clipped}, so ${childrenInWords(n)} children stepping down is a rate of ${childrenInWords(n)} ÷ ${childrenInWords(childDays)} = ${rateInWords(rate)} a day, the same in each age bracket.`,
  ];
  const startStock = brackets.reduce((total, b) => total + b.startStock, 0);
  if (n > startStock) {
    sentences.push(
      `${childrenInWords(n)} is more than the ${childrenInWords(startStock)} children in residential when the window opens: the projection cannot step down more children than it holds, so fewer will move.`,
    );
  }
  const adjustments = brackets.map(
    (b): RateAdjustment => ({
      from: b.residential,
      to: b.fostering,
      add: rate,
      firstDay: window.firstDay,
      lastDay: window.lastDay,
    }),
  );
  for (const b of brackets) {
    sentences.push(
      `adds ${rateInWords(rate)} a day to ${b.residential} → ${b.fostering} ${span}, so that ${childrenInWords(n)} children step down by then, shared by each age bracket's residential population: ${childrenInWords((n * b.childDays) / childDays)} from this bracket.`,
    );
  }
  return { adjustments, sentences };
}
