"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/utils";

export const ADMIN_SECTIONS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/queues", label: "Queues" },
  { href: "/admin/cache", label: "Cache" },
  { href: "/admin/catalog", label: "Catalog" },
  { href: "/admin/store", label: "Store" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/sales", label: "Sales" },
  { href: "/admin/search", label: "Search analytics" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
] as const;

/** Side navigation on wide screens; a row that scrolls sideways on phones (390 px). */
export function AdminNav() {
  const pathname = usePathname();
  const active = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Admin" className="-mx-4 overflow-x-auto px-4 lg:mx-0 lg:px-0">
      <ul className="flex gap-1 lg:flex-col">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              aria-current={active(s.href) ? "page" : undefined}
              className={cn(
                "block rounded-md px-3 py-2 text-sm whitespace-nowrap",
                active(s.href) ? "bg-brand-600 font-semibold text-white" : "hover:bg-zinc-200 dark:hover:bg-zinc-800",
              )}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
