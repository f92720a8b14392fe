// The audit log takes whatever text an admin sent (a game's new name, a cache tag): NUL and lone surrogates,
// which PostgreSQL's text and jsonb refuse, are stored as U+FFFD instead of failing the request after the
// action was done (found by `npm run fuzz`).
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { toPostgresText } from "@/lib/accounts-db/to-postgres-text";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AdminActor } from "@/lib/auth/admin-actor";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";

setUpAccountsDatabase();

const actor: AdminActor = { via: "token", id: null, email: null };

describe("recordAudit", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["a lone high surrogate", "a\ud800b"],
    ["a lone low surrogate", "\udfffb"],
  ])("stores details, target and action carrying %s (as U+FFFD)", async (_name, text) => {
    const tag = randomBytes(3).toString("hex");
    await recordAudit(actor, `test${tag}.game.edit${text}`, `cache-tag:${text}`, { changes: { name: text, list: [text] } });
    const row = await (await getDb()).auditLog.findFirstOrThrow({ where: { action: { startsWith: `test${tag}.` } } });
    expect(row.target).toBe(`cache-tag:${toPostgresText(text)}`);
    expect(row.details).toMatchObject({ changes: { name: toPostgresText(text), list: [toPostgresText(text)] } });
  });
});

describe("toPostgresText", () => {
  it("keeps ordinary text and paired surrogates, replaces NUL and lone surrogates", () => {
    expect(toPostgresText("Zelda 🙂 é")).toBe("Zelda 🙂 é");
    expect(toPostgresText("\u0000\ud83d\ude00\ud83d\ude00\ud800x\udc00")).toBe("\ufffd\ud83d\ude00\ud83d\ude00\ufffdx\ufffd");
  });
});
