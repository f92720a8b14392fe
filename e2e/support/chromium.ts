// Debian's Chromium, as the Playwright tests and bench:web start it. Playwright's own browser download cannot
// reach the network here, and without the background-networking flags Chromium floods the closed network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
