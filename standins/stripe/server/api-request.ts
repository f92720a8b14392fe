// What an API handler receives: the shared context, the decoded parameters and the request that may cause
// events (Stripe records its id and idempotency key on each event).
import type { StripeContext } from "./context";
import type { FormValue } from "./form-encoding";
import type { EventRequest } from "./objects/build-event";

export interface ApiRequest {
  ctx: StripeContext;
  method: string;
  path: string;
  params: Record<string, FormValue>;
  eventRequest: EventRequest;
}

export type ApiHandler = (req: ApiRequest, ids: string[]) => unknown;
