/** `outturn serve`: the web UI on one store, with Demoshire created first if the store is empty. */
import { loadDemo } from "../demo/load-demo.js";
import { buildServer } from "../server/app.js";
import { openStore } from "../store/open.js";
import { actor, displayLocation } from "./context.js";
import { progressBar } from "./progress.js";

export async function serveCommand(
  location: string,
  options: { port: number; host: string; unsuppressed?: boolean },
): Promise<void> {
  const store = await openStore(location);
  await store.migrate();
  const empty = (await store.councils()).length === 0;
  if (empty) {
    console.log(`The store ${displayLocation(location)} is empty: creating the demo council, Demoshire…`);
    const bar = progressBar("Demoshire");
    await loadDemo(store, actor("demo generator", "demo"), { onProgress: bar.update });
    bar.stop();
  }
  const reader = options.unsuppressed ? "officer" : "member";
  // A new demo's transport scenarios are solved in the background, so /transport fills in by itself.
  const transportSolve = { unsolvedOnStart: empty };
  const server = await buildServer({ store, clock: () => new Date(), reader, transportSolve });
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
  console.log(
    reader === "member"
      ? "Pages show what members may see: small numbers suppressed, no child-level rows."
      : "Pages show officers' figures: child-level rows and small numbers. Keep this server from members.",
  );
}
