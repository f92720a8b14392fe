// subscribe() for the in-process runner: listeners per public job id, called synchronously.
import { logger } from "@/lib/log/logger";

import type { JobEvent } from "../types";

type Listener = (event: JobEvent) => void;

export class JobEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  add(id: string, listener: Listener): () => void {
    const set = this.listeners.get(id) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(id, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(id);
    };
  }

  emit(event: JobEvent): void {
    for (const listener of this.listeners.get(event.id) ?? []) {
      // A subscriber's bug must not fail the job whose progress it was watching.
      try {
        listener(event);
      } catch (err) {
        logger.warn({ module: "jobs", err, jobId: event.id }, "job event listener threw");
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
