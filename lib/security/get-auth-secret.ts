import "server-only";

import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

// Per DATA_DIR, so tests that switch directories get the secret of the one they use.
const secrets = new Map<string, string>();

/**
 * The secret Auth.js encrypts session cookies with: AUTH_SECRET, or in zero-config mode a random one made on
 * first use and kept in DATA_DIR/auth-secret (mode 0600), so sessions survive restarts. Instances that share
 * sessions behind one load balancer need a common AUTH_SECRET.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  let secret = secrets.get(file);
  if (!secret) {
    secret = readSecret(file) ?? createSecret(file);
    secrets.set(file, secret);
  }
  return secret;
}

function readSecret(file: string): string | undefined {
  try {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length < 32) throw new Error(`${file} holds no usable secret (under 32 characters); delete it to make a new one.`);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

// Written to a temporary file, then hard-linked into place: link() fails if the name exists, so when two
// processes start at once exactly one secret wins and the other process reads it, never a half-written file.
function createSecret(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, file);
    logger.info({ file }, "auth: made a session secret (set AUTH_SECRET to share sessions between instances)");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  const secret = readSecret(file);
  if (!secret) throw new Error(`${file} vanished while it was being created`);
  return secret;
}
