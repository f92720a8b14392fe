// npm run user:admin -- <email>   make an existing user an admin (recorded in the audit log)
// Runs under tsx with the react-server condition, so the server-only database modules load outside Next.
// Uses the same database as the server: DATABASE_URL, else PGlite in DATA_DIR (stop the server first then:
// embedded PGlite serves one process at a time).
import { closeDb } from "@/lib/accounts-db/get-db";
import { promoteUserToAdmin } from "@/lib/auth/promote-user-to-admin";

const email = process.argv[2]?.trim();
if (!email || process.argv.length > 3) {
  console.error("Usage: npm run user:admin -- <email>");
  process.exit(2);
}

try {
  const result = await promoteUserToAdmin(email);
  if (result.outcome === "not-found") {
    console.error(`No user has the email ${email}. They need to sign up first (or sign in once with GitHub, Twitch or an emailed link).`);
    process.exitCode = 1;
  } else if (result.outcome === "already-admin") {
    console.log(`${result.user.email} is an admin already.`);
  } else {
    console.log(`${result.user.email} is now an admin.`);
  }
} finally {
  await closeDb();
}
