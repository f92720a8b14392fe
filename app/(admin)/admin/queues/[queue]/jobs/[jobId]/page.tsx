import { notFound } from "next/navigation";

import { JobDetail } from "@/components/admin/queues/job-detail";
import { JobIdParamSchema } from "@/lib/api/job-id-param";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

type Props = { params: Promise<{ queue: string; jobId: string }> };

/** The id within the queue, decoded once ("repeat%3Aname%3A123" → "repeat:name:123"); null when malformed. */
function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: Props) {
  const { queue, jobId } = await params;
  return { title: `Job ${queue}:${decode(jobId) ?? jobId}` };
}

export default async function JobPage({ params }: Props) {
  const { queue, jobId } = await params;
  await requireAdminPage(`/admin/queues/${encodeURIComponent(queue)}/jobs/${jobId}`);
  const localId = decode(jobId);
  const parsed = JobIdParamSchema.safeParse({ id: `${queue}:${localId}` });
  if (localId === null || !parsed.success) notFound();
  return <JobDetail id={parsed.data.id} queue={queue} />;
}
