"use client";

import { useSyncExternalStore } from "react";

// The site follows the system's colour scheme (the `dark` variant is prefers-color-scheme), and canvas
// charts cannot inherit CSS colours: they are redrawn when the scheme changes.
const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

export function usePrefersDark(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
