// Every page type the HTML and accessibility checks visit: the public pages as a signed-out visitor, and the
// player's and the console's pages as the state's signed-in admin player. The console's pages are read from the
// app folder (adminPages), so a console page added later is checked without editing this list.
import { adminPages } from "../../support/admin-surface";
import type { QualityState } from "./quality-state";

export interface QualityPage {
  /** A short name for reports and file names. */
  name: string;
  path: string;
  signedIn: boolean;
  /** The status the page answers with (200 unless said). */
  status?: number;
}

/** The popular game the build prerenders (STATIC_GAME_PAGES). */
const PRERENDERED_GAME = "/games/the-legend-of-zelda-a-link-to-the-past";

export function qualityPages(state: QualityState): QualityPage[] {
  const visitor = (name: string, path: string, status?: number): QualityPage => ({ name, path, signedIn: false, status });
  const player = (name: string, path: string): QualityPage => ({ name, path, signedIn: true });
  const consolePages = adminPages({ queue: "email", jobId: state.emailJobId, id: "ID" }).map((path) =>
    player(
      `admin${path.slice("/admin".length).replace(/\//g, "-") || "-overview"}`,
      path.replace("/catalog/ID", `/catalog/${state.gameId}`).replace("/orders/ID", `/orders/${state.orderId}`),
    ),
  );
  return [
    visitor("home", "/"),
    visitor("game-prerendered", PRERENDERED_GAME),
    visitor("game-isr", `/games/${state.isrSlug}`),
    visitor("platforms", "/platforms"),
    visitor("platform", "/platforms/super-nintendo"),
    visitor("search", "/search?q=zelda"),
    visitor("deals", "/deals"),
    visitor("cart-empty", "/cart"),
    visitor("signin", "/signin"),
    visitor("signup", "/signup"),
    visitor("forgot-password", "/forgot-password"),
    visitor("not-found", "/no-such-page-anywhere", 404),
    // Signed in, the header and the game page's buttons are the player's.
    player("home-signed-in", "/"),
    player("game-signed-in", PRERENDERED_GAME),
    player("cart", "/cart"),
    player("orders", "/orders"),
    player("order", `/orders/${state.orderId}`),
    player("receipt", `/orders/${state.orderId}/receipt`),
    player("library", "/library"),
    player("wishlist", "/wishlist"),
    player("account", "/account"),
    ...consolePages,
  ];
}
