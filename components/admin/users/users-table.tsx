"use client";

import { useId, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { DebouncedTextFilter } from "@/components/admin/debounced-text-filter";
import { EmptyState, Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { Skeleton } from "@/components/ui/skeleton";
import type { AdminUserRole } from "@/lib/admin/users/schemas";
import { useAdminUsers, useChangeUserRole, USERS_PAGE_SIZE } from "@/lib/query/use-admin-users";
import { formatCount } from "@/lib/utils";

import { USER_GRID, UserRow } from "./user-row";

/** /admin/users: search, role filter, paging, promote/demote with a confirmation. */
export function UsersTable({ viewerId }: { viewerId: string }) {
  const roleId = useId();
  const [role, setRole] = useState<AdminUserRole | "">("");
  const [page, setPage] = useState(0);
  // One request once typing pauses, not one per keystroke.
  const [q, setQ] = useState("");
  const users = useAdminUsers({ q, role, page });
  const change = useChangeUserRole();
  const pageCount = Math.max(1, Math.ceil((users.data?.total ?? 0) / USERS_PAGE_SIZE));
  const changed = change.data;
  return (
    <Panel>
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
        <DebouncedTextFilter
          label="Search users"
          className="min-w-0 flex-1"
          value={q || undefined}
          onCommit={(text) => {
            setQ(text ?? "");
            setPage(0);
          }}
          placeholder="Email or name"
        />
        <div className="sm:w-40">
          <label htmlFor={roleId} className={labelClass}>
            Role
          </label>
          <select
            id={roleId}
            className={inputClass}
            value={role}
            onChange={(e) => {
              setRole(e.target.value as AdminUserRole | "");
              setPage(0);
            }}
          >
            <option value="">All roles</option>
            <option value="ADMIN">Admins</option>
            <option value="PLAYER">Players</option>
          </select>
        </div>
      </div>
      <div className="mb-3 space-y-2">
        <QueryError error={users.error} what="load users" />
        <QueryError error={change.error} what="change the role" />
        <p role="status" className="text-sm text-emerald-700 empty:hidden dark:text-emerald-300">
          {changed && !change.error ? `${changed.email} is now ${changed.role === "ADMIN" ? "an admin" : "a player"}.` : null}
        </p>
      </div>
      {users.isPending ? (
        <div role="status" aria-label="Loading users" className="space-y-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : users.data && users.data.users.length === 0 ? (
        <EmptyState>{q || role ? "No user matches." : "No users yet."}</EmptyState>
      ) : users.data ? (
        <>
          <div aria-hidden className={`hidden px-3 pb-2 text-xs font-medium text-zinc-500 ${USER_GRID}`}>
            <span>Email</span>
            <span>Name</span>
            <span>Role</span>
            <span>Joined</span>
            <span className="text-right">Library</span>
            <span />
          </div>
          <ul aria-label="Users" className="space-y-2 md:space-y-0 md:divide-y md:divide-zinc-200 md:dark:divide-zinc-800">
            {users.data.users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                isSelf={u.id === viewerId}
                pending={change.isPending && change.variables?.id === u.id}
                onChangeRole={(next) => change.mutate({ id: u.id, role: next })}
              />
            ))}
          </ul>
          <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-3 text-sm">
            <span className="text-zinc-500" data-testid="users-total">
              {formatCount(users.data.total)} users
            </span>
            <div className="flex items-center gap-2">
              <button type="button" className={adminButtonClass()} disabled={page === 0} onClick={() => setPage(page - 1)}>
                ← Previous
              </button>
              <span className="text-zinc-500">
                Page {page + 1} of {pageCount}
              </span>
              <button type="button" className={adminButtonClass()} disabled={page + 1 >= pageCount} onClick={() => setPage(page + 1)}>
                Next →
              </button>
            </div>
          </nav>
        </>
      ) : null}
    </Panel>
  );
}
