"use client";

import { useQuery } from "@tanstack/react-query";

import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";

import { hasCookieHint } from "./use-cookie-hint";

export interface ClientSession {
  user: { id: string; email?: string | null; name?: string | null; role: string };
}

/**
 * The Auth.js session as the browser sees it (GET /api/auth/session; null when signed out). Read on the client
 * so that pages with the header stay static (ISR): auth() in the layout would make every page dynamic.
 */
export function useSession() {
  return useQuery({
    queryKey: ["session"],
    queryFn: async (): Promise<ClientSession | null> => {
      // No hint, no session cookie: nothing to ask (a guest with a cart loads the header's menu too).
      if (!hasCookieHint(SIGNED_IN_HINT_COOKIE)) return null;
      const res = await fetch("/api/auth/session", { cache: "no-store" });
      if (!res.ok) throw new Error(`session: ${res.status}`);
      const body = (await res.json()) as ClientSession | null;
      return body?.user?.id ? body : null;
    },
    staleTime: 5 * 60_000,
  });
}
