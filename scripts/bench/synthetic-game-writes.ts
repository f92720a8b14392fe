// Catalog writes shaped like IGDB games (a platform, two dated releases, a company, an alternative title),
// with ids far above the CC0 catalog's; for bench:queue and the write queue tests.
import type { CatalogWrite } from "@/lib/catalog-writes/catalog-write";

export const FIRST_SYNTHETIC_ID = 9_000_000;

export function syntheticGameWrite(n: number, version = 1): CatalogWrite {
  const id = FIRST_SYNTHETIC_ID + n;
  const platform = 9_000 + (n % 7);
  return {
    kind: "game.upsert",
    game: {
      id,
      name: `Queue Test Game ${n} v${version}`,
      slug: `queue-test-game-${n}`,
      summary: null,
      rating: null,
      ratingCount: null,
      coverImageId: null,
      firstReleaseDate: "1999-03-01",
      firstReleaseYear: 1999,
      popularity: 10,
      platforms: [{ id: platform, name: `Test Platform ${platform}`, slug: `test-platform-${platform}` }],
      releases: [
        { id: id * 10 + 1, platformId: platform, date: "1999-03-01", year: 1999, region: "japan" },
        { id: id * 10 + 2, platformId: platform, date: "1999-09-01", year: 1999, region: "north_america" },
      ],
      companies: [{ id: 90_000 + (n % 5), name: `Test Co ${n % 5}`, slug: `test-co-${n % 5}`, publisher: true, developer: true }],
      alternativeNames: [`QTG ${n}`],
      igdbUpdatedAt: 1_700_000_000 + version,
      igdbChecksum: `v${version}`,
    },
  };
}
