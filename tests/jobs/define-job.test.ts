import { describe, expect, it } from "vitest";
import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";
import { parseJobId } from "@/lib/jobs/job-id";
import type { AnyJobDefinition, JobOptions } from "@/lib/jobs/types";

const base = { name: "refresh-game-job", queue: "catalog", schema: z.object({ igdbId: z.number() }), handle: async () => null };

describe("defineJob", () => {
  it("returns the definition itself, usable in a heterogeneous list", () => {
    const job = defineJob(base);
    expect(job).toBe(base);
    const list: AnyJobDefinition[] = [job, defineJob({ ...base, name: "other.job", schema: z.string() })];
    expect(list).toHaveLength(2);
  });

  it.each([
    ["a name with a colon", { name: "refresh:game" }, /name must be lowercase/],
    ["an upper-case name", { name: "RefreshGame" }, /name must be lowercase/],
    ["an empty name", { name: "" }, /name must be lowercase/],
    ["a queue with a hyphen", { queue: "catalog-sync" }, /queue "catalog-sync" must be lowercase letters and digits/],
    ["a queue with a colon", { queue: "a:b" }, /queue "a:b"/],
  ])("rejects %s", (_label, override, message) => {
    expect(() => defineJob({ ...base, ...override })).toThrow(message);
  });

  it.each<[string, JobOptions, RegExp]>([
    ["zero attempts", { attempts: 0 }, /attempts must be an integer of at least 1/],
    ["a negative backoff", { backoff: { type: "fixed", delayMs: -1 } }, /backoff.delayMs/],
    ["a fractional priority", { priority: 1.5 }, /priority must be an integer/],
    ["a priority past BullMQ's range", { priority: 2 ** 21 }, /priority must be an integer/],
    ["a negative keepCompleted", { keepCompleted: -1 }, /keepCompleted/],
    ["an invalid cron pattern", { repeat: { cron: "every tuesday" } }, /invalid repeat.cron/],
    ["an unknown time zone", { repeat: { cron: "0 * * * *", timezone: "Mars/Olympus" } }, /invalid repeat.cron/],
  ])("rejects %s", (_label, options, message) => {
    expect(() => defineJob({ ...base, schema: z.object({}), options })).toThrow(message);
  });

  it("requires a repeatable job's schema to accept the empty payload its scheduled runs get", () => {
    expect(() => defineJob({ ...base, options: { repeat: { cron: "0 3 * * *" } } })).toThrow(/must accept \{\}/);
    expect(() =>
      defineJob({ ...base, schema: z.object({ limit: z.number().default(50) }), options: { repeat: { cron: "0 3 * * *" } } }),
    ).not.toThrow();
  });
});

describe("parseJobId", () => {
  it("splits at the first colon, keeping scheduler ids whole", () => {
    expect(parseJobId("catalog:12")).toEqual({ queue: "catalog", localId: "12" });
    expect(parseJobId("cron:repeat:tick:1700000000000")).toEqual({ queue: "cron", localId: "repeat:tick:1700000000000" });
  });

  it.each(["12", "catalog:", ":12", "Catalog:12", "cata-log:12"])("rejects %j", (id) => {
    expect(parseJobId(id)).toBeNull();
  });
});
