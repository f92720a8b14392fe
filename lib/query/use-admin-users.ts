"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { AdminUser, AdminUserList, AdminUserRole } from "@/lib/admin/users/schemas";

import { adminGet, adminSend } from "./admin-api";

const USERS = ["admin", "users"] as const;
export const USERS_PAGE_SIZE = 25;

export function useAdminUsers({ q, role, page }: { q: string; role: AdminUserRole | ""; page: number }) {
  const params = new URLSearchParams({ limit: String(USERS_PAGE_SIZE), offset: String(page * USERS_PAGE_SIZE) });
  if (q) params.set("q", q);
  if (role) params.set("role", role);
  return useQuery({
    queryKey: [...USERS, q, role, page],
    queryFn: () => adminGet<AdminUserList>(`/api/admin/users?${params}`),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function useChangeUserRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: AdminUserRole }) =>
      adminSend<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}`, "PATCH", { role }),
    onSettled: () => client.invalidateQueries({ queryKey: USERS }),
  });
}
