// Runs `npm run worker`'s script as a real child process (react-server condition), with its own
// environment, and follows its JSON log lines so tests can act on what it reports.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface WorkerProcess {
  child: ChildProcess;
  /** Log lines parsed so far. */
  lines: Array<Record<string, unknown>>;
  /** IPC messages: {ready: true} once started, {stopped: true} after a graceful stop. */
  messages: Array<Record<string, unknown>>;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
  appliedBatches(): number;
}

const root = path.resolve(import.meta.dirname, "../..");

export async function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  // node with tsx as a loader, not the tsx CLI: the CLI runs the script in a child process of its own, so a
  // kill -9 would hit the wrapper and leave the real worker running.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
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
  const messages: Array<Record<string, unknown>> = [];
  child.on("message", (message: Record<string, unknown>) => messages.push(message));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not ready after 90 s:\n${stderr}`)), 90_000);
    child.once("message", () => (clearTimeout(timer), resolve()));
    void exited.then((code) => (clearTimeout(timer), reject(new Error(`worker exited (${code}) before it was ready:\n${stderr}`))));
  });
  return { child, lines, messages, exited, appliedBatches: () => lines.filter((l) => l.msg === "catalog write batch applied").length };
}
