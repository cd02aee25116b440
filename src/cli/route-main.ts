/**
 * `outturn route` started alone (main.ts dispatches it before program.ts loads), so it loads the
 * routing modules and commander but not the report renderers, the web server or the spreadsheet
 * library; the store is opened only for the council's own book.
 */
import { Command } from "commander";
import { reportFailure, storeLocation } from "./common.js";
import { addRouteCommand } from "./route.js";

const program = new Command("outturn").option(
  "--store <location>",
  "SQLite file or postgres:// URL (default $OUTTURN_STORE or ./outturn.sqlite)",
);
addRouteCommand(program, () => storeLocation(program.opts<{ store?: string }>().store));
program.parseAsync().catch(reportFailure);
