// GET|POST /api/auth/* – Auth.js: sign-in (password, emailed link, GitHub, Twitch), callbacks, session, CSRF token, sign-out
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
