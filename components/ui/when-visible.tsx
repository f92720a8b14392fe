"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once this spot comes within `margin` of the viewport, and nothing before: for islands below
 * the fold whose code and data a visitor may never scroll to (the game page's price history and its chart).
 */
export function WhenVisible({ children, margin = "400px" }: { children: ReactNode; margin?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || seen) return;
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((record) => record.isIntersecting)) setSeen(true);
      },
      { rootMargin: margin },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [seen, margin]);
  return seen ? children : <div ref={ref} aria-hidden />;
}
