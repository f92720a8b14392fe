// /api/bench/baseline keeps only a few body sizes: each distinct ?bytes= used to
// stay cached for the life of the process, up to 1 MB each.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/bench/baseline/route";
import { BASELINE_SIZES_KEPT, baselineBodiesKept } from "@/lib/bench/baseline-body";

import { withEnv } from "../support/with-env";

describe("GET /api/bench/baseline", () => {
  it("answers the asked size, and keeps at most a few sizes however many are asked for", async () => {
    await withEnv({ BENCH_ENDPOINTS: "1" }, async () => {
      for (let bytes = 1_000; bytes < 1_200; bytes++) {
        const res = GET(new NextRequest(`http://localhost/api/bench/baseline?bytes=${bytes}`));
        expect((await res.text()).length).toBe(bytes);
      }
      expect(baselineBodiesKept()).toBeLessThanOrEqual(BASELINE_SIZES_KEPT);
    });
  });
});
