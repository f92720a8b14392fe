// handleApiError on real Prisma errors from PostgreSQL: what the database refuses because of a request is a
// 4xx with the error shape, never a 500.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { handleApiError } from "@/lib/api/errors";
import { isPrismaError } from "@/lib/errors/prisma-errors";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";

setUpAccountsDatabase();

const refusal = (write: Promise<unknown>) =>
  write.then(
    () => {
      throw new Error("the database accepted the write");
    },
    (error: unknown) => error,
  );
const answer = async (error: unknown) => {
  const res = handleApiError(error);
  return { status: res.status, body: (await res.json()) as { error: { code: string; details?: Record<string, unknown> } } };
};

describe("handleApiError with database refusals", () => {
  it("answers a unique violation (P2002) with 409 conflict naming the constraint", async () => {
    const db = await getDb();
    await db.user.create({ data: { email: "twice@example.test" } });
    const error = await refusal(db.user.create({ data: { email: "twice@example.test" } }));
    expect(isPrismaError(error, "P2002")).toBe(true);
    expect(await answer(error)).toEqual({
      status: 409,
      body: { error: { code: "conflict", message: expect.any(String), details: { constraint: "User_email_key" } } },
    });
  });

  it("answers a CHECK violation (P2039) with 400 invalid_parameters naming the constraint", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "checked@example.test" } });
    const error = await refusal(db.libraryEntry.create({ data: { userId: user.id, gameId: 1, status: "WANT", rating: 11 } }));
    expect(await answer(error)).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_parameters", details: { constraint: "LibraryEntry_rating_check" } } },
    });
  });

  it("answers a missing row (P2025) with 404 not_found", async () => {
    const db = await getDb();
    const error = await refusal(db.libraryEntry.update({ where: { id: "no-such-entry" }, data: { rating: 5 } }));
    expect((await answer(error)).status).toBe(404);
  });

  it("still answers our own bugs with 500", async () => {
    expect((await answer(new TypeError("x is undefined"))).status).toBe(500);
    expect(isPrismaError(Object.assign(new Error("looks alike"), { code: "P2002" }))).toBe(false);
  });
});
