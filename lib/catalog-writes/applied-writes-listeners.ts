import { processSingleton } from "@/lib/process-singleton";

import type { AppliedChanges } from "./catalog-write";

/** Told about every batch this process's drainer applies to its replica. */
export type AppliedWritesListener = (changes: AppliedChanges) => void;

// One list per process (lib/process-singleton.ts): a listener one bundle subscribes hears what another one does.
function listeners(): Set<AppliedWritesListener> {
  return processSingleton("questlogAppliedWritesListeners", () => new Set<AppliedWritesListener>());
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

/** Told once the shared caches have dropped what a batch made stale (after-catalog-write.ts), whether that worked or not. */
export type SharedCachesSettledListener = () => void;

function settledListeners(): Set<SharedCachesSettledListener> {
  return processSingleton("questlogSharedCachesSettledListeners", () => new Set<SharedCachesSettledListener>());
}

/**
 * Subscribes an in-process copy of shared answers (lib/search/hot-searches.ts) to the end of a batch's shared-cache
 * invalidation. Between the drainer's commit and that end, the shared cache may still hand out answers the batch
 * made stale; a copy taken from it then must go too, or it outlives the invalidation by its whole TTL.
 */
export function onSharedCachesSettled(listener: SharedCachesSettledListener): () => void {
  settledListeners().add(listener);
  return () => settledListeners().delete(listener);
}

export function notifySharedCachesSettled(onError: (error: unknown) => void): void {
  for (const listener of settledListeners()) {
    try {
      listener();
    } catch (error) {
      onError(error);
    }
  }
}
