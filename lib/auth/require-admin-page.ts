import "server-only";

import { forbidden, redirect } from "next/navigation";

import type { SessionUser } from "./get-session-user";
import { getViewer } from "./get-viewer";

/**
 * Every /admin page calls this first, not only the layout: App Router layouts are kept across client
 * navigations, so a check there alone would not run for each page (Next's data-security guide says as much).
 * Signed out: to sign-in and back to `path`. Signed in without the admin role (read from the database): 403.
 *
 * @example
 * export default async function QueuesPage() {
 *   await requireAdminPage("/admin/queues");
 *   …
 * }
 */
export async function requireAdminPage(path: string): Promise<SessionUser> {
  const user = await getViewer();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (user.role !== "ADMIN") forbidden();
  return user;
}
