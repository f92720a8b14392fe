import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AccountTokenPurpose } from "@/generated/prisma/enums";

/** How long an emailed account link (password reset, email change) works: once, within this. */
export const ACCOUNT_TOKEN_TTL_MS = 60 * 60_000;

/** The digest an account token is stored and looked up by; the token itself is only ever in the email. */
export function accountTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new single-use token for an emailed account link (256 random bits, base64url). Only its SHA-256 is
 * stored, so reading the table (a backup, an admin's SQL console) opens nothing. Any earlier token of the same
 * user and purpose is deleted: only the newest link works.
 *
 * @example
 * const token = await createAccountToken(db, user.id, "PASSWORD_RESET");
 * const link = `${origin}/reset-password?token=${token}`;
 */
export async function createAccountToken(
  db: PrismaClient | Prisma.TransactionClient,
  userId: string,
  purpose: AccountTokenPurpose,
  newEmail: string | null = null,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.accountToken.deleteMany({ where: { userId, purpose } });
  await db.accountToken.create({
    data: { tokenHash: accountTokenHash(token), userId, purpose, newEmail, expires: new Date(Date.now() + ACCOUNT_TOKEN_TTL_MS) },
  });
  return token;
}
