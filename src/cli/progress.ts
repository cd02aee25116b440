/** A progress bar on stderr for long work, shown only when a person is watching a terminal. */
import { Presets, SingleBar } from "cli-progress";

export function progressBar(title: string): {
  update: (done: number, total: number, step: string) => void;
  stop: () => void;
} {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar(
    { format: `${title} [{bar}] {value}/{total} {step}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, step) {
      if (!started) bar.start(total, done, { step });
      started = true;
      bar.setTotal(total);
      bar.update(done, { step });
    },
    stop: () => started && bar.stop(),
  };
}
