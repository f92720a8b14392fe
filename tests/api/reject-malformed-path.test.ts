import { describe, expect, it } from "vitest";

import { rejectMalformedPath } from "@/lib/api/reject-malformed-path";

const at = (path: string) => new URL(`http://127.0.0.1:3000${path}`);

describe("rejectMalformedPath", () => {
  it.each(["/api/games/%", "/api/games/a%zz", "/api/admin/jobs/%ED%A0%80/promote", "/api/auth/%E0%A4%A", "/api/users/me/wishlist/%C0%AF"])(
    "answers 400 invalid_parameters for %s",
    async (path) => {
      const res = rejectMalformedPath(at(path));
      expect(res?.status).toBe(400);
      expect(await res?.json()).toMatchObject({ error: { code: "invalid_parameters" } });
    },
  );

  it("answers a plain 400 for a page path", async () => {
    const res = rejectMalformedPath(at("/games/%"));
    expect(res?.status).toBe(400);
    expect(await res?.text()).toContain("Bad Request");
  });

  it.each(["/api/games/12", "/api/games/%25", "/games/caf%C3%A9", "/search?q=%", "/api/auth/session"])("lets %s through", (path) => {
    expect(rejectMalformedPath(at(path))).toBeUndefined();
  });
});
