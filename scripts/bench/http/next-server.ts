// Starts and stops `next start` for the benches: the real server binary (not npx, whose PID is not the
// server's), in its own process group so stopping it also stops what it spawned (the zero-config stand-ins).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface NextServer {
  url: string;
  /** The server process: the root of the tree whose CPU the benches read. */
  pid: number;
  stop(): Promise<void>;
}

export interface StartNextOptions {
  port: number;
  /** The app's directory; default the repo (our app). */
  dir?: string;
  env?: Record<string, string>;
  /** A path that answers 2xx once the server is ready to be measured; default /api/health. */
  readyPath?: string;
}

/** Our app's environment for benchmarks: production, quiet, and no per-client limits (one client is the point). */
export const BENCH_APP_ENV: Record<string, string> = {
  BENCH_ENDPOINTS: "1",
  LOG_LEVEL: "warn",
  NODE_ENV: "production",
  API_RATE_LIMITS: "off",
  JOB_SCHEDULES: "off",
};

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

export async function startNext({ port, dir, env = {}, readyPath = "/api/health" }: StartNextOptions): Promise<NextServer> {
  const listen = ["-p", String(port), "-H", "127.0.0.1"];
  // Our app as `npm start` runs it (scripts/start-server.sh: its malloc and V8 settings, then `exec next start`,
  // so the PID is still the server's); any other app (the ceiling) as a plain `next start`.
  const [command, args] = dir
    ? [path.resolve("node_modules/.bin/next"), ["start", dir, ...listen]]
    : ["sh", [path.resolve("scripts/start-server.sh"), ...listen]];
  const child = spawn(command, args, {
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const server = { url, pid: child.pid!, stop: () => stopChild(child) };
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url + readyPath)).ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await server.stop();
  throw new Error(`next start on ${port} was not ready within 120 s (${readyPath})`);
}
