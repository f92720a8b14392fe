// Throughput at N connections (autocannon), with the server's CPU time over the same window from /proc.
import autocannon from "autocannon";

import { percentile, round } from "./percentile";
import { treeCpu } from "./process-cpu";

export interface LoadResult {
  rps: number;
  requests: number;
  /** Non-2xx answers, failed requests and timeouts. */
  errors: number;
  /** Server CPU (the process tree minus `otherProcesses`) per completed request, in µs. */
  cpu_us_per_req: number;
  /** CPU of the `otherProcesses` descendants (stand-ins) per completed request, in µs. */
  other_cpu_us_per_req: number;
  /** p99 of the responses' meta.query_time_ms, when `readQueryTime` was asked for. */
  query_time_p99_ms?: number;
}

export interface LoadOptions {
  url: string;
  /** The server's PID, root of the process tree whose CPU is read. */
  pid: number;
  connections: number;
  seconds: number;
  /** Descendants not counted as the server (matched on their command line). */
  otherProcesses?: RegExp;
  /** Collect meta.query_time_ms from each body (search responses); costs the client a regex per response. */
  readQueryTime?: boolean;
  headers?: Record<string, string>;
}

const QUERY_TIME = /"query_time_ms":([0-9.]+)/;

export async function runLoad({
  url,
  pid,
  connections,
  seconds,
  otherProcesses,
  readQueryTime,
  headers,
}: LoadOptions): Promise<LoadResult> {
  const queryTimes: number[] = [];
  const { pathname, search } = new URL(url);
  const requests = readQueryTime
    ? [
        {
          method: "GET" as const,
          path: pathname + search,
          onResponse: (_status: number, body: string) => {
            const match = QUERY_TIME.exec(body);
            if (match) queryTimes.push(Number(match[1]));
          },
        },
      ]
    : undefined;
  const before = treeCpu(pid, otherProcesses);
  const r = await autocannon({ url, connections, duration: seconds, headers, requests });
  const after = treeCpu(pid, otherProcesses);
  const done = Math.max(1, r.requests.total);
  return {
    rps: Math.round(r.requests.total / (r.duration || seconds)),
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
    cpu_us_per_req: Math.round((after.server_us - before.server_us) / done),
    other_cpu_us_per_req: Math.round((after.other_us - before.other_us) / done),
    ...(readQueryTime ? { query_time_p99_ms: round(percentile(queryTimes, 99)) } : {}),
  };
}
