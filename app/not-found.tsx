import { connection } from "next/server";

import { NotFoundMessage } from "@/components/ui/not-found-message";

// Rendered per request, not prerendered: a URL that matches no route gets the nonce CSP from proxy.ts (it cannot
// tell an unknown path from a dynamic page), and a prerendered 404's scripts would carry no nonce and be
// blocked. Prerendered routes that call notFound() keep a static not-found of their own (games/[slug]).
export default async function NotFound() {
  await connection();
  return <NotFoundMessage />;
}
