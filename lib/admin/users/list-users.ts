import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";

import type { AdminUserList, ListUsersQuery } from "./schemas";
import { adminUserSelect, toAdminUser } from "./to-admin-user";

/**
 * Users for /admin/users, newest first: `q` matches part of the email or name in any case, `role` filters.
 *
 * @example
 * const { users, total } = await listUsers({ q: "ada", role: "ADMIN", limit: 50, offset: 0 });
 */
export async function listUsers(query: ListUsersQuery): Promise<AdminUserList> {
  const db = await getDb();
  const where: Prisma.UserWhereInput = {
    role: query.role,
    OR: query.q ? [{ email: { contains: query.q, mode: "insensitive" } }, { name: { contains: query.q, mode: "insensitive" } }] : undefined,
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: adminUserSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: query.limit,
      skip: query.offset,
    }),
    db.user.count({ where }),
  ]);
  return { users: rows.map(toAdminUser), total };
}
