"use client";

import { AccountMenu } from "@/components/auth/account-menu";
import { CartBadge } from "@/components/store/cart-badge";

/** The header's cart count and account menu, for a visitor the hints say has a session or a cart (lazy). */
export function AccountCorner() {
  return (
    <>
      <CartBadge />
      <AccountMenu />
    </>
  );
}
