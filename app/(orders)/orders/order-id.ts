// The [id] segment of /orders/{id}: an order id as the database makes them (cuid2), or nothing to look up.
const ORDER_ID = /^[a-z0-9]{1,64}$/;

/** The id when it could name an order; anything else is a 404 without asking the database. */
export const parseOrderId = (raw: string): string | null => (ORDER_ID.test(raw) ? raw : null);
