"use client";

import dynamic from "next/dynamic";
import type { ComponentType, ReactNode } from "react";

/**
 * A client island that loads after the page, with react-query around it. Neither its code nor react-query is in
 * the page's first-load JavaScript (issue 18: a game page shipped 227 KB, mostly for these islands): the page
 * paints and hydrates first, then each island's chunk arrives and replaces its placeholder. Every island's
 * provider hands out the tab's one QueryClient (lib/query/query-client.ts), so islands share one cache.
 *
 * `loading` must take the island's final size where it can: the swap must not move the page (CLS).
 */
export function lazyQueryIsland<P extends object>(load: () => Promise<ComponentType<P>>, loading: () => ReactNode) {
  return dynamic(
    async () => {
      const [Island, { QueryProvider }] = await Promise.all([load(), import("./query-provider")]);
      function WithQueryProvider(props: P) {
        return (
          <QueryProvider>
            <Island {...props} />
          </QueryProvider>
        );
      }
      return WithQueryProvider;
    },
    { ssr: false, loading },
  );
}
