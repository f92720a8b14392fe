"use client";

import { adminButtonClass } from "@/components/admin/admin-button";
import { ConfirmButton } from "@/components/admin/queues/confirm-button";
import type { AdminUser } from "@/lib/admin/users/schemas";
import { formatCount } from "@/lib/utils";

import { RoleBadge } from "./role-badge";

export const USER_GRID = "md:grid md:grid-cols-[minmax(12rem,2fr)_minmax(8rem,1.2fr)_6rem_7rem_5rem_9rem] md:items-center md:gap-3";

/** One user: a card on phones, a table row from md up. Your own row cannot drop your admin role. */
export function UserRow({
  user,
  isSelf,
  pending,
  onChangeRole,
}: {
  user: AdminUser;
  isSelf: boolean;
  pending: boolean;
  onChangeRole: (role: AdminUser["role"]) => void;
}) {
  const promote = user.role !== "ADMIN";
  const who = user.name ? `${user.name} (${user.email})` : user.email;
  return (
    <li
      data-testid="user-row"
      className={`rounded-md border border-zinc-200 p-3 md:rounded-none md:border-0 md:px-3 md:py-2 dark:border-zinc-800 ${USER_GRID}`}
    >
      <div className="min-w-0">
        <p className="truncate font-medium" title={user.email}>
          {user.email}
          {isSelf ? <span className="ml-1 text-xs font-normal text-zinc-500">(you)</span> : null}
        </p>
        {user.emailVerified ? null : <p className="text-xs text-zinc-500">email not verified</p>}
      </div>
      <p className="truncate text-sm text-zinc-600 dark:text-zinc-400">{user.name ?? <span className="text-zinc-400">—</span>}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-zinc-500 md:contents">
        <span className="md:text-sm">
          <RoleBadge role={user.role} />
        </span>
        <time dateTime={user.createdAt} title={new Date(user.createdAt).toLocaleString()} className="md:text-sm">
          <span className="md:hidden">joined </span>
          {new Date(user.createdAt).toLocaleDateString()}
        </time>
        <span className="tabular-nums md:text-right md:text-sm">
          {formatCount(user.libraryCount)}
          <span className="md:hidden"> in library</span>
        </span>
      </div>
      <div className="mt-2 md:mt-0 md:text-right">
        {isSelf && !promote ? (
          // A disabled button shows no tooltip in every browser; the wrapper's title does.
          <span title="You cannot remove your own admin role: ask another admin." className="inline-block">
            <button type="button" className={adminButtonClass("secondary")} disabled aria-describedby={`self-${user.id}`}>
              Remove admin
            </button>
            <span id={`self-${user.id}`} className="sr-only">
              You cannot remove your own admin role: ask another admin.
            </span>
          </span>
        ) : (
          <ConfirmButton
            label={promote ? "Make admin" : "Remove admin"}
            question={promote ? `Make ${who} an admin?` : `Remove ${who}'s admin role?`}
            confirmLabel={promote ? "Make admin" : "Remove admin"}
            variant={promote ? "secondary" : "danger"}
            pending={pending}
            onConfirm={() => onChangeRole(promote ? "ADMIN" : "PLAYER")}
          />
        )}
      </div>
    </li>
  );
}
