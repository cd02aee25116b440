import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    // A guard against a hang, not a speed check: CLI tests start several processes each.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
