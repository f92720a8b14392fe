// Bodies of the account controls (/api/users/me/*, /api/users/password-reset*, /api/users/email-change/confirm).
// Strict: an unknown field is a 400, not silently ignored.
import { z } from "zod";

import { PASSWORD_MAX_LENGTH } from "./check-password-strength";
import { accountEmailSchema } from "./user-schemas";

// Longer than any password sign-up accepts, so the strength check can say "too long" with its reasons; anything
// beyond is refused before argon2 or the checks spend time on it.
const password = z.string().max(PASSWORD_MAX_LENGTH * 4);
const token = z.string().min(1).max(200);

export const changePasswordBodySchema = z.object({ currentPassword: password.min(1), newPassword: password }).strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const passwordResetRequestBodySchema = z.object({ email: accountEmailSchema }).strict();

export const passwordResetBodySchema = z.object({ token, password }).strict();
export type PasswordResetBody = z.infer<typeof passwordResetBodySchema>;

/** The current password when the account has one (re-authentication); accounts without one need a recent sign-in. */
export const emailChangeBodySchema = z.object({ newEmail: accountEmailSchema, password: password.optional() }).strict();
export type EmailChangeBody = z.infer<typeof emailChangeBodySchema>;

export const emailChangeConfirmBodySchema = z.object({ token }).strict();

export const deleteAccountBodySchema = z.object({ password: password.optional() }).strict();
export type DeleteAccountBody = z.infer<typeof deleteAccountBodySchema>;
