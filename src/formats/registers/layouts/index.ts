import type { RegisterName } from "../../../domain/registers.js";
import type { Layout } from "../layout.js";
import { actuals } from "./actuals.js";
import { adjustments } from "./adjustments.js";
import { assumptions } from "./assumptions.js";
import { budgetAssumptions } from "./budget-assumptions.js";
import { budgetLines } from "./budget-lines.js";
import { closures } from "./closures.js";
import { conversionPlans } from "./conversion-plans.js";
import { demandCosts } from "./demand-costs.js";
import { demandScenarios } from "./demand-scenarios.js";
import { htstPupils } from "./htst-pupils.js";
import { htstRoutes } from "./htst-routes.js";
import { measureComments } from "./measure-comments.js";
import { measureSettings } from "./measure-settings.js";
import { measureValues } from "./measure-values.js";
import { mtfpAssumptions } from "./mtfp-assumptions.js";
import { mtfpLines } from "./mtfp-lines.js";
import { mtfpScenarios } from "./mtfp-scenarios.js";
import { placementPrices } from "./placement-prices.js";
import { placements } from "./placements.js";
import { plannedMoves } from "./planned-moves.js";
import { postcodeGrid } from "./postcode-grid.js";
import { routeRetenders } from "./route-retenders.js";
import { savingComments } from "./saving-comments.js";
import { savingDrivers } from "./saving-drivers.js";
import { savingMilestones } from "./saving-milestones.js";
import { savingYears } from "./saving-years.js";
import { savings } from "./savings.js";
import { scrutinyActions } from "./scrutiny-actions.js";
import { committeeReports } from "./scrutiny-committee-reports.js";
import { scrutinyLinks } from "./scrutiny-links.js";
import { scrutinyQuestions } from "./scrutiny-questions.js";
import { scrutinyRecommendations } from "./scrutiny-recommendations.js";
import { workProgramme } from "./scrutiny-work-programme.js";
import { terms } from "./terms.js";
import { transportNeeds } from "./transport-needs.js";
import { transportPlans } from "./transport-plans.js";
import { transportScenarios } from "./transport-scenarios.js";
import { transportSchools } from "./transport-schools.js";
import { transportVehicles } from "./transport-vehicles.js";
import { workforce } from "./workforce.js";

/** The file layout of every register. */
export const LAYOUTS: { readonly [R in RegisterName]: Layout<R> } = {
  "budget-lines": budgetLines,
  actuals,
  placements,
  workforce,
  "htst-routes": htstRoutes,
  "htst-pupils": htstPupils,
  terms,
  closures,
  assumptions,
  "budget-assumptions": budgetAssumptions,
  adjustments,
  "placement-prices": placementPrices,
  "planned-moves": plannedMoves,
  "conversion-plans": conversionPlans,
  "route-retenders": routeRetenders,
  savings,
  "saving-years": savingYears,
  "saving-milestones": savingMilestones,
  "saving-comments": savingComments,
  "saving-drivers": savingDrivers,
  "mtfp-lines": mtfpLines,
  "mtfp-assumptions": mtfpAssumptions,
  "mtfp-scenarios": mtfpScenarios,
  "measure-settings": measureSettings,
  "measure-values": measureValues,
  "measure-comments": measureComments,
  "postcode-grid": postcodeGrid,
  "demand-costs": demandCosts,
  "demand-scenarios": demandScenarios,
  "transport-schools": transportSchools,
  "transport-vehicles": transportVehicles,
  "transport-needs": transportNeeds,
  "transport-scenarios": transportScenarios,
  "transport-plans": transportPlans,
  "scrutiny-questions": scrutinyQuestions,
  "scrutiny-recommendations": scrutinyRecommendations,
  "scrutiny-actions": scrutinyActions,
  "work-programme": workProgramme,
  "scrutiny-links": scrutinyLinks,
  "committee-reports": committeeReports,
};
