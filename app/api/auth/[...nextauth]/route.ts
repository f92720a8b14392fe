// GET|POST /api/auth/* – Auth.js: sign-in (password, emailed link, GitHub, Twitch), callbacks, session, CSRF token, sign-out
import { withUsableAuthCallbackUrl } from "@/lib/api/with-usable-auth-callback-url";
import { handlers } from "@/lib/auth/auth";

export const GET = withUsableAuthCallbackUrl(handlers.GET);
export const POST = withUsableAuthCallbackUrl(handlers.POST);
