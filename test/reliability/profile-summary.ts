/**
 * Where a profiled server spent its time: `npx tsx test/reliability/profile-summary.ts <.cpuprofile>
 * [pattern ...]` prints the self time by source file and, for each pattern, the time with a frame on
 * the stack whose function name or file contains it (e.g. forecastOutturn, kysely, src/domain/), from
 * a profile written by `node --cpu-prof`.
 */
import { readFile } from "node:fs/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const short = (url: string) => url.replace(/^file:\/\/.*?\/(src|node_modules)\//, "$1/") || "(native)";

function summarise(profile: Profile, patterns: readonly string[]): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfByFile = new Map<string, number>();
  const inclusive = new Map(patterns.map((p) => [p, 0]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id) as ProfileNode;
    if (node.callFrame.functionName === "(idle)") return;
    total += ms;
    const file = short(node.callFrame.url);
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + ms);
    const frames: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url } = (byId.get(at) as ProfileNode).callFrame;
      frames.push(functionName, url);
    }
    for (const p of patterns) {
      if (frames.some((f) => f.includes(p))) inclusive.set(p, (inclusive.get(p) ?? 0) + ms);
    }
  });
  const ms = (n: number) => `${n.toFixed(0).padStart(7)} ms ${((100 * n) / total).toFixed(1).padStart(5)}%`;
  const files = [...selfByFile].sort((a, b) => b[1] - a[1]).slice(0, 20);
  return [
    `busy ${total.toFixed(0)} ms`,
    "self time by file:",
    ...files.map(([file, t]) => `${ms(t)}  ${file}`),
    "time with a matching frame on the stack:",
    ...[...inclusive].map(([p, t]) => `${ms(t)}  ${p}`),
  ].join("\n");
}

const [path, ...patterns] = process.argv.slice(2);
if (!path) throw new Error("usage: profile-summary.ts <file.cpuprofile> [pattern ...]");
console.log(summarise(JSON.parse(await readFile(path, "utf8")) as Profile, patterns));
