/**
 * The routing solver's benchmarks (issue 7), each solution through the independent checker:
 *
 * - cordeau: Cordeau's dial-a-ride set a, gap to the optimum; goal mean gap ≤ 1% (60 s an instance);
 * - lilim: Li & Lim's pickup and delivery set, 100 customers, vehicles then distance against the best
 *   known (30 s an instance);
 * - council: Demoshire's school day, cost against today's arrangements, vehicles and ride times; goal
 *   < 2 minutes from generating the book to the last check (50 s a run).
 *
 *   npm run bench:routing                                       every set, each at its own time
 *   npm run bench:routing -- --set lilim --time 10 --only lc101,lr201
 *   npm run bench:routing -- --set all --only a2-16,lc101,demoshire --time 5 --workers 2 --seed 1
 *
 * --time sets the seconds an instance (a run, for the council) in every set chosen; --only names
 * instances across the sets (the council's is "demoshire"). Prints a markdown table per set and exits
 * non-zero when a solution is infeasible, a request is unserved, or a goal is missed.
 */
import { parseArgs } from "node:util";
import { machine } from "./councils.js";
import type { BenchOptions, Failures } from "./routing-common.js";
import { cordeauNames, cordeauSet } from "./routing-cordeau.js";
import { COUNCIL_NAME, councilSet } from "./routing-council.js";
import { lilimNames, lilimSet } from "./routing-lilim.js";

const SETS = {
  cordeau: { names: cordeauNames, run: cordeauSet },
  lilim: { names: lilimNames, run: lilimSet },
  council: { names: async () => [COUNCIL_NAME], run: councilSet },
} as const;
type SetName = keyof typeof SETS;

const { values } = parseArgs({
  options: {
    set: { type: "string", default: "all" },
    time: { type: "string" },
    only: { type: "string" },
    workers: { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const whole = (flag: string, text: string, least: number) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < least)
    fail(`--${flag} ${text}: must be a whole number of at least ${least}.`);
  return n;
};

const chosenSets: SetName[] =
  values.set === "all"
    ? (Object.keys(SETS) as SetName[])
    : values.set in SETS
      ? [values.set as SetName]
      : fail(`--set ${values.set}: must be one of cordeau, lilim, council or all.`);
const seconds = values.time === undefined ? null : Number(values.time);
if (seconds !== null && !(seconds > 0)) fail(`--time ${values.time}: must be a number of seconds above 0.`);
const only = values.only ? new Set(values.only.split(",").map((s) => s.trim())) : null;
const options: BenchOptions = {
  seconds,
  only,
  workers: whole("workers", values.workers, 1),
  seed: whole("seed", values.seed, 0),
};

const known = new Map<SetName, string[]>();
for (const set of chosenSets) known.set(set, await SETS[set].names());
const unknown = [...(only ?? [])].filter((n) => ![...known.values()].some((names) => names.includes(n)));
if (unknown.length > 0)
  fail(`--only: no instance ${unknown.join(", ")} in the set(s) ${chosenSets.join(", ")}.`);

console.log(`# Routing benchmarks: ${chosenSets.join(", ")}`);
console.log(`Machine: ${machine()}. ${options.workers} worker(s), seed ${options.seed}.`);
const failures: Failures = [];
for (const set of chosenSets) {
  const names = known.get(set) ?? [];
  if (only && !names.some((n) => only.has(n))) continue;
  failures.push(...(await SETS[set].run(options)));
}
console.log("");
for (const f of failures) console.error(`FAIL ${f}`);
console.log(
  failures.length === 0 ? "Every solution feasible, every goal met." : `${failures.length} failure(s).`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
