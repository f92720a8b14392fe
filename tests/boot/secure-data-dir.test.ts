// DATA_DIR and what is written under it are owner-only: under the usual umask
// of 022, outbox messages (live sign-in links) and the PGlite files were readable by every local user.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { secureDataDir } from "@/lib/boot/secure-data-dir";
import { dataDir } from "@/lib/catalog/paths";
import { outboxDir } from "@/lib/mail/outbox/outbox-files";
import { writeOutboxMessage } from "@/lib/mail/outbox/write-outbox-message";

import { withEnv } from "../support/with-env";

const modeOf = (file: string) => statSync(file).mode & 0o777;
let root: string;
let umask: number;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "questlog-perms-"));
  umask = process.umask(0o022); // the usual default, whatever the test runner has
});
afterEach(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

describe("secureDataDir", () => {
  it("creates DATA_DIR 0700 and makes what the server writes afterwards 0600/0700", () => {
    const dir = path.join(root, "data");
    secureDataDir(dir);
    expect(modeOf(dir)).toBe(0o700);
    writeFileSync(path.join(dir, "catalog.sqlite-wal"), "x");
    mkdirSync(path.join(dir, "pglite"));
    expect(modeOf(path.join(dir, "catalog.sqlite-wal"))).toBe(0o600);
    expect(modeOf(path.join(dir, "pglite"))).toBe(0o700);
  });

  it("tightens an existing world-readable DATA_DIR it owns", () => {
    const dir = path.join(root, "old");
    mkdirSync(dir, { mode: 0o755 });
    expect(modeOf(dir)).toBe(0o755);
    secureDataDir(dir);
    expect(modeOf(dir)).toBe(0o700);
  });
});

describe("DATA_DIR paths created outside the server (CLIs) and the outbox", () => {
  it("creates DATA_DIR and the outbox owner-only, and writes outbox messages 0600, under umask 022", async () => {
    const dir = path.join(root, "cli-data");
    await withEnv({ DATA_DIR: dir }, async () => {
      expect(modeOf(dataDir())).toBe(0o700);
      expect(modeOf(outboxDir())).toBe(0o700);
      const message = await writeOutboxMessage(
        { to: "ada@example.test", subject: "Sign in", text: "https://example.test/link" },
        "Questlog <no-reply@localhost>",
      );
      expect(modeOf(path.join(dir, "outbox", `${message.id}.eml`))).toBe(0o600);
      expect(modeOf(path.join(dir, "outbox", `${message.id}.json`))).toBe(0o600);
    });
  });
});
