"use client";

import { useSyncExternalStore } from "react";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 days 4 h", "3 h 12 min", "4 min 05 s": coarser the further away, as the stores show it. */
export function formatTimeLeft(ms: number): string {
  if (ms <= 0) return "now";
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const seconds = Math.floor((ms % MINUTE) / SECOND);
  if (days > 0) return `${days} ${days === 1 ? "day" : "days"} ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min ${String(seconds).padStart(2, "0")} s`;
}

function everySecond(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, SECOND);
  return () => window.clearInterval(timer);
}

// Whole seconds, so the snapshot is stable between ticks as useSyncExternalStore requires.
const wholeSecondNow = () => Math.floor(Date.now() / SECOND) * SECOND;

/**
 * A live countdown to the end of a sale. Before hydration (and for the server) it shows the end date, so the
 * HTML never carries a time that was only true when it was rendered. Not a live region: a ticking clock read
 * aloud every second helps nobody; the full end date is in the <time> element.
 */
export function SaleCountdown({ endsAt, className }: { endsAt: string; className?: string }) {
  const now = useSyncExternalStore<number | null>(everySecond, wholeSecondNow, () => null);
  const end = new Date(endsAt);
  const label = end.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
  return (
    <span className={className}>
      {now === null || end.getTime() - now > 14 * DAY ? "Sale ends " : now >= end.getTime() ? "Sale ended " : "Sale ends in "}
      <time dateTime={endsAt} title={label}>
        {now === null || end.getTime() - now > 14 * DAY ? label : now >= end.getTime() ? "" : formatTimeLeft(end.getTime() - now)}
      </time>
    </span>
  );
}
