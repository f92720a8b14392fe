import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { AccountTokenPurpose } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";

import { accountTokenHash } from "./create-account-token";

export interface ConsumedAccountToken {
  userId: string;
  newEmail: string | null;
}

/**
 * Uses up an emailed account token inside the caller's transaction: the row is deleted as it is read
 * (DELETE … RETURNING), so a link works at most once even when two requests race (only one delete finds the row),
 * and the use commits or rolls back with the change it allows. Throws AppError("invalid_token") (400) for an
 * unknown, used, expired or other-purpose token, all alike.
 *
 * @example
 * await db.$transaction(async (tx) => {
 *   const { userId } = await consumeAccountToken(tx, "PASSWORD_RESET", body.token);
 *   …
 * });
 */
export async function consumeAccountToken(
  tx: Prisma.TransactionClient,
  purpose: AccountTokenPurpose,
  token: string,
): Promise<ConsumedAccountToken> {
  const rows = await tx.$queryRaw<Array<{ userId: string; purpose: AccountTokenPurpose; newEmail: string | null; expires: Date }>>`
    DELETE FROM "AccountToken" WHERE "tokenHash" = ${accountTokenHash(token)} RETURNING "userId", purpose::text AS purpose, "newEmail", expires`;
  const row = rows[0];
  if (!row || row.purpose !== purpose || row.expires.getTime() <= Date.now()) {
    throw new AppError("invalid_token", "This link has expired or was already used. Ask for a new one.");
  }
  return { userId: row.userId, newEmail: row.newEmail };
}
