// The checkout and order route handlers, called as a browser on this site calls them (same-origin JSON).
import * as checkoutRoute from "@/app/api/checkout/route";
import * as orderCancelRoute from "@/app/api/users/me/orders/[id]/cancel/route";
import * as orderRefundRoute from "@/app/api/users/me/orders/[id]/refund/route";
import * as orderRoute from "@/app/api/users/me/orders/[id]/route";
import * as ordersRoute from "@/app/api/users/me/orders/route";
import { apiRequest, read } from "@/tests/auth/support/api-request";

type Headers = Record<string, string>;
const SAME_ORIGIN = { origin: "http://localhost" };
const params = (id: string) => ({ params: Promise.resolve({ id }) });

export function orderRoutes(cookie?: string) {
  const post = (path: string, body: unknown, headers: Headers = {}) =>
    apiRequest(path, { method: "POST", cookie, body, headers: { ...SAME_ORIGIN, ...headers } });
  return {
    checkout: (body: unknown = {}, headers?: Headers) => read(checkoutRoute.POST(post("/api/checkout", body, headers), undefined)),
    listOrders: (query = "") => read(ordersRoute.GET(apiRequest(`/api/users/me/orders${query}`, { cookie }), undefined)),
    getOrder: (id: string) => read(orderRoute.GET(apiRequest(`/api/users/me/orders/${id}`, { cookie }), params(id))),
    refund: (id: string, body: unknown = { reason: "changed my mind" }, headers?: Headers) =>
      read(orderRefundRoute.POST(post(`/api/users/me/orders/${id}/refund`, body, headers), params(id))),
    cancel: (id: string, headers?: Headers) =>
      read(orderCancelRoute.POST(post(`/api/users/me/orders/${id}/cancel`, {}, headers), params(id))),
  };
}
