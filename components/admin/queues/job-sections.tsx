import { Panel } from "@/components/admin/panel";
import type { JobStatus } from "@/lib/admin/queues/queue-api-types";

const PRE =
  "max-h-96 overflow-auto rounded-md bg-zinc-100 p-3 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-950";
const json = (value: unknown) => JSON.stringify(value, null, 2) ?? "undefined";

/** The job's Progress, Data, Logs, Error (reason and stack trace) and Result, as titled sections. */
export function JobSections({ job }: { job: JobStatus }) {
  const percent = typeof job.progress === "number" ? Math.max(0, Math.min(100, job.progress)) : null;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Panel title="Progress">
        {percent !== null ? (
          <div>
            <div
              role="progressbar"
              aria-label="Job progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
            >
              <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
            </div>
            <p className="mt-1 text-sm tabular-nums">{percent}%</p>
          </div>
        ) : (
          <pre className={PRE}>{json(job.progress)}</pre>
        )}
      </Panel>
      <Panel title="Data">
        <pre className={PRE} data-testid="job-data">
          {json(job.data)}
        </pre>
      </Panel>
      <Panel title="Logs" className="lg:col-span-2">
        {job.logs.length ? (
          <pre className={PRE} data-testid="job-logs">
            {job.logs.join("\n")}
          </pre>
        ) : (
          <p className="text-sm text-zinc-500">No log lines.</p>
        )}
      </Panel>
      <Panel title="Error" className="lg:col-span-2">
        {job.failedReason || job.stacktrace.length ? (
          <div className="space-y-2">
            <p className="text-sm font-medium [overflow-wrap:anywhere] text-red-700 dark:text-red-300" data-testid="job-failed-reason">
              {job.failedReason}
            </p>
            {job.stacktrace.length ? (
              <pre className={PRE} data-testid="job-stacktrace">
                {job.stacktrace.join("\n\n")}
              </pre>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-zinc-500">No error.</p>
        )}
      </Panel>
      {job.state === "completed" ? (
        <Panel title="Result" className="lg:col-span-2">
          <pre className={PRE}>{json(job.returnValue)}</pre>
        </Panel>
      ) : null}
    </div>
  );
}
