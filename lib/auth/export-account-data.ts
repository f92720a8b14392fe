import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { listLibrary } from "@/lib/library/list-library";
import { exportOrders } from "@/lib/store/orders/export-orders";
import { listWishlist } from "@/lib/wishlist/list-wishlist";

import { getAccountSummary, type AccountSummary } from "./get-account-summary";

export interface AccountExport {
  exportedAt: string;
  account: Omit<AccountSummary, "recentSignIn">;
  library: Awaited<ReturnType<typeof listLibrary>>["entries"];
  wishlist: Awaited<ReturnType<typeof listWishlist>>["entries"];
  /** Every order, as GET /api/users/me/orders/{id} shows it (without the timeline). */
  orders: Awaited<ReturnType<typeof exportOrders>>;
  /** Audit entries about the account or made by it (role changes, sign-outs everywhere, password drops…). */
  auditLog: Array<{ action: string; target: string; details: unknown; createdAt: string; byThisAccount: boolean }>;
}

/**
 * Everything Questlog holds about one account, as JSON for GET /api/users/me/export (a download): the account
 * (never the password hash or OAuth tokens), the library and wishlist with their games, the orders, and the audit entries
 * about it. Audit entries other people made about the account name them by id only.
 */
export async function exportAccountData(userId: string): Promise<AccountExport> {
  const db = await getDb();
  const [summary, library, wishlist, orders, audit] = await Promise.all([
    getAccountSummary(userId, undefined),
    listLibrary(userId, {}),
    listWishlist(userId),
    exportOrders(userId),
    db.auditLog.findMany({
      where: { OR: [{ target: `user:${userId}` }, { actorId: userId }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 10_000,
    }),
  ]);
  const { id, email, name, role, emailVerified, hasPassword, providers, createdAt } = summary;
  return {
    exportedAt: new Date().toISOString(),
    account: { id, email, name, role, emailVerified, hasPassword, providers, createdAt },
    library: library.entries,
    wishlist: wishlist.entries,
    orders,
    auditLog: audit.map((a) => ({
      action: a.action,
      target: a.target,
      details: a.details,
      createdAt: a.createdAt.toISOString(),
      byThisAccount: a.actorId === userId,
    })),
  };
}
