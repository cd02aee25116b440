import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    // Load, crash, fuzzing and backup run in npm run test:reliability (vitest.reliability.config.ts).
    exclude: ["**/node_modules/**", "test/reliability/**"],
    // A guard against a hang, not a speed check: CLI tests start several processes each.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
