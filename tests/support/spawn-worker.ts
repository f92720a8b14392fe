// Runs `npm run worker`'s script as a real child process (tsx, react-server condition), with its own
// environment, and follows its JSON log lines so tests can act on what it reports.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface WorkerProcess {
  child: ChildProcess;
  /** Log lines parsed so far. */
  lines: Array<Record<string, unknown>>;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
  appliedBatches(): number;
}

const root = path.resolve(import.meta.dirname, "../..");

export async function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "debug", ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const lines: Array<Record<string, unknown>> = [];
  let partial = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts) {
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // "close", not "exit": the last log lines are read only once stdout has been drained.
  const exited = new Promise<number | string>((resolve) => child.once("close", (code, signal) => resolve(code ?? signal ?? -1)));
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready:\n${stderr}`)));
  });
  return { child, lines, exited, appliedBatches: () => lines.filter((l) => l.msg === "catalog write batch applied").length };
}
