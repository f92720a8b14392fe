// The deterministic rule that prices the demo catalog (docs/store.md, "Demo prices"). Pure: the same game,
// release year and popularity rank give the same prices and the same sale on every run and every machine.
import { createHash } from "node:crypto";

import type { Currency } from "@/lib/money";

/**
 * Price points per currency, as stores set them: regional price points, not exchange-rate conversions, every
 * one ending in .99 (¥…80 in yen). A game sits on one rung of this ladder in every currency.
 */
export const PRICE_LADDER: ReadonlyArray<Record<Currency, string>> = [
  { USD: "1.99", EUR: "1.99", GBP: "0.99", JPY: "280.00" },
  { USD: "2.99", EUR: "2.99", GBP: "1.99", JPY: "380.00" },
  { USD: "4.99", EUR: "4.99", GBP: "3.99", JPY: "680.00" },
  { USD: "7.99", EUR: "7.99", GBP: "6.99", JPY: "980.00" },
  { USD: "9.99", EUR: "9.99", GBP: "8.99", JPY: "1480.00" },
  { USD: "14.99", EUR: "14.99", GBP: "12.99", JPY: "1980.00" },
  { USD: "19.99", EUR: "19.99", GBP: "16.99", JPY: "2480.00" },
  { USD: "29.99", EUR: "29.99", GBP: "24.99", JPY: "3980.00" },
  { USD: "39.99", EUR: "39.99", GBP: "34.99", JPY: "4980.00" },
  { USD: "49.99", EUR: "49.99", GBP: "42.99", JPY: "6580.00" },
  { USD: "59.99", EUR: "59.99", GBP: "49.99", JPY: "7980.00" },
];

/** The percentages a demo sale may take (within the schema's 10–90). */
export const DEMO_SALE_PERCENTS = [10, 15, 20, 25, 30, 33, 40, 50, 60, 66, 75, 80, 90] as const;

/** Demo sale campaigns: each ran from `startedDaysAgo` and ends `endsInDays` after seeding. */
export const DEMO_SALE_CAMPAIGNS = [
  { name: "Weekend Deal", startedDaysAgo: 1, endsInDays: 2 },
  { name: "Arcade Classics Week", startedDaysAgo: 3, endsInDays: 4 },
  { name: "Retro Spotlight", startedDaysAgo: 5, endsInDays: 9 },
  { name: "Publisher Sale", startedDaysAgo: 2, endsInDays: 5 },
  { name: "Midweek Madness", startedDaysAgo: 1, endsInDays: 1 },
  { name: "Seasonal Sale", startedDaysAgo: 6, endsInDays: 8 },
  { name: "Hidden Gems", startedDaysAgo: 4, endsInDays: 10 },
  { name: "Daily Deal", startedDaysAgo: 0, endsInDays: 1 },
] as const;

/** One in this many games is on sale. */
const SALE_ONE_IN = 10;

export interface DemoGame {
  id: number;
  /** First release year, or null when the catalog does not know it. */
  year: number | null;
  /** 0 for the most popular game. */
  rank: number;
}

export interface DemoPrice {
  /** Index into PRICE_LADDER. */
  rung: number;
  prices: Record<Currency, string>;
  sale: { percent: number; campaign: number } | null;
}

/** Three independent, well-mixed draws per game from its id (SHA-256: stable across Node versions and machines). */
function draws(gameId: number): [number, number, number] {
  const digest = createHash("sha256").update(`questlog-demo-price:${gameId}`).digest();
  return [digest.readUInt32BE(0), digest.readUInt32BE(4), digest.readUInt32BE(8)];
}

/** The era's starting rung: the older the game, the cheaper (classics cheap). */
function eraRung(year: number | null): number {
  if (year === null) return 2; // $4.99
  if (year < 1985) return 1; // $2.99
  if (year < 1995) return 2; // $4.99
  if (year < 2005) return 4; // $9.99
  if (year < 2012) return 5; // $14.99
  return 6; // $19.99
}

/** The popularity bonus: the top 50 are premium (+3 rungs), the top 500 +1. */
function popularityBonus(rank: number): number {
  if (rank < 50) return 3;
  if (rank < 500) return 1;
  return 0;
}

/**
 * The demo price of one game: era rung + popularity bonus + 0 or 1 (variety among games of one era), on the
 * ladder above; and, for one game in ten, a sale in one of the campaigns at one of the percentages.
 *
 * @example
 * demoPrice({ id: 1942, year: 1984, rank: 3 }); // rung 4 or 5: $9.99 or $14.99 (a premium classic)
 */
export function demoPrice(game: DemoGame): DemoPrice {
  const [variety, saleDraw, percentDraw] = draws(game.id);
  const rung = Math.min(PRICE_LADDER.length - 1, eraRung(game.year) + popularityBonus(game.rank) + (variety % 2));
  const onSale = saleDraw % SALE_ONE_IN === 0;
  return {
    rung,
    prices: { ...PRICE_LADDER[rung]! },
    sale: onSale
      ? {
          percent: DEMO_SALE_PERCENTS[percentDraw % DEMO_SALE_PERCENTS.length]!,
          campaign: Math.floor(saleDraw / SALE_ONE_IN) % DEMO_SALE_CAMPAIGNS.length,
        }
      : null,
  };
}
