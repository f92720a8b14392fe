/** Says what this page is, so nobody mistakes the dev outbox for delivered mail. */
export function OutboxBanner() {
  return (
    <p
      role="note"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      This is the local dev outbox: no <code className="font-mono">SMTP_URL</code> is set, so mail the site sends is kept here instead of
      being delivered. Set <code className="font-mono">SMTP_URL</code> (e.g.{" "}
      <code className="font-mono break-all sm:break-normal">smtp://user:pass@mail.example.com:587</code>) to send real mail.
    </p>
  );
}
