/**
 * `npm run test:reliability`: load and crash safety (test/reliability/), one file at a time so the
 * load has the machine to itself, on Demoshire stores made once by the global setup.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/reliability/**/*.test.ts"],
    globalSetup: ["test/reliability/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
