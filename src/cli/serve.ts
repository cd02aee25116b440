/**
 * `outturn serve`: the web UI on one store, with Demoshire created first if the store is empty. Every
 * page needs a signed-in user (`outturn users add`); a new demo's accounts are printed.
 */
import { DEMO_USERS, loadDemo } from "../demo/load-demo.js";
import { buildServer } from "../server/app.js";
import { openStore } from "../store/open.js";
import { actor, displayLocation } from "./context.js";
import { progressBar } from "./progress.js";

export async function serveCommand(location: string, options: { port: number; host: string }): Promise<void> {
  const store = await openStore(location);
  await store.migrate();
  const empty = (await store.councils()).length === 0;
  if (empty) {
    console.log(`The store ${displayLocation(location)} is empty: creating the demo council, Demoshire…`);
    const bar = progressBar("Demoshire");
    await loadDemo(store, actor("demo generator", "demo"), { onProgress: bar.update });
    bar.stop();
  }
  // A new demo's transport scenarios are solved in the background, so /transport fills in by itself.
  const transportSolve = { unsolvedOnStart: empty };
  const server = await buildServer({ store, clock: () => new Date(), transportSolve });
  const close = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  const address = await server.listen({ port: options.port, host: options.host });
  console.log(`Outturn is running at ${address.replace("127.0.0.1", "localhost")}`);
  if (empty)
    console.log("Demoshire's transport scenarios are being solved in the background (about 4 minutes).");
  if (empty) {
    console.log("Sign in as one of the demo accounts (username / password):");
    for (const u of DEMO_USERS) console.log(`  ${u.username} / ${u.password}  (${u.role}, ${u.la})`);
  } else console.log('Sign in with a user of the store; add one with "outturn users add".');
  console.log(
    "Members see small numbers suppressed and no child-level rows; officers see everything of their council.",
  );
}
