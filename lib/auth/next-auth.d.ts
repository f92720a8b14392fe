// The fields our callbacks (auth-callbacks.ts) add to Auth.js's session and token.
import type { DefaultSession } from "next-auth";

import type { Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** User.sessionVersion when the token was issued (lib/auth/bump-session-version.ts). */
    sessionVersion?: number;
    /** When the user signed in (seconds since the epoch), for actions that want a recent sign-in. */
    authTime?: number;
  }
}
