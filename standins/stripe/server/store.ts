// The stand-in's state, in memory: what Stripe's database would hold for one test-mode account.
import type Stripe from "stripe";

export interface SessionRecord {
  session: Stripe.Checkout.Session;
  lineItems: Stripe.LineItem[];
  /** payment_intent_data, applied to the PaymentIntent created when the customer pays. */
  intentData: { metadata: Record<string, string>; description: string | null };
}

export interface PaymentRecord {
  intent: Stripe.PaymentIntent;
  charge: Stripe.Charge | null;
  sessionId: string;
  /** Paid with 4000 0000 0000 5126: refunds of it fail when they settle. */
  refundsFail: boolean;
}

export interface EndpointRecord {
  endpoint: Stripe.WebhookEndpoint;
  secret: string;
}

export class Store {
  readonly sessions = new Map<string, SessionRecord>();
  readonly payments = new Map<string, PaymentRecord>();
  /** Charge id → PaymentIntent id. */
  readonly chargeIntents = new Map<string, string>();
  readonly refunds = new Map<string, Stripe.Refund>();
  readonly events = new Map<string, Stripe.Event>();
  readonly endpoints = new Map<string, EndpointRecord>();

  clear(): void {
    this.sessions.clear();
    this.payments.clear();
    this.chargeIntents.clear();
    this.refunds.clear();
    this.events.clear();
    this.endpoints.clear();
  }

  charge(id: string): Stripe.Charge | undefined {
    const intentId = this.chargeIntents.get(id);
    return intentId ? (this.payments.get(intentId)?.charge ?? undefined) : undefined;
  }
}
