// Order dates as the pages write them. A fixed locale and zone (UTC, said on the page) so the server's render
// and the browser's agree: a per-visitor zone would change the text between the two.
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "3 Nov 2026, 14:05 UTC". */
export const formatOrderDateTime = (iso: string) => `${DATE_TIME.format(new Date(iso))} UTC`;

/** "3 Nov 2026". */
export const formatOrderDate = (iso: string) => DATE.format(new Date(iso));
