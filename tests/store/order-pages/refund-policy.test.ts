import { describe, expect, it } from "vitest";

import { refundPolicyText, refundWindowDays } from "@/components/store/refund-policy";

describe("refundWindowDays", () => {
  it("is the days between payment and the refund deadline", () => {
    expect(refundWindowDays({ paid_at: "2026-11-03T10:00:00.000Z", refund_deadline: "2026-11-17T10:00:00.000Z" })).toBe(14);
    expect(refundWindowDays({ paid_at: "2026-11-03T10:00:00.000Z", refund_deadline: "2026-12-03T10:00:00.000Z" })).toBe(30);
  });

  it("is null for an order never paid", () => {
    expect(refundWindowDays({ paid_at: null, refund_deadline: null })).toBeNull();
  });
});

describe("refundPolicyText", () => {
  it("words the policy for one game and for several", () => {
    expect(refundPolicyText(14, 1)).toBe("Refunds within 14 days of purchase; the game leaves your library.");
    expect(refundPolicyText(1, 3)).toBe("Refunds within 1 day of purchase; the games leave your library.");
  });
});
