"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

import { getQueryClient } from "@/lib/query/query-client";

/**
 * react-query for the subtree: the layouts of the signed-in pages and the console, and each lazy island of the
 * public pages (components/islands). Every one of them uses the tab's single client.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(getQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
