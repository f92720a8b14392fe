// npm run bench:web – Lighthouse 12 (mobile, default settings: simulated slow 4G and a 4× slower CPU) with
// Debian's Chromium against a zero-config `next start`, on every public page type: home, a prerendered game page,
// an ISR game page, a platform page, search, the cart, and an order page with its receipt (a player who bought).
// Each page is audited BENCH_RUNS times (default 3) after a warm-up; the run with the median performance score is
// reported. Prints a table with the targets of issue 18 and, as its last line, one JSON object.
// Needs a build (npm run build); uses DATA_DIR's catalog. Stop `npm start` first: both would open DATA_DIR.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";

import { listPopularGameSlugs } from "@/lib/catalog/list-games";
import { getEnv } from "@/lib/env";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/support/chromium";
import { createBuyer } from "./web/create-buyer";
import { formatWebTable, TARGETS, type PageAudit } from "./web/format-web-table";

const PORT = Number(process.env.BENCH_PORT ?? 3330);
const STRIPE_PORT = PORT + 1;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const base = `http://127.0.0.1:${PORT}`;

function startServer() {
  return spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      JOB_SCHEDULES: "off",
      // The buyer's sign-up and checkout come from one address; the per-client limits would refuse a re-run.
      API_RATE_LIMITS: "off",
      STRIPE_STANDIN_PORT: String(STRIPE_PORT),
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error("next start did not become healthy in 120 s");
}

function summarise(name: string, path: string, lhr: Result): PageAudit {
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const requests =
    (lhr.audits["network-requests"]?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> })?.items ?? [];
  const scriptBytes = requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    name,
    path,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    tbtMs: Math.round(audit("total-blocking-time")),
    cls: Number(audit("cumulative-layout-shift").toFixed(3)),
    fcpMs: Math.round(audit("first-contentful-paint")),
    scriptKb: Number((scriptBytes / 1024).toFixed(1)),
    indexable: !lhr.audits["is-crawlable"] || lhr.audits["is-crawlable"].score === 1,
  };
}

async function auditPage(port: number, name: string, path: string, cookie?: string): Promise<PageAudit> {
  const flags: Flags = { port, output: "json", logLevel: "error", extraHeaders: cookie ? { Cookie: cookie } : undefined };
  const runs: PageAudit[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(base + path, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    runs.push(summarise(name, path, result.lhr));
  }
  runs.sort((a, b) => a.performance - b.performance);
  return runs[Math.floor(runs.length / 2)]!;
}

async function main(): Promise<void> {
  // Not prerendered (STATIC_GAME_PAGES most popular are): rendered on first request, then cached (ISR).
  const [prerendered] = listPopularGameSlugs(1);
  const isr = listPopularGameSlugs(getEnv().STATIC_GAME_PAGES + 50).at(-1);
  const server = startServer();
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    await waitForServer();
    const buyer = await createBuyer(base, `http://127.0.0.1:${STRIPE_PORT}`);
    const pages: Array<{ name: string; path: string; cookie?: string }> = [
      { name: "home", path: "/" },
      { name: "game (prerendered)", path: `/games/${prerendered}` },
      { name: "game (ISR)", path: `/games/${isr}` },
      { name: "platform", path: "/platforms/super-nintendo" },
      { name: "search", path: "/search?q=zelda" },
      { name: "cart", path: "/cart" },
      { name: "order (signed in)", path: `/orders/${buyer.orderId}`, cookie: buyer.cookie },
      { name: "receipt (signed in)", path: `/orders/${buyer.orderId}/receipt`, cookie: buyer.cookie },
    ];
    // Warm-up: every page rendered once (the ISR page is generated here), and one audit thrown away.
    for (const page of pages) await fetch(base + page.path, { headers: page.cookie ? { cookie: page.cookie } : {} });
    await lighthouse(base + "/", { port: chrome.port, output: "json", logLevel: "error" });
    const results: PageAudit[] = [];
    for (const page of pages) {
      process.stderr.write(`auditing ${page.name} (${RUNS} runs)…\n`);
      results.push(await auditPage(chrome.port, page.name, page.path, page.cookie));
    }
    console.log(formatWebTable(results));
    console.log(JSON.stringify({ bench: "web", runs: RUNS, targets: TARGETS, pages: results }));
  } finally {
    await chrome.kill();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
