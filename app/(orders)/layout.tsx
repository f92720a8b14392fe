import type { ReactNode } from "react";

import { QueryProvider } from "@/components/query/query-provider";

// Orders pages follow their order live and act on it (react-query); see app/(store)/(player)/layout.tsx.
export default function OrdersLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
