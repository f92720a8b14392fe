// The /v1 routes the stand-in serves; each pattern's groups are the ids passed to the handler.
import type { ApiHandler } from "./api-request";
import { createSession, expireSession, listLineItems, listSessions, retrieveSession } from "./resources/checkout-sessions";
import { listEvents, retrieveEvent } from "./resources/events";
import { retrieveCharge, retrievePaymentIntent } from "./resources/payment-intents";
import { createRefund, listRefunds, retrieveRefund } from "./resources/refunds";
import { createEndpoint, deleteEndpoint, listEndpoints, retrieveEndpoint } from "./resources/webhook-endpoints";

const ID = "([A-Za-z0-9_]+)";

const ROUTES: Array<[method: string, pattern: RegExp, handler: ApiHandler]> = [
  ["POST", /^\/v1\/checkout\/sessions$/, createSession],
  ["GET", /^\/v1\/checkout\/sessions$/, listSessions],
  ["GET", new RegExp(`^/v1/checkout/sessions/${ID}$`), retrieveSession],
  ["GET", new RegExp(`^/v1/checkout/sessions/${ID}/line_items$`), listLineItems],
  ["POST", new RegExp(`^/v1/checkout/sessions/${ID}/expire$`), expireSession],
  ["GET", new RegExp(`^/v1/payment_intents/${ID}$`), retrievePaymentIntent],
  ["GET", new RegExp(`^/v1/charges/${ID}$`), retrieveCharge],
  ["POST", /^\/v1\/refunds$/, createRefund],
  ["GET", /^\/v1\/refunds$/, listRefunds],
  ["GET", new RegExp(`^/v1/refunds/${ID}$`), retrieveRefund],
  ["GET", /^\/v1\/events$/, listEvents],
  ["GET", new RegExp(`^/v1/events/${ID}$`), retrieveEvent],
  ["POST", /^\/v1\/webhook_endpoints$/, createEndpoint],
  ["GET", /^\/v1\/webhook_endpoints$/, listEndpoints],
  ["GET", new RegExp(`^/v1/webhook_endpoints/${ID}$`), retrieveEndpoint],
  ["DELETE", new RegExp(`^/v1/webhook_endpoints/${ID}$`), deleteEndpoint],
];

export function findRoute(method: string, path: string): { handler: ApiHandler; ids: string[] } | undefined {
  for (const [m, pattern, handler] of ROUTES) {
    const match = m === method ? pattern.exec(path) : null;
    if (match) return { handler, ids: match.slice(1) };
  }
  return undefined;
}
