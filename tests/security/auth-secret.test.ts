// The session secret: AUTH_SECRET when set, else one made once per DATA_DIR and kept in a 0600 file, so
// sessions survive restarts in zero-config mode.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { getAuthSecret } from "@/lib/security/get-auth-secret";
import { withEnv } from "@/tests/support/with-env";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "questlog-auth-"));
  dirs.push(dir);
  return path.join(dir, "data"); // not there yet: the first start creates it
};

describe("getAuthSecret", () => {
  it("makes a random secret once in zero-config mode and keeps it in DATA_DIR/auth-secret, readable by the owner only", async () => {
    const dir = dataDir();
    const secret = await withEnv({ DATA_DIR: dir, AUTH_SECRET: "" }, async () => getAuthSecret());
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const file = path.join(dir, "auth-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await withEnv({ DATA_DIR: dir, AUTH_SECRET: "" }, async () => getAuthSecret())).toBe(secret);
    expect(await withEnv({ DATA_DIR: dataDir(), AUTH_SECRET: "" }, async () => getAuthSecret())).not.toBe(secret);
  });

  it("reads the secret an earlier run left (what a restart does), and refuses a file without a usable one", async () => {
    const kept = dataDir();
    await withEnv({ DATA_DIR: kept, AUTH_SECRET: "" }, async () => {
      mkdirSync(kept, { recursive: true });
      writeFileSync(path.join(kept, "auth-secret"), "left-by-an-earlier-run-0123456789abcdef\n", { mode: 0o600 });
      expect(getAuthSecret()).toBe("left-by-an-earlier-run-0123456789abcdef");
    });
    const broken = dataDir();
    await withEnv({ DATA_DIR: broken, AUTH_SECRET: "" }, async () => {
      mkdirSync(broken, { recursive: true });
      writeFileSync(path.join(broken, "auth-secret"), "short\n");
      expect(() => getAuthSecret()).toThrow(/no usable secret/);
    });
  });

  it("uses AUTH_SECRET when set and writes no file", async () => {
    const dir = dataDir();
    const configured = "configured-secret-0123456789abcdefghijklmnop";
    expect(await withEnv({ DATA_DIR: dir, AUTH_SECRET: configured }, async () => getAuthSecret())).toBe(configured);
    expect(existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });
});
