/**
 * The real `outturn` command as a process of its own, run from source (`node --import tsx
 * src/cli/main.ts`, so it never runs a stale build): to completion, watched while it runs (so a
 * test can kill it with SIGKILL at a chosen moment), or as the web server on a free loopback port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export interface Outturn {
  child: ChildProcess;
  pid: number;
  /** Everything it has printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves when it has exited: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startOutturn(
  store: string,
  args: readonly string[],
  options: { nodeOptions?: readonly string[]; env?: Record<string, string> } = {},
): Outturn {
  const child = spawn(
    process.execPath,
    [...(options.nodeOptions ?? []), "--import", "tsx", "src/cli/main.ts", "--store", store, ...args],
    { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  const exited = once(child, "exit").then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  if (child.pid === undefined) throw new Error(`could not start outturn ${args.join(" ")}`);
  return { child, pid: child.pid, output: () => text, exited };
}

/** Runs `outturn <args>` on the store to the end; throws with what it printed unless it succeeded. */
export async function runOutturn(store: string, args: readonly string[]): Promise<string> {
  const run = startOutturn(store, args);
  const { code, signal } = await run.exited;
  if (code !== 0) throw new Error(`outturn ${args.join(" ")} ended with ${signal ?? code}:\n${run.output()}`);
  return run.output();
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (!address || typeof address === "string") throw new Error("no free port on 127.0.0.1");
  return address.port;
}

export interface RunningServer {
  url: string;
  pid: number;
  /** Stops it with SIGTERM (so a --cpu-prof profile is written), SIGKILL if it has not gone in 20 s. */
  stop(): Promise<void>;
}

/** `outturn serve` on the store, ready once it says where it is running. */
export async function startServer(
  store: string,
  nodeOptions: readonly string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const server = startOutturn(store, ["serve", "--port", String(port), "--host", "127.0.0.1"], {
    nodeOptions,
  });
  const ready = new Promise<void>((resolve, reject) => {
    const look = () => {
      if (server.output().includes("Outturn is running at")) resolve();
    };
    server.child.stdout?.on("data", look);
    server.exited.then(() =>
      reject(new Error(`outturn serve ended before it was ready:\n${server.output()}`)),
    );
  });
  await ready;
  return {
    url: `http://127.0.0.1:${port}`,
    pid: server.pid,
    async stop() {
      server.child.kill("SIGTERM");
      const timer = setTimeout(() => server.child.kill("SIGKILL"), 20_000);
      await server.exited;
      clearTimeout(timer);
    },
  };
}
