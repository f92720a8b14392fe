// Shared by the queue console's API tests: test-only job definitions whose failures the test switches off
// ("fixes"), one queue per scenario so counts and cleans stay exact, and a caller for the route handlers.
import { randomUUID } from "node:crypto";

import type { NextRequest } from "next/server";
import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";
import type { AnyJobDefinition, JobDefinition } from "@/lib/jobs/types";

import { apiRequest, read, type ApiRequestOptions } from "../auth/support/api-request";

export const ADMIN_TOKEN = "test-admin-token-queues-0123456789";
export const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };

export interface TestJobData {
  marker: string;
  /** Thrown as the error message until fix(marker) is called. */
  failWith?: string;
}

/** Markers whose failures have been "fixed": their jobs complete from then on. */
const fixed = new Set<string>();
export const fix = (marker: string) => void fixed.add(marker);
export const marker = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

/** Two definitions per queue (names are unique across queues): "<queue>.work" (logs, reports progress, fails
 * while its marker is broken) and "<queue>.other" (completes). */
export function testJobs(queue: string): { work: JobDefinition<TestJobData>; other: JobDefinition<TestJobData> } {
  const schema = z.object({ marker: z.string(), failWith: z.string().optional() });
  const work = defineJob({
    name: `${queue}.work`,
    queue,
    schema,
    options: { attempts: 1 },
    async handle({ marker: m, failWith }, context) {
      await context.log(`starting ${m}`);
      await context.progress(50);
      if (failWith && !fixed.has(m)) throw new Error(failWith);
      return { done: m };
    },
  });
  const other = defineJob({ name: `${queue}.other`, queue, schema, options: { attempts: 1 }, handle: async () => "ok" });
  return { work, other };
}

/** A fresh queue name per scenario (queue names are lowercase letters and digits). */
export const uniqueQueueName = (label: string) => `${label}${randomUUID().replaceAll("-", "").slice(0, 8)}`;

export function definitionsOf(queues: Record<string, ReturnType<typeof testJobs>>): AnyJobDefinition[] {
  return Object.values(queues).flatMap(({ work, other }) => [work, other] as AnyJobDefinition[]);
}

type Handler<P> = (req: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler as the bearer-token admin (or with `options` as given), and reads the JSON answer. */
export function call<P>(handler: Handler<P>, path: string, params: P, options: ApiRequestOptions = { headers: bearer }) {
  return read(handler(apiRequest(path, options), { params: Promise.resolve(params) }));
}

/** POST as the bearer-token admin with an empty JSON body. */
export const post = (body: unknown = {}): ApiRequestOptions => ({ method: "POST", headers: bearer, body });
