import { describe, expect, it } from "vitest";

import { classifyRoute } from "@/lib/metrics/classify-route";

describe("classifyRoute", () => {
  it.each([
    ["/api/games/search?q=zelda&limit=5", "search_api"],
    ["/api/games/search/", "search_api"],
    ["/search", "search_page"],
    ["/search?q=mario&_rsc=abc12", "search_page"],
    ["/games/tetris", "game_page"],
    ["/games/tetris?_rsc=1x2y3", "game_page"],
    ["/games/tetris.rsc", "game_page"],
    ["/games/tetris.prefetch.rsc", "game_page"],
    ["/games/tetris.segments/$c$slug/__PAGE__.segment.rsc", "game_page"],
    ["/api/games/1234", "game_api"],
    ["/api/games/1234?fields=x", "game_api"],
    ["/", "other"],
    ["/games", "other"],
    ["/games/tetris/reviews", "other"],
    ["/api/games", "other"],
    ["/api/health", "other"],
    ["/searching", "other"],
    ["/_next/image?url=x", "other"],
  ])("classifies %s as %s", (url, route) => {
    expect(classifyRoute(url)).toBe(route);
  });

  it("returns null for build assets under /_next/static", () => {
    expect(classifyRoute("/_next/static/chunks/app-123.js")).toBeNull();
    expect(classifyRoute("/_next/static/css/x.css?v=1")).toBeNull();
  });
});
