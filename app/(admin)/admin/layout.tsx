import type { Metadata } from "next";
import type { ReactNode } from "react";

import { AdminNav } from "@/components/admin/admin-nav";
import { QueryProvider } from "@/components/query/query-provider";
import { getAdminViewer } from "@/lib/auth/get-viewer";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Questlog" }, robots: { index: false } };

// The console's frame. It shows the navigation to admins only; each page enforces access itself
// (requireAdminPage), because this layout does not run again on client-side navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await getAdminViewer();
  // The console is a client app on react-query (its own provider: the public pages do not ship it).
  if (!admin) return <QueryProvider>{children}</QueryProvider>;
  return (
    // minmax(0, …): a grid track otherwise grows to its widest child (the nav's one-line row on phones).
    <QueryProvider>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <aside className="min-w-0 lg:sticky lg:top-20 lg:self-start">
          <p className="mb-2 hidden text-xs font-semibold tracking-wide text-zinc-500 uppercase lg:block">Admin</p>
          <AdminNav />
        </aside>
        <div className="min-w-0">{children}</div>
      </div>
    </QueryProvider>
  );
}
