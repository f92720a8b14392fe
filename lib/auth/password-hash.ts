import "server-only";

import { randomBytes } from "node:crypto";

import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Why argon2id: it is memory-hard, so each guess costs an attacker memory as well as time, which is what
// blunts GPU and ASIC cracking of a stolen table (bcrypt is not memory-hard and truncates at 72 bytes; scrypt
// is memory-hard but has no side-channel-resistant variant). It won the Password Hashing Competition and is
// OWASP's first choice. @node-rs/argon2 is a native binding with prebuilt binaries, off the event loop.
// Parameters: OWASP's baseline for argon2id, m = 19 MiB, t = 2, p = 1 (about 20–40 ms here). A hash records
// its parameters, so raising them later leaves existing hashes verifiable.
const ARGON2ID: Algorithm.Argon2id = 2; // a const enum (cannot be imported by value under isolatedModules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The PHC string to store: "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>", with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether the password matches the stored hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random password no one knows, made once with the same parameters. Sign-in verifies against it
 * when the account does not exist or has no password, so that answer takes as long as a wrong password and
 * response times do not tell which emails have accounts.
 */
export function getDummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("hex"));
  return dummyHash;
}
