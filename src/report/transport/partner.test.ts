import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { transportScenario } from "../../domain/transport/scenarios/model.js";
import { openSqliteStore } from "../../store/sqlite.js";
import type { Council, Store } from "../../store/store.js";
import { BorderPartnerError, borderPartner } from "./partner.js";

const A: Council = { la: "A", name: "Ayshire", region: "West Midlands", demo: true };
const B: Council = { la: "B", name: "Beeford", region: "West Midlands", demo: true };
const actor = { by: "test", source: "test", at: "2024-11-01T09:00:00Z" };
const withB = transportScenario("With Beeford", "across-the-border", { partner: "B" });

describe("the partner's book across the border", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore(":memory:");
    await store.migrate();
    await store.saveCouncil(A);
    await store.saveCouncil(B);
  });
  afterEach(() => store.close());

  it("is not read while the partner has not agreed, and the message says what agreement is missing", async () => {
    const refusal = borderPartner(store, A, withB);
    await expect(refusal).rejects.toBeInstanceOf(BorderPartnerError);
    await expect(refusal).rejects.toThrow(
      "Beeford has not agreed to plan across the border with Ayshire: its own transport scenarios must name A as a partner",
    );
  });

  it("is read once the partner's own scenarios plan across the border with this council", async () => {
    const withA = transportScenario("With Ayshire", "across-the-border", { partner: "A" });
    await store.council("B").replace("transport-scenarios", [withA], actor);
    const partner = await borderPartner(store, A, withB);
    expect(partner?.la).toBe("B");
    expect(partner?.registers.transportScenarios).toEqual([withA]);
  });

  it("names the councils in the store when the partner is not there, and is nothing for other policies", async () => {
    const elsewhere = transportScenario("With Ceeshire", "across-the-border", { partner: "C" });
    await expect(borderPartner(store, A, elsewhere)).rejects.toThrow("it holds A, B");
    expect(await borderPartner(store, A, transportScenario("Shared", "shared-routes"))).toBeUndefined();
  });
});
