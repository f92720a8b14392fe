// Runs a stand-in script as a child process and waits for its "ready" message over IPC. Shared by the IGDB
// stand-in (lib/catalog-sync/standin-process.ts) and the Stripe stand-in (lib/stripe/stripe-standin-process.ts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export interface ReadyChild<T> {
  ready: T;
  close(): Promise<void>;
}

export interface SpawnReadyChildOptions {
  /** Named in errors: "the IGDB stand-in". */
  label: string;
  /** The script's name under scripts/, without extension: "igdb-standin". */
  script: string;
  args: string[];
  startTimeoutMs: number;
}

export function spawnReadyChild<T>({ label, script, args, startTimeoutMs }: SpawnReadyChildOptions): Promise<ReadyChild<T>> {
  // spawn with an "ipc" stdio slot rather than fork(): Turbopack resolves fork()'s path as a module
  // request and fails the build (vercel/next.js#97952).
  // The standalone server (the Docker image) ships the stand-ins bundled into plain JS by
  // scripts/assemble-standalone.ts, with neither tsx nor the sources; a checkout runs the source under tsx.
  const bundle = path.join(process.cwd(), "scripts", `${script}.mjs`);
  const entry = existsSync(bundle) ? [bundle] : ["--import", "tsx", path.join(process.cwd(), "scripts", `${script}.ts`)];
  const child = spawn(process.execPath, [...entry, ...args], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const stop = () => child.kill("SIGTERM");
  process.once("exit", stop);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${label} did not start within ${startTimeoutMs / 1000} s`));
    }, startTimeoutMs);
    const failed = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (code ${code}) before it was ready`));
    };
    child.once("exit", failed);
    child.once("message", (message) => {
      clearTimeout(timer);
      child.off("exit", failed);
      resolve({
        ready: message as T,
        close: () =>
          new Promise<void>((done) => {
            process.off("exit", stop);
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once("exit", () => done());
            stop();
          }),
      });
    });
  });
}
