// Admin bootstrap by hand: promoteUserToAdmin and `npm run user:admin -- <email>` (run as a real process).
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { promoteUserToAdmin } from "@/lib/auth/promote-user-to-admin";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { createUser } from "./support/users";

setUpAccountsDatabase();

describe("promoteUserToAdmin", () => {
  it("promotes an existing user found in any case, records it, and says so when done already", async () => {
    const user = await createUser("promoted");
    expect(await promoteUserToAdmin(user.email.toUpperCase())).toEqual({ outcome: "promoted", user: { id: user.id, email: user.email } });
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect(await db.auditLog.findMany({ where: { target: `user:${user.id}` }, select: { action: true, details: true } })).toEqual([
      { action: "user.role.update", details: { from: "PLAYER", to: "ADMIN", via: "cli" } },
    ]);
    expect(await promoteUserToAdmin(user.email)).toEqual({ outcome: "already-admin", user: { id: user.id, email: user.email } });
    expect(await db.auditLog.count({ where: { target: `user:${user.id}` } })).toBe(1);
  });

  it("reports an unknown email and changes nothing", async () => {
    const db = await getDb();
    const admins = await db.user.count({ where: { role: "ADMIN" } });
    expect(await promoteUserToAdmin("nobody@example.test")).toEqual({ outcome: "not-found" });
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(admins);
  });
});

describe("npm run user:admin", () => {
  const run = (...args: string[]) =>
    // The child inherits this file's environment, DATABASE_URL included (setUpAccountsDatabase set it).
    promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/user-admin.ts", ...args]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it("promotes a user from the command line", async () => {
    const user = await createUser("cli");
    expect(await run(user.email)).toMatchObject({ code: 0, stdout: expect.stringContaining(`${user.email} is now an admin.\n`) });
    expect((await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect(await run(user.email)).toMatchObject({ code: 0, stdout: expect.stringContaining(`${user.email} is an admin already.\n`) });
  });

  it("exits 1 with a clear message for an unknown email, and 2 with the usage without one", async () => {
    const unknown = await run("ghost@example.test");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No user has the email ghost@example.test");
    const usage = await run();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run user:admin -- <email>");
  });
});
