// What crosses the API about accounts: the sign-up body and the user DTO (never the password hash).
import { z } from "zod";

import { Role } from "@/generated/prisma/enums";

import { PASSWORD_MAX_LENGTH } from "./check-password-strength";

/** An email address as accounts store it: trimmed and lower-cased, so the unique index ignores case. */
export const accountEmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("an email address"));

/** POST /api/users. The password's strength is judged after parsing (check-password-strength.ts), with reasons. */
export const signUpBodySchema = z.object({
  email: accountEmailSchema,
  // Same bound as sign-in (authorize-credentials.ts): a too-long password is refused at parsing, so nothing
  // after it (the strength check, argon2) ever sees megabytes. Room for PASSWORD_MAX_LENGTH characters of any
  // script (up to 2 UTF-16 units each); between the two bounds the strength check names the problem.
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
  name: z
    .string()
    .trim()
    .max(100)
    .transform((s) => (s === "" ? null : s))
    .nullish(),
});
export type SignUpBody = z.infer<typeof signUpBodySchema>;

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(Role),
});
export type User = z.infer<typeof UserSchema>;
