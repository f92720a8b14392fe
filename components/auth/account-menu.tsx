"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent } from "react";

import { signOutAction } from "@/lib/auth/auth-actions";
import { useSession } from "@/lib/query/use-session";

import { SignInLink } from "./sign-in-link";

const itemClass =
  "block w-full rounded px-3 py-2 text-left text-sm hover:bg-zinc-100 focus:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus:bg-zinc-800";

/** The header's account corner: "Sign in" when signed out; the user with Library, Wishlist, Orders, Account settings, Admin (admins) and Sign out when signed in. */
export function AccountMenu() {
  const { data: session, isPending } = useSession();
  if (isPending) return <span className="inline-block h-5 w-16" aria-hidden />;
  if (!session) return <SignInLink />;
  // The role in the session is for display only: /admin checks it against the database on every request.
  return <SignedInMenu label={session.user.name || session.user.email || "Account"} isAdmin={session.user.role === "ADMIN"} />;
}

function SignedInMenu({ label, isAdmin }: { label: string; isAdmin: boolean }) {
  const [open, setOpen] = useState(false);
  const [signingOut, startSignOut] = useTransition();
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  // Close on a click elsewhere, like any menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "Escape" && open) {
      setOpen(false);
      rootRef.current?.querySelector<HTMLButtonElement>("button[aria-haspopup]")?.focus();
    }
  }

  function signOut() {
    startSignOut(async () => {
      const { redirectTo } = await signOutAction();
      // A full load: nothing cached as this user may survive the sign-out.
      window.location.assign(redirectTo ?? "/");
    });
  }

  return (
    <div ref={rootRef} className="relative" onKeyDown={onKeyDown}>
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        className="flex max-w-[12rem] items-center gap-1 rounded px-2 py-1 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <span className="truncate">{label}</span>
        <span aria-hidden>▾</span>
      </button>
      {open ? (
        <div
          id={menuId}
          className="absolute right-0 z-50 mt-1 w-44 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <ul aria-label="Account">
            <li>
              <Link href="/library" className={itemClass} onClick={() => setOpen(false)}>
                Library
              </Link>
            </li>
            <li>
              <Link href="/wishlist" className={itemClass} onClick={() => setOpen(false)}>
                Wishlist
              </Link>
            </li>
            <li>
              <Link href="/orders" className={itemClass} onClick={() => setOpen(false)}>
                Orders
              </Link>
            </li>
            <li>
              <Link href="/account" className={itemClass} onClick={() => setOpen(false)}>
                Account settings
              </Link>
            </li>
            {isAdmin ? (
              <li>
                <Link href="/admin" className={itemClass} onClick={() => setOpen(false)}>
                  Admin
                </Link>
              </li>
            ) : null}
            <li>
              <button type="button" onClick={signOut} disabled={signingOut} className={itemClass}>
                {signingOut ? "Signing out…" : "Sign out"}
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
