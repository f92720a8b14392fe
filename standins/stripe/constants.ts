// Fixed facts of the stand-in: defaults, and the parts of Stripe's behaviour it copies (test cards, currencies).

import Stripe from "stripe";

/** The API version the installed client pins; events carry it, so a client upgrade shows up here too. */
export const STRIPE_API_VERSION: string = Stripe.API_VERSION;

export const DEFAULT_SECRET_KEY = "sk_test_questlog_standin";
export const DEFAULT_REFUND_SETTLE_MS = 200;
export const DEFAULT_ASYNC_SETTLE_MS = 500;
/** How often open sessions are checked against their expires_at (the clock can also be advanced). */
export const EXPIRY_SWEEP_MS = 1_000;

/** Stripe's bounds on Checkout's expires_at, in seconds from now. */
export const MIN_SESSION_LIFETIME_S = 30 * 60;
export const MAX_SESSION_LIFETIME_S = 24 * 60 * 60;

export const DEFAULT_WEBHOOK_RETRY = { baseMs: 200, maxAttempts: 5, timeoutMs: 5_000 };

export type CardOutcome =
  { kind: "paid"; refundFails?: boolean } | { kind: "declined"; code: string; declineCode: string; message: string };

/**
 * Stripe's public test cards (docs.stripe.com/testing). Any other number is refused as Stripe refuses
 * a real card in test mode: `incorrect_number`.
 */
export const TEST_CARDS: Record<string, { label: string; outcome: CardOutcome }> = {
  "4242424242424242": { label: "Visa: pays", outcome: { kind: "paid" } },
  "5555555555554444": { label: "Mastercard: pays", outcome: { kind: "paid" } },
  "4000000000005126": { label: "Visa: pays, but a refund of it fails", outcome: { kind: "paid", refundFails: true } },
  "4000000000000002": {
    label: "Declined (generic)",
    outcome: { kind: "declined", code: "card_declined", declineCode: "generic_decline", message: "Your card was declined." },
  },
  "4000000000009995": {
    label: "Declined: insufficient funds",
    outcome: { kind: "declined", code: "card_declined", declineCode: "insufficient_funds", message: "Your card has insufficient funds." },
  },
  "4000000000000069": {
    label: "Declined: expired card",
    outcome: { kind: "declined", code: "expired_card", declineCode: "expired_card", message: "Your card has expired." },
  },
  "4000000000000127": {
    label: "Declined: incorrect CVC",
    outcome: { kind: "declined", code: "incorrect_cvc", declineCode: "incorrect_cvc", message: "Your card's security code is incorrect." },
  },
};

/**
 * Stripe's SEPA Direct Debit test IBANs: a delayed method, so the session completes `unpaid` and settles
 * asyncSettleMs later (checkout.session.async_payment_succeeded or …_failed).
 */
export const TEST_IBANS: Record<string, { label: string; succeeds: boolean }> = {
  DE89370400440532013000: { label: "SEPA Direct Debit: succeeds after a delay", succeeds: true },
  DE62370400440532013001: { label: "SEPA Direct Debit: fails after a delay", succeeds: false },
};

/** Stripe's zero-decimal currencies: amounts are whole units (docs.stripe.com/currencies#zero-decimal). */
export const ZERO_DECIMAL_CURRENCIES = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
]);
/** Three-decimal currencies (amounts in thousandths). */
export const THREE_DECIMAL_CURRENCIES = new Set(["bhd", "jod", "kwd", "omr", "tnd"]);

/** The currencies the stand-in accepts: a common subset of Stripe's list. */
export const SUPPORTED_CURRENCIES = new Set([
  ...ZERO_DECIMAL_CURRENCIES,
  ...THREE_DECIMAL_CURRENCIES,
  "usd",
  "eur",
  "gbp",
  "cad",
  "aud",
  "nzd",
  "chf",
  "sek",
  "nok",
  "dkk",
  "pln",
  "czk",
  "huf",
  "ron",
  "bgn",
  "isk",
  "try",
  "brl",
  "mxn",
  "ars",
  "cop",
  "inr",
  "idr",
  "myr",
  "php",
  "sgd",
  "hkd",
  "twd",
  "thb",
  "cny",
  "zar",
  "aed",
  "sar",
  "ils",
  "egp",
  "ngn",
  "kes",
  "uah",
]);

/** Minimum charge per currency, in minor units (docs.stripe.com/currencies#minimum-and-maximum-charge-amounts). */
export const MINIMUM_CHARGE: Record<string, number> = { usd: 50, eur: 50, gbp: 30, jpy: 50, cad: 50, aud: 50, chf: 50 };
/** Stripe's largest amount: eight digits. */
export const MAX_AMOUNT = 99_999_999;
