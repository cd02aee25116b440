/**
 * How hard `npm run test:reliability` pushes: the full form (50 users for 60 s on each store, every
 * kill point) unless RELIABILITY=short (10 users for 5 s, each crash once), which CI runs.
 */
export const SHORT = process.env.RELIABILITY === "short";

export const LOAD = SHORT ? { users: 10, seconds: 5 } : { users: 50, seconds: 60 };

/** The goals from issue 8; the short form asserts only the errors, never a timing. */
export const GOALS = { apiP95Ms: 50, errors: 0 };

/** The council every load and crash run works on: Demoshire, as `outturn demo` creates it. */
export const LA = "DEMO";
