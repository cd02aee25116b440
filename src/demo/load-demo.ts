/** Puts a generated council into a store: the council record, then each register in turn. */
import { REGISTER_FIELD, REGISTER_NAMES, type RegisterRows } from "../domain/registers.js";
import type { Actor, Store } from "../store/store.js";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "./generate.js";

export interface DemoOptions {
  seed?: number;
  scale?: number;
  onProgress?: (done: number, total: number, step: string) => void;
}

/** Generates Demoshire (or a scaled council) and writes it to the store. Returns its `la`. */
export async function loadDemo(store: Store, actor: Actor, options: DemoOptions = {}): Promise<string> {
  const progress = options.onProgress ?? (() => {});
  const total = REGISTER_NAMES.length + 1;
  progress(0, total, "generating");
  const { council, registers } = generateCouncil({
    seed: options.seed ?? DEMOSHIRE_SEED,
    scale: options.scale ?? 1,
    asAt: DEMOSHIRE_AS_AT,
  });
  await store.saveCouncil(council);
  const councilStore = store.council(council.la);
  let done = 1;
  for (const register of REGISTER_NAMES) {
    progress(done++, total, register);
    const rows = registers[REGISTER_FIELD[register]] as RegisterRows[typeof register][];
    await councilStore.replace(register, rows, actor);
  }
  progress(total, total, "done");
  return council.la;
}
