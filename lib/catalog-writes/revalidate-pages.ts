import "server-only";

import { randomBytes } from "node:crypto";

import { selfOrigin } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { sameSecret } from "@/lib/security/same-secret";

// revalidatePath() needs Next's request context, which the drainer (running beside the server, not in a
// request) lacks; so the drainer asks its own server through a route that exists for this, guarded by a
// secret minted per process and never leaving it.
function token(): string {
  return processSingleton("questlogRevalidateToken", () => randomBytes(24).toString("hex"));
}

export function isRevalidateToken(candidate: string | null): boolean {
  return sameSecret(candidate, token());
}

const CHUNK = 200;

/**
 * Revalidates these paths (game pages, or "/" for the featured shelf) on this server; a no-op outside `next start`
 * (CLI, worker, tests).
 */
export async function revalidatePages(paths: readonly string[]): Promise<void> {
  const origin = selfOrigin();
  if (!origin || paths.length === 0) return;
  for (let i = 0; i < paths.length; i += CHUNK) {
    const response = await fetch(`${origin}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-questlog-internal": token() },
      body: JSON.stringify({ paths: paths.slice(i, i + CHUNK) }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
  }
}
