// A faithful local stand-in for Stripe (Checkout, PaymentIntents, Refunds, Events, webhooks); see README.md.
export { startStripeStandin, type StripeStandin, type StripeStandinOptions } from "./start-stripe-standin";
export { DEFAULT_SECRET_KEY as STRIPE_STANDIN_SECRET_KEY, TEST_CARDS, TEST_IBANS } from "./constants";
export type { StripeFault, StripeFaultKind, StripeStandinStats, WebhookKnobs } from "./types";
