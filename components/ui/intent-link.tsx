"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * `next/link` that prefetches when the visitor shows intent (pointer over it, or keyboard focus), not when it
 * scrolls into view. A game page showed 26 links at once (header, platforms, similar games), and Next fetched
 * and parsed each one's page on load: that router work was most of the page's blocked main thread on a phone
 * (Lighthouse TBT, measured in issue 18). A hovered link still opens instantly; a link nobody reaches costs nothing.
 */
export function IntentLink({ href, onPointerEnter, onFocus, ...props }: Omit<ComponentProps<typeof Link>, "prefetch"> & { href: string }) {
  const router = useRouter();
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        router.prefetch(href);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        router.prefetch(href);
        onFocus?.(event);
      }}
    />
  );
}
