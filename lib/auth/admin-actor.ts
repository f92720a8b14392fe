/** Who is acting on an admin route: a signed-in admin, or a script holding ADMIN_API_TOKEN. */
export type AdminActor = { via: "session"; id: string; email: string } | { via: "token"; id: null; email: null };
