/**
 * Demoshire's plans that change its forecast: seed 002's saving S3 (convert 30 agency social worker
 * posts to permanent from July 2024), and routes re-tendered in January 2025 at higher prices
 * because fewer operators bid (seed 002's SEND transport market).
 */
import type { IsoDate } from "../domain/calendar/dates.js";
import { scale as scaleMoney } from "../domain/money/money.js";
import type { HtstRoute } from "../domain/transport/htst.js";
import type { RouteRetender } from "../domain/transport/retender.js";
import type { ConversionPlan } from "../domain/workforce/conversion.js";
import { wholePounds } from "./random.js";

/** Seed 002, Table 5: S3 is worth £1,006k in 2024-25 for 30 posts with a 3/4-year effect. */
const S3_POSTS = 30;
const S3_TARGET = 1_006_000_00;

export function demoConversionPlans(scale: number): ConversionPlan[] {
  const posts = Math.max(1, Math.round(S3_POSTS * scale));
  return [
    {
      ref: "CP-2024-01",
      saving: "S3",
      role: "Social worker",
      posts,
      effectiveDate: "2024-07-01",
      target: scaleMoney(S3_TARGET, posts / S3_POSTS),
      note: "Convert 30 posts from agency to permanent by end of June 2024 (Q1) to realise 3/4yr effect",
    },
  ];
}

/** The first day of the spring term 2025, when the re-let contracts start. */
const RETENDER_DATE: IsoDate = "2025-01-06";
/** Price rises on re-tender, in turn: fewer operators bid. */
const UPLIFTS = [0.12, 0.18, 0.09, 0.15];

/** About six fixed-price SEND routes running at `until`, spread through the register, re-let dearer. */
export function demoRetenders(routes: readonly HtstRoute[], until: IsoDate, scale: number): RouteRetender[] {
  const running = routes.filter(
    (r) => r.costCentre === "SEND-TRN" && r.dailyCost !== null && r.start <= until && r.end === null,
  );
  const count = Math.min(running.length, Math.max(1, Math.round(6 * scale)));
  const step = Math.max(1, Math.floor(running.length / count));
  return Array.from({ length: count }, (_, i) => {
    const route = running[i * step] as HtstRoute;
    const uplift = UPLIFTS[i % UPLIFTS.length] ?? 0;
    return {
      routeRef: route.routeRef,
      date: RETENDER_DATE,
      newDailyCost: wholePounds(((route.dailyCost ?? 0) * (1 + uplift)) / 100),
      note: `Re-tendered: ${i % 2 === 0 ? "two operators" : "one operator"} bid, up ${Math.round(uplift * 100)}%`,
    };
  });
}
