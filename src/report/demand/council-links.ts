/**
 * One source of truth: the council's demand projection into the MTFP's demand pressure, the
 * outturn's expected starters and the savings tracker's evidence, for the pages, the API and the
 * CLI, which read the council's store. Each reads the SSDA903 history only when it will use it.
 */
import { assumptionValue } from "../../domain/assumptions.js";
import type { PeriodRef } from "../../domain/calendar/financial.js";
import type { MtfpPlanOptions } from "../../domain/mtfp/plan.js";
import { type ForecastOutturn, forecastOutturn } from "../../domain/outturn/forecast.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { SavingsTracker } from "../../domain/savings/tracker.js";
import type { CouncilStore } from "../../store/store.js";
import { councilHistory } from "../measures/council-measures.js";
import { planOptions } from "./mtfp-demand.js";
import { starterProjection } from "./outturn-starters.js";
import { withScenarioEvidence } from "./saving-scenarios.js";
import { dataAsAt } from "./shared-demand.js";

/** The MTFP's options: the demand model's costs when the council's projection prices the plan years. */
export async function councilPlanOptions(
  store: CouncilStore,
  registers: CouncilRegisters,
): Promise<MtfpPlanOptions> {
  if (registers.mtfpLines.length === 0 && registers.mtfpAssumptions.length === 0) return {};
  const history = await councilHistory(store);
  return planOptions(registers, history, dataAsAt(registers, history));
}

/** The forecast outturn, its expected starters from the demand model when the council chose that. */
export async function councilForecast(
  store: CouncilStore,
  registers: CouncilRegisters,
  at: PeriodRef,
): Promise<ForecastOutturn> {
  if (assumptionValue(registers.assumptions, "expected-starters-source") !== 1) {
    return forecastOutturn(registers, at);
  }
  const history = await councilHistory(store);
  return forecastOutturn(registers, at, { starters: starterProjection(registers, history, at) });
}

/**
 * The forecast a period is closed with when the council takes its expected starters from the demand
 * model (the store would freeze the register's history otherwise); undefined when it does not.
 */
export async function forecastToFreeze(
  store: CouncilStore,
  at: PeriodRef,
): Promise<ForecastOutturn | undefined> {
  const registers = await store.registers();
  if (assumptionValue(registers.assumptions, "expected-starters-source") !== 1) return undefined;
  return councilForecast(store, registers, at);
}

/** The tracker with the demand scenarios that name its savings, when any does. */
export async function councilTracker(
  store: CouncilStore,
  registers: CouncilRegisters,
  tracker: SavingsTracker,
): Promise<SavingsTracker> {
  if (!registers.demandScenarios.some((s) => s.saving !== null)) return tracker;
  return withScenarioEvidence(tracker, registers, await councilHistory(store));
}
