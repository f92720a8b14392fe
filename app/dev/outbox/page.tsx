// /dev/outbox – mail kept locally when no SMTP_URL is set (sign-in links, newest first)
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

import { canViewOutbox } from "@/lib/api/can-view-outbox";
import { listOutboxMessages, OUTBOX_KEEP } from "@/lib/mail";

import { formatSentAt } from "./_components/format-sent-at";
import { OutboxBanner } from "./_components/outbox-banner";

// Read from disk on every request: a message sent a second ago must show up on reload.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dev outbox", robots: { index: false, follow: false } };

export default async function OutboxPage() {
  // Anyone else gets the site's ordinary 404: nothing says the page exists.
  if (!(await canViewOutbox(await headers()))) notFound();
  const messages = await listOutboxMessages();
  return (
    <div>
      <OutboxBanner />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Outbox</h1>
        <p className="text-sm text-zinc-500">
          {messages.length === 1 ? "1 message" : `${messages.length} messages`} · the newest {OUTBOX_KEEP} are kept
        </p>
      </div>
      {messages.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 px-4 py-12 text-center dark:border-zinc-700">
          <p className="font-medium">No mail yet</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Messages the site sends, such as sign-in links, appear here.</p>
        </div>
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {messages.map((m) => (
            <li key={m.id}>
              <Link
                href={`/dev/outbox/${m.id}`}
                className="flex flex-col gap-0.5 px-4 py-3 hover:bg-zinc-100 sm:flex-row sm:items-baseline sm:gap-4 dark:hover:bg-zinc-800"
              >
                <span className="min-w-0 flex-1 truncate font-medium">{m.subject}</span>
                <span className="truncate text-sm text-zinc-600 sm:w-64 dark:text-zinc-400">{m.to}</span>
                <time dateTime={m.date} className="shrink-0 text-xs text-zinc-500 sm:w-44 sm:text-right">
                  {formatSentAt(m.date)}
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
