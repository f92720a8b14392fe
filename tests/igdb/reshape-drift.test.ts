// Both IGDB schema generations read into the same IgdbGame; drift is logged, never fatal.
import { beforeEach, describe, expect, it } from "vitest";

import { igdbImageUrl } from "@/lib/igdb/images";
import { driftReports, resetDriftReports } from "@/lib/igdb/raw/parse-records";
import { reshapeGames } from "@/lib/igdb/reshape";

const current = {
  id: 1025,
  name: "Zelda II: The Adventure of Link",
  slug: "zelda-ii-the-adventure-of-link",
  first_release_date: Date.UTC(1987, 0, 14) / 1000,
  cover: { id: 9, image_id: "co1uii" },
  platforms: [{ id: 18, name: "Nintendo Entertainment System", slug: "nes" }],
  release_dates: [
    {
      id: 1,
      date: Date.UTC(1987, 0, 14) / 1000,
      y: 1987,
      m: 1,
      platform: 18,
      release_region: { id: 5, region: "japan" },
      date_format: { id: 0, format: "YYYYMMMMDD" },
    },
    { id: 2, y: 1988, platform: 18, release_region: 2, date_format: 2 },
  ],
  involved_companies: [{ id: 7, company: { id: 70, name: "Nintendo", slug: "nintendo" }, publisher: true, developer: true }],
  alternative_names: [{ id: 3, name: "Link no Bouken" }],
  game_type: { id: 0, type: "main_game" },
  total_rating: 71.5,
  updated_at: 1_700_000_000,
  checksum: "abc",
};

const legacy = {
  ...current,
  game_type: undefined,
  category: 0,
  release_dates: [
    { id: 1, date: Date.UTC(1987, 0, 14) / 1000, y: 1987, m: 1, platform: 18, region: 5, category: 0 },
    { id: 2, y: 1988, platform: 18, region: 2, category: 2 },
  ],
};

describe("reshapeGames", () => {
  beforeEach(() => resetDriftReports());

  it("reads the current schema: references expanded, dates at their precision", () => {
    const [game] = reshapeGames([current]);
    expect(game).toMatchObject({
      id: 1025,
      gameType: "main_game",
      coverImageId: "co1uii",
      firstReleaseDate: "1987-01-14",
      firstReleaseYear: 1987,
      rating: 71.5,
      alternativeNames: ["Link no Bouken"],
      platforms: [{ id: 18, name: "Nintendo Entertainment System", slug: "nes", abbreviation: null }],
      companies: [{ id: 70, name: "Nintendo", publisher: true, developer: true }],
    });
    expect(game!.releases).toEqual([
      { id: 1, platformId: 18, date: "1987-01-14", year: 1987, region: "Japan" },
      { id: 2, platformId: 18, date: "1988", year: 1988, region: "North America" },
    ]);
    expect(driftReports()).toEqual([]);
  });

  it("reads the pre-2025 enums to the same result and logs the drift once", () => {
    const [a] = reshapeGames([current]);
    const [b] = reshapeGames([JSON.parse(JSON.stringify(legacy)), JSON.parse(JSON.stringify(legacy))]);
    expect(b).toEqual(a);
    expect(driftReports().sort()).toEqual(["games.category", "release_dates.category", "release_dates.region"]);
  });

  it("keeps a record with unknown fields or a field of the wrong type, and skips one without a name", () => {
    const games = reshapeGames([
      { ...current, id: 1, franchise_tokens: ["x"], platforms: "not-an-array" },
      { id: 2 },
      { id: 3, name: "Plain" },
    ]);
    expect(games.map((g) => g.id)).toEqual([1, 3]);
    expect(games[0]!.platforms).toEqual([]);
    expect(games[1]).toMatchObject({ name: "Plain", releases: [], platforms: [], gameType: null, firstReleaseDate: null });
    expect(driftReports()).toEqual(expect.arrayContaining(["games.franchise_tokens:unknown", "games.platforms:type", "games:invalid"]));
  });
});

describe("igdbImageUrl", () => {
  it("builds sized and retina URLs", () => {
    expect(igdbImageUrl("co1uii", "cover_big")).toBe("https://images.igdb.com/igdb/image/upload/t_cover_big/co1uii.jpg");
    expect(igdbImageUrl("co1uii", "thumb", { retina: true })).toBe("https://images.igdb.com/igdb/image/upload/t_thumb_2x/co1uii.jpg");
  });
});
