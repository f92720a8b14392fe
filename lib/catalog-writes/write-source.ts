// Where the drainer takes its batches from: the in-process buffer, or this instance's consumer group on
// the Redis Stream. The drainer's logic (validate, apply in one transaction, retry, isolate poison, ack)
// is the same for both.

export interface PendingWrite {
  /** The ticket id carried with the entry, when this process enqueued it (status updates go to it). */
  ticket: string | null;
  /** Stable reference for acks and dead letters: the stream entry id, or the ticket id in-process. */
  ref: string;
  payload: unknown;
  /** Times this entry was handed to a drainer (crash loops show up here). */
  deliveries: number;
}

export interface WriteSource {
  /**
   * Up to `max` entries as soon as at least one is available, after lingering up to `lingerMs` for more to
   * fill the batch; [] once the signal aborts.
   */
  take(max: number, lingerMs: number, signal: AbortSignal): Promise<PendingWrite[]>;
  /** The entries are durably applied; they are never delivered to this instance again. */
  ack(entries: readonly PendingWrite[]): Promise<void>;
  /** Poison: moved to the dead-letter list with its reason, and acked. */
  bury(entry: PendingWrite, reason: string, attempts: number): Promise<void>;
  /** Entries waiting for this instance (not yet applied). */
  depth(): Promise<number>;
  /** Age of the oldest entry waiting for this instance, ms. */
  oldestWaitingMs(): Promise<number | null>;
}
