import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";

import { HeaderAccount } from "@/components/header/header-account";
import { InstantSearch } from "@/components/search/instant-search";
import { CurrencyPicker } from "@/components/store/currency-picker";
import { IntentLink } from "@/components/ui/intent-link";
import { siteUrl } from "@/lib/site";

import "./globals.css";

// Inter from the repo (OFL, app/fonts): next/font/google would need the network at build time. Its Latin file only
// (48 KB, preloaded): the Latin Extended one was 85 KB more on every first visit, on the path to the first paint of
// a phone on a slow network (Lighthouse, issue 18). The few titles with such letters (ő, ł …) show them in the
// metric-matched fallback font next/font builds.
const inter = localFont({
  src: "./fonts/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Questlog: every game, one search", template: "%s · Questlog" },
  description:
    "Search and browse more than 70,000 video games across 500 platforms: releases by region, publishers and alternative titles.",
  openGraph: { siteName: "Questlog", type: "website" },
  // Files in public/ (drawn by scripts/generate-icons.tsx); the manifest's theme colour is the light one, and
  // `viewport.themeColor` below gives browsers both.
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans print:bg-white print:text-black">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90 print:hidden">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <IntentLink href="/" className="text-lg font-bold tracking-tight text-brand-600 dark:text-brand-100">
              Questlog
            </IntentLink>
            <nav aria-label="Main" className="order-2 flex items-center gap-4 text-sm sm:order-3">
              <IntentLink href="/platforms" className="hover:underline">
                Platforms
              </IntentLink>
              <IntentLink href="/deals" className="hover:underline">
                Deals
              </IntentLink>
              <IntentLink href="/search" className="hover:underline">
                Advanced search
              </IntentLink>
            </nav>
            {/* Client-side: the session is per visitor, and reading it here on the server would make every page dynamic. */}
            <div className="order-2 ml-auto flex items-center gap-3 sm:order-4 sm:ml-0">
              <HeaderAccount />
            </div>
            <div className="order-3 w-full sm:order-2 sm:w-auto sm:flex-1">
              <InstantSearch />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-zinc-200 py-6 text-center text-xs text-zinc-500 dark:border-zinc-800 print:hidden">
          <p>
            Catalog data:{" "}
            <a className="underline" href="https://docs.mamedev.org/">
              MAME software lists
            </a>
            , CC0. Cover art and ratings, where shown, come from IGDB.com.
          </p>
          <CurrencyPicker className="mt-3" />
        </footer>
      </body>
    </html>
  );
}
