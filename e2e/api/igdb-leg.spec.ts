// The IGDB leg against `next start` in zero-config mode: the server started the stand-in itself.
import { expect, test } from "@playwright/test";

test("an upstream-only title comes from IGDB first, then from the database", async ({ request }) => {
  const q = "gelfling adventure";
  const first = await (await request.get(`/api/games/search?q=${encodeURIComponent(q)}`)).json();
  expect(first.meta.source).toBe("igdb");
  expect(first.results[0].name).toBe("Gelfling Adventure");
  const second = await (await request.get(`/api/games/search?q=${encodeURIComponent(q)}`)).json();
  expect(second.meta.source).toBe("database");
  expect(second.results[0].id).toBe(first.results[0].id);
  const page = await request.get(`/games/${first.results[0].slug}`);
  expect(page.status()).toBe(200);
});
