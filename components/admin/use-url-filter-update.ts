"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * Writes filter changes into the page's URL (?state=failed&search=timeout), so a filtered view is a link an
 * operator can share. Changes replace the history entry instead of piling up; undefined, "" and "all" remove
 * a parameter, and any change other than the page itself starts again from the first page.
 */
export function useUrlFilterUpdate(): (changes: Record<string, string | number | undefined>) => void {
  const params = useSearchParams();
  const pathname = usePathname();
  return useCallback(
    (changes) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === "" || value === "all") next.delete(key);
        else next.set(key, String(value));
      }
      if (!("page" in changes)) next.delete("page");
      if (next.get("page") === "1") next.delete("page");
      const query = next.toString();
      // The History API, not router.replace: Next keeps useSearchParams in sync without a server round trip,
      // and an update still pending (a search box's debounce) can no longer cancel a click on a link that is
      // already navigating away. Nothing is written once the page is left.
      if (window.location.pathname !== pathname) return;
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [params, pathname],
  );
}
