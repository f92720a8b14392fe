// /dev/outbox/{id} – one kept message: headers, text with clickable links, the HTML part sandboxed
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

import { canViewOutbox } from "@/lib/api/can-view-outbox";
import { getOutboxMessage } from "@/lib/mail";

import { formatSentAt } from "../_components/format-sent-at";
import { LinkedText } from "../_components/linked-text";
import { OutboxBanner } from "../_components/outbox-banner";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dev outbox", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default async function OutboxMessagePage({ params }: Props) {
  if (!(await canViewOutbox(await headers()))) notFound();
  const { id } = await params;
  const message = await getOutboxMessage(id);
  if (!message) notFound();
  const fields = [
    ["From", message.from],
    ["To", message.to],
    ["Date", formatSentAt(message.date)],
    ["Message-ID", message.messageId],
  ] as const;
  const sectionTitle = "mb-2 text-lg font-semibold";
  const panel = "rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";

  return (
    <article>
      <OutboxBanner />
      <Link href="/dev/outbox" className="text-sm text-brand-600 hover:underline dark:text-brand-100">
        ← Outbox
      </Link>
      <h1 className="mt-2 text-2xl font-bold tracking-tight break-words">{message.subject}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {fields.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="font-semibold">{name}</dt>
            <dd className="mb-2 break-all text-zinc-700 sm:mb-0 dark:text-zinc-300">{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="text-part" className="mt-8">
        <h2 id="text-part" className={sectionTitle}>
          Text
        </h2>
        <div className={panel}>
          <LinkedText text={message.text} />
        </div>
      </section>

      {message.html ? (
        <section aria-labelledby="html-part" className="mt-8">
          <h2 id="html-part" className={sectionTitle}>
            HTML
          </h2>
          {/* sandbox="": no scripts, forms, plugins or navigation, and a unique origin, so mail HTML can
              neither run nor reach this site; links inside it are inert (follow them from the text part). */}
          <iframe
            title="HTML part of the message"
            sandbox=""
            srcDoc={message.html}
            className="h-[28rem] w-full rounded-lg border border-zinc-200 bg-white dark:border-zinc-800"
          />
        </section>
      ) : null}

      <details className="mt-8">
        <summary className="cursor-pointer text-sm font-semibold">All headers</summary>
        <dl className={`${panel} mt-2 grid gap-x-4 gap-y-1 font-mono text-xs sm:grid-cols-[max-content_1fr]`}>
          {message.headers.map((h, i) => (
            <div key={i} className="contents">
              <dt className="font-semibold">{h.name}</dt>
              <dd className="mb-1 break-all sm:mb-0">{h.value}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p className="mt-4 text-sm">
        <a
          href={`/dev/outbox/${message.id}/raw`}
          download={`${message.id}.eml`}
          className="text-brand-600 hover:underline dark:text-brand-100"
        >
          Download the .eml
        </a>
      </p>
    </article>
  );
}
