// Where each write this process enqueued stands, queryable by ticket id, plus the waiters of callers that
// need to know their rows landed (jobs checkpointing a sync). Bounded: the oldest settled tickets are
// forgotten first, so a long-running server does not grow without limit.
import type { WriteState, WriteStatus } from "./catalog-write";

const FINAL: ReadonlySet<WriteState> = new Set(["applied", "dead", "rejected"]);
const LAG_SAMPLES = 1_000;

export class TicketBook {
  private readonly tickets = new Map<string, WriteStatus & { enqueuedAt: number }>();
  private readonly waiters = new Map<string, Array<(status: WriteStatus | null) => void>>();
  private readonly lags: number[] = [];
  private lagCursor = 0;
  private seq = 0;

  constructor(
    private readonly prefix: string,
    private readonly limit = 100_000,
  ) {}

  /** A new ticket id, unique across processes (the prefix names the instance and process). */
  open(state: WriteState, reason?: string): string {
    const id = `${this.prefix}-${(++this.seq).toString(36)}`;
    const now = Date.now();
    this.tickets.set(id, { id, state, attempts: 0, updatedAt: now, enqueuedAt: now, ...(reason ? { reason } : {}) });
    if (this.tickets.size > this.limit) this.forgetOldest();
    return id;
  }

  get(id: string): WriteStatus | null {
    const ticket = this.tickets.get(id);
    if (!ticket) return null;
    return {
      id: ticket.id,
      state: ticket.state,
      attempts: ticket.attempts,
      updatedAt: ticket.updatedAt,
      ...(ticket.reason ? { reason: ticket.reason } : {}),
      ...(ticket.streamId ? { streamId: ticket.streamId } : {}),
    };
  }

  has(id: string): boolean {
    return this.tickets.has(id);
  }

  update(id: string, change: Partial<Omit<WriteStatus, "id">>): void {
    const ticket = this.tickets.get(id);
    if (!ticket) return;
    Object.assign(ticket, change, { updatedAt: Date.now() });
    if (change.state === "applied") this.recordLag(ticket.updatedAt - ticket.enqueuedAt);
    if (change.state && FINAL.has(change.state)) this.wake(id);
  }

  /** Resolves when the write is applied, dead or rejected (immediately for unknown or settled ids). */
  settled(id: string): Promise<WriteStatus | null> {
    const status = this.get(id);
    if (!status || FINAL.has(status.state)) return Promise.resolve(status);
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }

  lagPercentile(p: number): number | null {
    if (this.lags.length === 0) return null;
    const sorted = [...this.lags].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
  }

  private recordLag(ms: number): void {
    if (this.lags.length < LAG_SAMPLES) this.lags.push(ms);
    else this.lags[this.lagCursor++ % LAG_SAMPLES] = ms;
  }

  private wake(id: string): void {
    const list = this.waiters.get(id);
    if (!list) return;
    this.waiters.delete(id);
    const status = this.get(id);
    for (const resolve of list) resolve(status);
  }

  private forgetOldest(): void {
    for (const [id, ticket] of this.tickets) {
      if (this.tickets.size <= this.limit * 0.9) break;
      if (FINAL.has(ticket.state)) this.tickets.delete(id);
    }
  }
}
