export { type CheckResult, checkSolution, objectiveDifferences } from "./check.js";
export type { CheckConstraint, Violation } from "./violation.js";
