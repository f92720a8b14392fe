import { describe, expect, it } from "vitest";

import type { AppliedChanges } from "@/lib/catalog-writes/catalog-write";
import { changesWhatReadersSee } from "@/lib/catalog-writes/changes-what-readers-see";

const none: AppliedChanges = { upserted: [], updated: [], deleted: [], deletedSlugs: [], synced: 0, curated: [], rematched: [] };

describe("changesWhatReadersSee", () => {
  it("is false for a batch of rollups or unchanged rewrites (nothing applied to any game)", () => {
    expect(changesWhatReadersSee(none)).toBe(false);
  });

  it.each<[string, Partial<AppliedChanges>]>([
    ["a game written", { upserted: [1] }],
    ["a game removed", { deleted: [1], deletedSlugs: ["a"] }],
    ["a game curated", { curated: [1] }],
    ["a game synced (its popularity)", { synced: 1 }],
  ])("is true for %s", (_, changes) => {
    expect(changesWhatReadersSee({ ...none, ...changes })).toBe(true);
  });
});
