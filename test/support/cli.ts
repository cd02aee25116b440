/** Runs the real `outturn` command from source, as a user would, and collects what it prints. */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect } from "vitest";

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function outturn(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/**
 * Demoshire in a store of its own for one test file: a temporary folder, with `outturn demo` run into
 * it, before the file's tests, and removed after them. `cli` runs `outturn` on that store; `json` runs
 * it with --format json, expecting nothing on stderr and success; `path` names a file in the folder.
 */
export function demoStore(prefix: string) {
  let dir = "";
  const path = (name: string) => join(dir, name);
  const cli = (...args: string[]) => outturn(["--store", path("outturn.sqlite"), ...args]);
  const json = async (...args: string[]) => {
    const result = await cli(...args, "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    expect((await cli("demo")).code).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return { cli, json, path };
}
