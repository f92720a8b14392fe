import "server-only";

import type { Role } from "@/generated/prisma/enums";

import type { AdminUser } from "./schemas";

/** The columns an admin user row is read with (and its library size). */
export const adminUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
  emailVerified: true,
  _count: { select: { libraryEntries: true } },
} as const;

interface AdminUserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: Date;
  emailVerified: Date | null;
  _count: { libraryEntries: number };
}

/** The DTO the console gets: dates as ISO strings, never the password hash. */
export function toAdminUser(row: AdminUserRow): AdminUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    emailVerified: row.emailVerified?.toISOString() ?? null,
    libraryCount: row._count.libraryEntries,
  };
}
