/**
 * What the registers API needs for each register. Its rows are served raw, never suppressed, so
 * reading a register whose rows are about one child, pupil, post, placement or route (or hold their
 * refs, as a scenario's trained pupils and a plan's routes do), or hold counts of people a member
 * would see only suppressed (budgeted numbers, drivers, measure values), or free-text comments on
 * the forecast, needs read-child-level; the rest need read. Changing a figure needs the
 * permission of the work it belongs to: scenarios edit-scenarios, the scrutiny record edit-scrutiny,
 * everything else edit-finance. Every register is listed, so a new one cannot be served unclassified.
 */
import type { Permission } from "../../domain/access/roles.js";
import type { RegisterName } from "../../domain/registers.js";

type Rule = { read: "read" | "read-child-level"; edit: Permission };

const FIGURES: Rule = { read: "read", edit: "edit-finance" };
const CHILD_LEVEL: Rule = { read: "read-child-level", edit: "edit-finance" };
const SCENARIOS: Rule = { read: "read", edit: "edit-scenarios" };
const SCRUTINY: Rule = { read: "read", edit: "edit-scrutiny" };

export const REGISTER_PERMISSIONS: Readonly<Record<RegisterName, Rule>> = {
  "budget-lines": FIGURES,
  actuals: FIGURES,
  placements: CHILD_LEVEL,
  workforce: CHILD_LEVEL,
  "htst-routes": CHILD_LEVEL,
  "htst-pupils": CHILD_LEVEL,
  terms: FIGURES,
  closures: FIGURES,
  assumptions: FIGURES,
  "budget-assumptions": CHILD_LEVEL,
  adjustments: CHILD_LEVEL,
  "placement-prices": CHILD_LEVEL,
  "planned-moves": CHILD_LEVEL,
  "conversion-plans": CHILD_LEVEL,
  "route-retenders": CHILD_LEVEL,
  savings: FIGURES,
  "saving-years": FIGURES,
  "saving-milestones": FIGURES,
  "saving-comments": FIGURES,
  "saving-drivers": CHILD_LEVEL,
  "mtfp-lines": FIGURES,
  "mtfp-assumptions": FIGURES,
  "mtfp-scenarios": FIGURES,
  "measure-settings": FIGURES,
  "measure-values": CHILD_LEVEL,
  "measure-comments": FIGURES,
  "postcode-grid": FIGURES,
  "demand-costs": FIGURES,
  "demand-scenarios": SCENARIOS,
  "transport-schools": FIGURES,
  "transport-vehicles": FIGURES,
  "transport-needs": CHILD_LEVEL,
  "transport-scenarios": { read: "read-child-level", edit: "edit-scenarios" },
  "transport-plans": { read: "read-child-level", edit: "edit-scenarios" },
  "scrutiny-questions": SCRUTINY,
  "scrutiny-recommendations": SCRUTINY,
  "scrutiny-actions": SCRUTINY,
  "work-programme": SCRUTINY,
  "scrutiny-links": SCRUTINY,
  "committee-reports": SCRUTINY,
};
