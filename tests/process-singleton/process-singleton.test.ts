import { describe, expect, it, vi } from "vitest";

import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

describe("processSingleton", () => {
  it("makes the value once per key, shared with a second copy of the module, until dropped", async () => {
    const key = `questlogTest${Math.random().toString(36).slice(2)}`;
    const make = vi.fn(() => ({ made: true }));
    expect(peekProcessSingleton(key)).toBeUndefined();
    const first = processSingleton(key, make);
    vi.resetModules();
    const other = await import("@/lib/process-singleton");
    expect(other.processSingleton(key, make)).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
    expect(dropProcessSingleton(key)).toBe(first);
    expect(peekProcessSingleton(key)).toBeUndefined();
    expect(processSingleton(key, make)).not.toBe(first);
    expect(make).toHaveBeenCalledTimes(2);
    dropProcessSingleton(key);
  });
});
