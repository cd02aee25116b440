/** The councils the store suites run on, and a fresh store holding them for each test. */
import type { Council, Store } from "./store.js";

export const ALPHA: Council = { la: "901", name: "Alphashire", region: "West Midlands", demo: true };
export const BETA: Council = { la: "902", name: "Betashire", region: "South East", demo: false };

/** A store from `open`, migrated, holding Alphashire and Betashire; `alpha` and `beta` are each one's view. */
export async function openWithCouncils(open: () => Promise<Store>) {
  const store = await open();
  await store.migrate();
  await store.saveCouncil(ALPHA);
  await store.saveCouncil(BETA);
  return { store, alpha: store.council(ALPHA.la), beta: store.council(BETA.la) };
}
