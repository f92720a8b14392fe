// DATA_DIR holds what other local users must not read: password hashes (PGlite), live sign-in links (the dev
// outbox), the generated auth secret. Two layers, because each alone has a gap:
// - DATA_DIR itself is 0700: nobody else may even enter it, whatever the modes of the files inside, including
//   files written by code we do not control (SQLite's -wal/-shm, PGlite's data files) and by CLIs. An existing
//   directory with group or other bits is tightened (only when this user owns it), and said so in the log.
// - The server's umask becomes 077, so every file and directory it creates from then on is 0600/0700 too:
//   a copy moved out of DATA_DIR, or a DATA_DIR an operator loosens again, does not become world-readable.
// Why not only mkdir modes in each module: they miss files created by libraries and existing installs.
import { chmodSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";

import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/** Owner-only bits. */
export const DATA_DIR_MODE = 0o700;

/** Sets the process umask to 077 and makes DATA_DIR (created if missing) accessible to its owner only. */
export function secureDataDir(dir: string = path.resolve(getEnv().DATA_DIR)): void {
  process.umask(0o077);
  mkdirSync(dir, { recursive: true, mode: DATA_DIR_MODE });
  const stats = statSync(dir);
  if ((stats.mode & 0o077) === 0) return;
  if (stats.uid !== process.getuid?.()) {
    logger.warn(
      { dir, mode: (stats.mode & 0o777).toString(8) },
      "DATA_DIR is readable by other users and not ours to tighten: chmod 700 it",
    );
    return;
  }
  chmodSync(dir, stats.mode & DATA_DIR_MODE);
  logger.info({ dir, was: (stats.mode & 0o777).toString(8) }, "DATA_DIR made private (mode 700)");
}
