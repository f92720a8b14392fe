// Zero-config mode runs the stand-in as a child process (scripts/igdb-standin.ts under tsx), not inside
// the Next server: its ~2 s synchronous load and ~180 MB heap stay out of the app's process, and, like the
// real IGDB, it sees request arrivals on its own event loop, so its rate counters are honest under load.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export interface StandinProcess {
  url: string;
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

interface ReadyMessage {
  url: string;
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

const START_TIMEOUT_MS = 180_000; // a first run imports the CC0 data before listening

export function spawnStandinProcess(port: number): Promise<StandinProcess> {
  // spawn with an "ipc" stdio slot rather than fork(): Turbopack resolves fork()'s path as a module
  // request and fails the build (vercel/next.js#97952).
  // The standalone server (the Docker image) ships the stand-in bundled into plain JS by
  // scripts/assemble-standalone.ts, with neither tsx nor the sources; a checkout runs the source under tsx.
  const bundle = path.join(process.cwd(), "scripts", "igdb-standin.mjs");
  const entry = existsSync(bundle) ? [bundle] : ["--import", "tsx", path.join(process.cwd(), "scripts", "igdb-standin.ts")];
  const child = spawn(process.execPath, [...entry, "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const stop = () => child.kill("SIGTERM");
  process.once("exit", stop);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the IGDB stand-in did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const failed = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the IGDB stand-in exited (code ${code}) before it was ready`));
    };
    child.once("exit", failed);
    child.once("message", (message) => {
      clearTimeout(timer);
      child.off("exit", failed);
      const ready = message as ReadyMessage;
      resolve({
        ...ready,
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
