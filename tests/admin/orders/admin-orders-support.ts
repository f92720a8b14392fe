// The orders console's route handlers, called as the console calls them (same-origin JSON with an admin
// session), and an admin to call them with.
import * as receiptRoute from "@/app/api/admin/orders/[id]/receipt/route";
import * as refundsRoute from "@/app/api/admin/orders/[id]/refunds/route";
import * as orderRoute from "@/app/api/admin/orders/[id]/route";
import * as ordersRoute from "@/app/api/admin/orders/route";
import * as salesExportRoute from "@/app/api/admin/sales/export/route";
import * as salesRoute from "@/app/api/admin/sales/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { setUserRole } from "@/lib/auth/set-user-role";
import { apiRequest, read } from "@/tests/auth/support/api-request";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";

type Headers = Record<string, string>;
const SAME_ORIGIN = { origin: "http://localhost" };
const params = (id: string) => ({ params: Promise.resolve({ id }) });

export async function newAdmin(prefix = "orders-admin") {
  const user = await createUser(prefix);
  await setUserRole(await getDb(), user, "ADMIN", "cli");
  return { ...user, api: adminOrderRoutes(await sessionCookie(user)) };
}

export function adminOrderRoutes(cookie?: string) {
  const post = (path: string, body: unknown, headers: Headers = {}) =>
    apiRequest(path, { method: "POST", cookie, body, headers: { ...SAME_ORIGIN, ...headers } });
  return {
    search: (query = "") => read(ordersRoute.GET(apiRequest(`/api/admin/orders${query}`, { cookie }), undefined)),
    order: (id: string) => read(orderRoute.GET(apiRequest(`/api/admin/orders/${id}`, { cookie }), params(id))),
    refund: (id: string, body: unknown, headers?: Headers) =>
      read(refundsRoute.POST(post(`/api/admin/orders/${id}/refunds`, body, headers), params(id))),
    resendReceipt: (id: string, headers?: Headers) =>
      read(receiptRoute.POST(post(`/api/admin/orders/${id}/receipt`, {}, headers), params(id))),
    sales: (query = "") => read(salesRoute.GET(apiRequest(`/api/admin/sales${query}`, { cookie }), undefined)),
    salesExport: (query = "") => salesExportRoute.GET(apiRequest(`/api/admin/sales/export${query}`, { cookie }), undefined),
  };
}
