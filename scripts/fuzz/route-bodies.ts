// Bodies that pass a route's schema, with now and then one field swapped for something hostile: random JSON
// almost never gets past validation, and the code behind it (database writes, job enqueues, cache deletes)
// is where a 500 would hide. Field names are the schemas' (lib/**/*-schemas.ts); the fields of each route
// come from its header comment.
import fc from "fast-check";

import { fuzzNumber, fuzzString } from "./fuzz-values";

type Plausible = { gameIds: number[] };

function fieldValues(plausible: Plausible): Record<string, fc.Arbitrary<unknown>> {
  const gameId = fc.constantFrom(...(plausible.gameIds.length ? plausible.gameIds : [1]));
  const day = fc
    .date({ min: new Date("1970-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom("\u0000", "a\u0000b", "\ud800", "🙂", ""),
  );
  return {
    gameId,
    status: fc.constantFrom("WANT", "PLAYING", "PLAYED", "COMPLETED", "DROPPED", "playing", "completed"),
    rating: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(null)),
    notes: fc.oneof(text, fc.constant(null)),
    platform: fc.oneof(fc.constantFrom("snes", "nes", "gba", "n64", "super-nintendo"), fc.constant(null)),
    startedAt: fc.oneof(day, fc.constant(null)),
    finishedAt: fc.oneof(day, fc.constant(null)),
    priority: fc.integer({ min: -2, max: 10 }),
    priceDropThreshold: fc.oneof(fc.constantFrom("12.50", "0.01", 5, "99999999.99", "1e3"), fc.constant(null)),
    currency: fc.oneof(fc.constantFrom("EUR", "usd", "JPY", "XXX", "EUX"), fc.constant(null)),
    role: fc.constantFrom("ADMIN", "PLAYER", "admin"),
    key: fc.constantFrom("ql:search:zelda", "ql:game:1", "ql:x", "ql:*"),
    tag: fc.constantFrom("game:1", "search", "games", "x"),
    pattern: fc.constantFrom("ql:search:*", "ql:game:*", "ql:[a-", "ql:*", "ql:**", "ql:?*", "ql:\\"),
    confirmAll: fc.boolean(),
    state: fc.constantFrom("completed", "failed"),
    olderThanMs: fc.integer({ min: 0, max: 10 ** 9 }),
    olderThan: fc.constantFrom("1h", "24h", "7d", "15m"),
    name: text,
    summary: fc.oneof(text, fc.constant(null)),
    coverImageId: fc.oneof(fc.constantFrom("co1r7h", "abc123"), fc.constant(null)),
    featured: fc.boolean(),
    hidden: fc.boolean(),
    paths: fc.array(fc.constantFrom("/", "/games/zelda", "/games/a.b~c"), { maxLength: 3 }),
    id: gameId,
  };
}

const ROUTE_FIELDS: Record<string, { required: string[]; optional: string[] }> = {
  "POST /api/users/me/library": { required: ["gameId"], optional: ["status", "rating", "notes", "platform", "startedAt", "finishedAt"] },
  "PATCH /api/users/me/library/[gameId]": { required: [], optional: ["status", "rating", "notes", "platform", "startedAt", "finishedAt"] },
  "POST /api/users/me/wishlist": { required: ["gameId"], optional: ["priority", "priceDropThreshold", "currency", "notes"] },
  "PATCH /api/users/me/wishlist/[gameId]": { required: [], optional: ["priority", "priceDropThreshold", "currency", "notes"] },
  "PATCH /api/admin/users/[id]": { required: ["role"], optional: [] },
  "POST /api/admin/cache/invalidate": { required: [], optional: ["key", "tag", "pattern", "confirmAll"] },
  "POST /api/admin/queues/[queue]/clean": { required: ["state"], optional: ["olderThanMs", "olderThan"] },
  "PATCH /api/admin/catalog/games/[id]": { required: [], optional: ["name", "summary", "coverImageId", "featured", "hidden"] },
  "POST /api/igdb/webhook": { required: ["id"], optional: ["name"] },
  "POST /api/internal/revalidate": { required: ["paths"], optional: [] },
};

/**
 * A body for `METHOD /pattern` that its schema would mostly accept, or undefined for routes without one.
 * One case in three carries one hostile value (NUL, lone surrogate, huge number, wrong type) in a valid field.
 */
export function routeBody(key: string, plausible: Plausible): fc.Arbitrary<Record<string, unknown>> | undefined {
  const fields = ROUTE_FIELDS[key];
  if (!fields) return undefined;
  const values = fieldValues(plausible);
  const valueOf = (name: string) => values[name] ?? fuzzString;
  return fc
    .tuple(
      fc.tuple(...fields.required.map((name) => valueOf(name).map((v) => [name, v] as const))),
      fc.subarray(fields.optional).chain((names) => fc.tuple(...names.map((name) => valueOf(name).map((v) => [name, v] as const)))),
      fc.oneof(
        { weight: 2, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc.tuple(
            fc.constantFrom(...fields.required, ...fields.optional),
            fc.oneof(fuzzString, fuzzNumber, fc.constant([]), fc.constant({})),
          ),
        },
      ),
    )
    .map(([required, optional, hostile]) => Object.fromEntries([...required, ...optional, ...(hostile ? [hostile] : [])]));
}
