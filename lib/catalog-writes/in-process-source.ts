// Without Redis: a bounded in-memory buffer in the server process. Entries live only here, so shutdown
// flushes it (the drainer drains what is left before the process exits), and what a crash loses is only
// a copy of IGDB's data that the next search or refresh fetches again.
import type { DeadWrite } from "./catalog-write";
import type { PendingWrite, WriteSource } from "./write-source";

const DEAD_LIMIT = 1_000;

export class InProcessSource implements WriteSource {
  private buffer: PendingWrite[] = [];
  private head = 0;
  private readonly enqueuedAt: number[] = [];
  private wakeUp: (() => void) | null = null;
  readonly dead: DeadWrite[] = [];

  get size(): number {
    return this.buffer.length - this.head;
  }

  push(entry: PendingWrite): void {
    this.buffer.push(entry);
    this.enqueuedAt.push(Date.now());
    this.wakeUp?.();
  }

  async take(max: number, lingerMs: number, signal: AbortSignal): Promise<PendingWrite[]> {
    if (this.size === 0) await this.waitForEntries(signal);
    if (this.size === 0) return [];
    if (this.size < max && lingerMs > 0) await new Promise((resolve) => setTimeout(resolve, lingerMs));
    const batch = this.buffer.slice(this.head, this.head + max);
    this.head += batch.length;
    // Compact now and then instead of shift()ing each entry (O(n) per shift on large buffers).
    if (this.head > 4_096 && this.head * 2 > this.buffer.length) {
      this.buffer = this.buffer.slice(this.head);
      this.enqueuedAt.splice(0, this.head);
      this.head = 0;
    }
    return batch;
  }

  async ack(): Promise<void> {}

  async bury(entry: PendingWrite, reason: string, attempts: number): Promise<void> {
    this.dead.unshift({ id: entry.ref, write: entry.payload, reason, attempts, deadAt: Date.now() });
    this.dead.length = Math.min(this.dead.length, DEAD_LIMIT);
  }

  async depth(): Promise<number> {
    return this.size;
  }

  async oldestWaitingMs(): Promise<number | null> {
    const at = this.size > 0 ? this.enqueuedAt[this.head] : undefined;
    return at === undefined ? null : Date.now() - at;
  }

  private waitForEntries(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.wakeUp = null;
        signal.removeEventListener("abort", done);
        resolve();
      };
      this.wakeUp = done;
      signal.addEventListener("abort", done, { once: true });
    });
  }
}
