import "server-only";

import { cookies } from "next/headers";

import { getSessionUser, type SessionUser } from "./get-session-user";

/** The signed-in user viewing a server-rendered page (role from the database), or null. */
export async function getViewer(): Promise<SessionUser | null> {
  const cookie = (await cookies()).toString();
  // getSessionUser reads only the Cookie header; the URL is never looked at.
  return cookie ? getSessionUser(new Request("http://viewer.invalid/", { headers: { cookie } })) : null;
}

/** The signed-in admin viewing a page, or null (signed out or not an admin). Never throws or redirects. */
export async function getAdminViewer(): Promise<SessionUser | null> {
  const user = await getViewer();
  return user?.role === "ADMIN" ? user : null;
}
