/** The cookie the currency picker writes; read on the server by resolveCurrency. Safe for client islands. */
export const CURRENCY_COOKIE = "questlog_currency";

/** A year, as the picker remembers the choice. */
export const CURRENCY_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;
