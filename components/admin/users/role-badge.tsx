import type { AdminUserRole } from "@/lib/admin/users/schemas";
import { cn } from "@/lib/utils";

/** "admin" or "player" as a pill. */
export function RoleBadge({ role }: { role: AdminUserRole }) {
  return (
    <span
      data-testid="user-role"
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium",
        role === "ADMIN"
          ? "bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100"
          : "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
      )}
    >
      {role === "ADMIN" ? "admin" : "player"}
    </span>
  );
}
