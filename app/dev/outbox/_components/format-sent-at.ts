/** "1 Nov 2026, 10:15:02" in the server's time zone: the outbox is read on the machine that wrote it. */
export function formatSentAt(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium" });
}
