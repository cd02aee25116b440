/**
 * `outturn project` on its own, as main.ts starts it: the global --store option and the one
 * command, read with node's parseArgs so nothing else loads, not even commander (program.ts lists
 * the command with the others, from the same PROJECT_COMMAND).
 */
import { parseArgs } from "node:util";
import { reportFailure, storeLocation, UserError } from "./common.js";
import { PROJECT_COMMAND, type ProjectCommandOptions, runProject } from "./project.js";

/** The usage, as `outturn project --help` prints it. */
export function projectHelp(): string {
  const options = PROJECT_COMMAND.options.map(([name, value, help]) => [`--${name} ${value}`, help]);
  const width = Math.max(...options.map(([flag]) => (flag as string).length));
  return [
    `Usage: outturn [--store <location>] project [options] ${PROJECT_COMMAND.argument[0]}`,
    "",
    PROJECT_COMMAND.description,
    "",
    `  ${PROJECT_COMMAND.argument[0]}  ${PROJECT_COMMAND.argument[1]}`,
    "",
    ...options.map(([flag, help]) => `  ${(flag as string).padEnd(width)}  ${help}`),
    "",
  ].join("\n");
}

async function main(args: readonly string[]): Promise<void> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        store: { type: "string" },
        help: { type: "boolean", short: "h" },
        ...Object.fromEntries(PROJECT_COMMAND.options.map(([name]) => [name, { type: "string" as const }])),
      },
    });
  } catch (error) {
    throw new UserError(`outturn project: ${(error as Error).message}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(projectHelp());
    return;
  }
  const [, path, ...rest] = positionals;
  if (rest.length > 0)
    throw new UserError(`outturn project takes one path; it was given ${rest.length + 1}.`, 2);
  const o: ProjectCommandOptions = {};
  for (const [name] of PROJECT_COMMAND.options) {
    const value = values[name];
    if (typeof value === "string") o[name === "file-la" ? "fileLa" : name] = value;
  }
  await runProject(path, o, () => storeLocation(values.store as string | undefined));
}

main(process.argv.slice(2)).catch(reportFailure);
