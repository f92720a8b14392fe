// IGDB's /multiquery: up to 10 named queries in one request, which costs one request of the 4/s budget.
// The batcher also coalesces independent callers' queries into shared multiqueries (IgdbClient.batched).
import { z } from "zod";

import { quote } from "./apicalypse";
import { IgdbError } from "./errors";
import type { IgdbResponse } from "./transport";

export const MULTIQUERY_MAX = 10;

export interface NamedQuery {
  name: string;
  /** "games", or "games/count" for a count. */
  endpoint: string;
  body: string;
}

export type NamedResult = { name: string; result: unknown[] } | { name: string; count: number };

const MultiqueryResponseSchema = z.array(
  z.union([z.object({ name: z.string(), result: z.array(z.unknown()) }), z.object({ name: z.string(), count: z.number() })]),
);

export function buildMultiquery(queries: readonly NamedQuery[]): string {
  if (queries.length > MULTIQUERY_MAX) throw new RangeError(`A multiquery takes at most ${MULTIQUERY_MAX} queries.`);
  return queries.map((q) => `query ${q.endpoint} ${quote(q.name)} { ${q.body} };`).join("\n");
}

export function parseMultiquery(json: unknown): NamedResult[] {
  const parsed = MultiqueryResponseSchema.safeParse(json);
  if (!parsed.success) throw new IgdbError("malformed", "IGDB /multiquery answered with an unexpected shape.");
  return parsed.data;
}

interface Pending {
  endpoint: string;
  body: string;
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

export class MultiqueryBatcher {
  private pending: Pending[] = [];
  /** Batches waiting for a limiter slot; each will take up to 10 pending queries when its slot comes. */
  private queuedBatches = 0;

  constructor(private readonly send: (body: () => string | null) => Promise<IgdbResponse>) {}

  async sendChunk(chunk: readonly NamedQuery[]): Promise<NamedResult[]> {
    const { json } = await this.send(() => buildMultiquery(chunk));
    return parseMultiquery(json);
  }

  enqueue(endpoint: string, body: string): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ endpoint, body, resolve, reject });
      if (this.pending.length > this.queuedBatches * MULTIQUERY_MAX) this.startBatch();
    });
  }

  private startBatch(): void {
    this.queuedBatches++;
    let taken: Pending[] = [];
    let built = false;
    const body = (): string | null => {
      built = true;
      this.queuedBatches--;
      taken = this.pending.splice(0, MULTIQUERY_MAX);
      if (taken.length === 0) return null;
      return buildMultiquery(taken.map((p, i) => ({ name: String(i), endpoint: p.endpoint, body: p.body })));
    };
    this.send(body).then(
      ({ json }) => {
        if (taken.length === 0) return;
        let results: NamedResult[];
        try {
          results = parseMultiquery(json);
        } catch (error) {
          for (const p of taken) p.reject(error);
          return;
        }
        const byName = new Map(results.map((r) => [r.name, r]));
        taken.forEach((p, i) => {
          const answer = byName.get(String(i));
          if (answer && "result" in answer) p.resolve(answer.result);
          else p.reject(new IgdbError("malformed", `IGDB /multiquery left out query ${i}.`));
        });
      },
      (error: unknown) => {
        // The body was never built (the circuit was open): this batch's share of the queue fails with it.
        if (!built) this.queuedBatches--;
        const victims = built ? taken : this.pending.splice(0, MULTIQUERY_MAX);
        for (const p of victims) p.reject(error);
      },
    );
  }
}
