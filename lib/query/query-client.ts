import { isServer, QueryClient } from "@tanstack/react-query";

let browserClient: QueryClient | undefined;

/**
 * The tab's one QueryClient. Pages no longer share a root provider (react-query stays off the pages that do not
 * use it), so each island and layout wraps itself in a provider; they all hand out this client, and the islands of
 * a page see one cache: adding to the cart refreshes the header's badge. On the server every render gets its own:
 * a shared one would carry one visitor's data into another's page (TanStack's advice for the App Router).
 */
export function getQueryClient(): QueryClient {
  const make = () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } } });
  if (isServer) return make();
  browserClient ??= make();
  return browserClient;
}
