#!/usr/bin/env node
/**
 * `outturn`: the command line. `outturn project` is dispatched before anything else loads, so it
 * needs neither the store (unless it reads the stored returns) nor the report renderers, the web
 * server or the spreadsheet library, and starts in milliseconds; `outturn route` likewise
 * (route-main.ts); every other command is in program.ts, which loads them all.
 */

/** The command named on the line: the first word that is not the global --store option or its value. */
function commandOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--store") i++;
    else if (!arg.startsWith("--store=")) return arg;
  }
  return undefined;
}

const command = commandOf(process.argv.slice(2));
if (command === "project") await import("./project-main.js");
else if (command === "route") await import("./route-main.js");
else await import("./program.js");
