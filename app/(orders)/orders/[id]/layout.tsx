import type { ReactNode } from "react";

import { getViewer } from "@/lib/auth/get-viewer";

import { loadOrderOr404 } from "../load-order";

// The ownership check runs here, above the order page's loading boundary: once a Suspense fallback has streamed
// the status is sent, and a notFound() from the page could only show the 404 page with a 200. Checked here,
// another player's order (or a made-up id) answers a real 404. The orders routes sit outside the (store) group
// for the same reason: its loading.tsx would wrap this layout too. A signed-out visitor passes through to the
// page, which sends them to sign in with the way back.
export default async function OrderLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (viewer) await loadOrderOr404((await params).id, viewer.id);
  return children;
}
