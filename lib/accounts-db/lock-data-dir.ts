// PGlite is PostgreSQL in one process with no postmaster: two processes opening the same data directory both
// succeed and then overwrite each other's pages. A pid file beside the directory turns that into an error.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

/**
 * Takes `<dir>.lock` for this process, or throws DataDirLockedError naming the live process that holds it.
 * A lock whose process is gone (killed, crashed) is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const file = `${path.resolve(dir)}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(file, "utf8"), 10);
      if (isRunning(holder) || attempt > 0) {
        throw new DataDirLockedError(
          `${dir} is open in process ${holder}${holder === process.pid ? " (this one)" : ""}. Embedded PGlite serves one ` +
            `process; set DATABASE_URL to a PostgreSQL server to share accounts between processes or instances.`,
        );
      }
      // Two processes clearing the same stale lock at the same moment could both get through; starting two
      // servers on one directory right after a crash is the only way there, and rare enough to accept.
      rmSync(file, { force: true });
    }
  }
  const release = () => {
    process.off("exit", release);
    rmSync(file, { force: true });
  };
  process.on("exit", release); // a normal exit that skipped closeDb() leaves no lock behind
  return release;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by another user
  }
}
