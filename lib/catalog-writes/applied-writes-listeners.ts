import type { AppliedChanges } from "./catalog-write";

/** Told about every batch this process's drainer applies to its replica. */
export type AppliedWritesListener = (changes: AppliedChanges) => void;

// On globalThis: Next bundles this module into several chunks (instrumentation, each route), and a listener
// one of them subscribes must hear the batches the drainer another one started applies.
const globalForListeners = globalThis as unknown as { questlogAppliedWritesListeners?: Set<AppliedWritesListener> };

function listeners(): Set<AppliedWritesListener> {
  globalForListeners.questlogAppliedWritesListeners ??= new Set();
  return globalForListeners.questlogAppliedWritesListeners;
}

/**
 * Subscribes a module the write queue must not know about (the search index) to the batches the drainer
 * applies, so the queue depends on none of them. Returns the unsubscribe.
 */
export function onAppliedWrites(listener: AppliedWritesListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells every subscriber, in subscription order; one that throws does not keep the batch from the others. */
export function notifyAppliedWrites(changes: AppliedChanges, onError: (error: unknown) => void): void {
  for (const listener of listeners()) {
    try {
      listener(changes);
    } catch (error) {
      onError(error);
    }
  }
}
