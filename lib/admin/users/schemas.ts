// Inputs and answers of /api/admin/users*, shared by the routes and the console (no server imports here).
import { z } from "zod";

export const ROLES = ["PLAYER", "ADMIN"] as const;
export type AdminUserRole = (typeof ROLES)[number];

export const listUsersQuerySchema = z.object({
  /** Part of the email or name, any case. */
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => (s ? s : undefined)),
  /** ADMIN or PLAYER in any case; empty means every role. */
  role: z
    .preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.union([z.enum(ROLES), z.literal("")]).optional())
    .transform((r) => (r ? r : undefined)),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export const userIdParamSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "a user id");

export const changeUserRoleBodySchema = z.object({ role: z.enum(ROLES) }).strict();

export interface AdminUser {
  id: string;
  email: string;
  name: string | null;
  role: AdminUserRole;
  createdAt: string;
  emailVerified: string | null;
  libraryCount: number;
}

export interface AdminUserList {
  users: AdminUser[];
  total: number;
}
