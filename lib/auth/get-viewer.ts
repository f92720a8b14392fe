import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { getSessionUser, type SessionUser } from "./get-session-user";

/**
 * The signed-in user viewing a server-rendered page (role from the database), or null. Once per render: the
 * admin layout and the page it wraps both ask.
 */
export const getViewer = cache(async (): Promise<SessionUser | null> => {
  const cookie = (await cookies()).toString();
  // getSessionUser reads only the Cookie header; the URL is never looked at.
  return cookie ? getSessionUser(new Request("http://viewer.invalid/", { headers: { cookie } })) : null;
});

/** The signed-in admin viewing a page, or null (signed out or not an admin). Never throws or redirects. */
export async function getAdminViewer(): Promise<SessionUser | null> {
  const user = await getViewer();
  return user?.role === "ADMIN" ? user : null;
}
