/**
 * `outturn project` on its own: the global --store option and the one command, with nothing else
 * loaded (main.ts comes here for `project`; program.ts lists it with the other commands).
 */
import { Command } from "commander";
import { reportFailure, storeLocation } from "./common.js";
import { addProjectCommand } from "./project.js";

const program = new Command("outturn").option(
  "--store <location>",
  "SQLite file or postgres:// URL (default $OUTTURN_STORE or ./outturn.sqlite)",
);
addProjectCommand(program, () => storeLocation(program.opts<{ store?: string }>().store));
program.parseAsync().catch(reportFailure);
