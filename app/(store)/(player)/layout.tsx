import type { ReactNode } from "react";

import { QueryProvider } from "@/components/query/query-provider";

// The player's own pages (account, cart, library, wishlist) are client apps on react-query; the public pages
// around them load it only inside their lazy islands (components/islands).
export default function PlayerLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
