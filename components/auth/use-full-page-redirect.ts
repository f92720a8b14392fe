"use client";

import { useEffect } from "react";

import type { AuthActionState } from "@/lib/auth/auth-actions";

/**
 * After a sign-in or sign-out action succeeds, loads the target page in full: client caches (the header's
 * session, library queries) were filled as the previous user, and a fresh page load drops them all.
 */
export function useFullPageRedirect(state: AuthActionState): void {
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
}
