"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import { jobApiPath } from "@/lib/admin/queues/job-href";
import type {
  CleanResult,
  DeadLetter,
  DeadWrite,
  JobActionResult,
  JobState,
  JobStatus,
  PauseResult,
  QueueDetail,
  QueueJobsPage,
  QueuesOverview,
  RequeueResult,
  RequeueWriteResult,
  RetryFailedResult,
} from "@/lib/admin/queues/queue-api-types";
import type { JobEvent } from "@/lib/jobs/types";

import { AdminApiError, adminGet, adminSend } from "./admin-api";

/** The console refreshes while the tab is visible (react-query pauses intervals in background tabs). */
export const LIVE_MS = 2_000;
export const JOBS_PAGE_SIZE = 25;

const QUEUES = ["admin", "queues"] as const;
const JOB = ["admin", "job"] as const;

// A 404 will not heal by asking again; anything else gets the client's usual retry.
const retryUnlessMissing = (count: number, error: Error) => !(error instanceof AdminApiError && error.status === 404) && count < 1;

export function useQueuesOverview() {
  return useQuery({
    queryKey: QUEUES,
    queryFn: () => adminGet<QueuesOverview>("/api/admin/queues"),
    refetchInterval: LIVE_MS,
    staleTime: 0,
  });
}

export function useQueueDetail(queue: string) {
  return useQuery({
    queryKey: [...QUEUES, queue],
    queryFn: () => adminGet<QueueDetail>(`/api/admin/queues/${queue}`),
    refetchInterval: LIVE_MS,
    staleTime: 0,
    retry: retryUnlessMissing,
  });
}

/** The queue page's filters, as kept in its URL. */
export interface JobFilters {
  state?: JobState;
  name?: string;
  search?: string;
  /** "15m", "1h", "24h", "7d"; none for all time. */
  since?: string;
  page: number;
}

export function jobsQueryString({ state, name, search, since, page }: JobFilters): string {
  const params = new URLSearchParams({ limit: String(JOBS_PAGE_SIZE), offset: String((page - 1) * JOBS_PAGE_SIZE) });
  if (state) params.set("state", state);
  if (name) params.set("name", name);
  if (search) params.set("search", search);
  if (since) params.set("since", since);
  return params.toString();
}

export function useQueueJobs(queue: string, filters: JobFilters, enabled = true) {
  return useQuery({
    queryKey: [...QUEUES, queue, "jobs", filters],
    queryFn: () => adminGet<QueueJobsPage>(`/api/admin/queues/${queue}/jobs?${jobsQueryString(filters)}`),
    refetchInterval: LIVE_MS,
    staleTime: 0,
    // Keep showing the last page while a new filter loads, so the list does not flash empty on each keystroke.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDeadLetters(queue: string, enabled = true) {
  return useQuery({
    queryKey: [...QUEUES, queue, "dead-letters"],
    queryFn: () => adminGet<{ deadLetters: DeadLetter[]; total: number }>(`/api/admin/queues/${queue}/dead-letters?limit=100`),
    refetchInterval: LIVE_MS,
    staleTime: 0,
    enabled,
  });
}

export function useJob(id: string) {
  return useQuery({
    queryKey: [...JOB, id],
    queryFn: () => adminGet<JobStatus>(jobApiPath(id)),
    refetchInterval: LIVE_MS,
    staleTime: 0,
    retry: retryUnlessMissing,
  });
}

export function useCatalogDeadWrites() {
  return useQuery({
    queryKey: [...QUEUES, "catalog-writes", "dead"],
    queryFn: () => adminGet<{ deadWrites: DeadWrite[] }>("/api/admin/catalog-writes/dead?limit=100"),
    refetchInterval: LIVE_MS,
    staleTime: 0,
  });
}

/** A console action; every query of the queues section and of jobs is refreshed once it settles. */
function useAdminAction<V, T>(run: (vars: V) => Promise<T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: QUEUES }), client.invalidateQueries({ queryKey: JOB })]),
  });
}

export const usePauseQueue = () =>
  useAdminAction(({ queue, pause }: { queue: string; pause: boolean }) =>
    adminSend<PauseResult>(`/api/admin/queues/${queue}/${pause ? "pause" : "resume"}`, "POST"),
  );

export const useRetryFailed = () =>
  useAdminAction((queue: string) => adminSend<RetryFailedResult>(`/api/admin/queues/${queue}/retry-failed`, "POST"));

export const useCleanQueue = () =>
  useAdminAction(({ queue, state, olderThan }: { queue: string; state: "completed" | "failed"; olderThan: string }) =>
    adminSend<CleanResult>(`/api/admin/queues/${queue}/clean`, "POST", { state, olderThan }),
  );

export const useJobAction = () =>
  useAdminAction<{ id: string; action: "retry" | "promote" | "remove" }, JobActionResult | { id: string; removed: boolean }>(
    ({ id, action }) => (action === "remove" ? adminSend(jobApiPath(id), "DELETE") : adminSend(`${jobApiPath(id)}/${action}`, "POST")),
  );

export const useRequeueDeadLetter = () =>
  useAdminAction((id: string) => adminSend<RequeueResult>(`/api/admin/dead-letters/${id}/requeue`, "POST"));

export const useRequeueDeadWrite = () =>
  useAdminAction((id: string) => adminSend<RequeueWriteResult>(`/api/admin/catalog-writes/dead/${encodeURIComponent(id)}/requeue`, "POST"));

/**
 * Follows a job live over its Server-Sent Events (GET /api/jobs/{id}/events) while it is not finished, and
 * writes each change into the job's query, so a retried job's state moves without a reload. The server
 * ends the stream once the job completes or fails; the stream is closed here too, or EventSource would
 * reconnect to a finished job every few seconds. Polling (useJob) covers a dropped connection.
 */
export function useJobEvents(id: string, live: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!live || typeof EventSource === "undefined") return;
    const key = [...JOB, id];
    const source = new EventSource(`/api/jobs/${encodeURIComponent(id)}/events`);
    const patch = (change: Partial<JobStatus>) => client.setQueryData<JobStatus>(key, (old) => (old ? { ...old, ...change } : old));
    source.addEventListener("snapshot", (e) =>
      client.setQueryData<JobStatus>(key, JSON.parse((e as MessageEvent<string>).data) as JobStatus),
    );
    source.addEventListener("progress", (e) =>
      patch({ progress: (JSON.parse((e as MessageEvent<string>).data) as Extract<JobEvent, { type: "progress" }>).progress }),
    );
    source.addEventListener("state", (e) => {
      const event = JSON.parse((e as MessageEvent<string>).data) as Extract<JobEvent, { type: "state" }>;
      patch({ state: event.state, attemptsMade: event.attemptsMade });
      // The event carries the state; logs, stack and return value come with a full read.
      void client.invalidateQueries({ queryKey: key });
      if (event.state === "completed" || event.state === "failed") source.close();
    });
    return () => source.close();
  }, [client, id, live]);
}
