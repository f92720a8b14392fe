import { notFound } from "next/navigation";
import { Suspense } from "react";

import { QueueView } from "@/components/admin/queues/queue-view";
import { Skeleton } from "@/components/ui/skeleton";
import { getQueueStatsOrThrow } from "@/lib/admin/queues/get-queue-stats-or-throw";
import { QueueParamSchema } from "@/lib/admin/queues/queue-schemas";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { AppError } from "@/lib/errors/app-error";

type Props = { params: Promise<{ queue: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `Queue ${(await params).queue}` };
}

export default async function QueuePage({ params }: Props) {
  const { queue: raw } = await params;
  await requireAdminPage(`/admin/queues/${encodeURIComponent(raw)}`);
  const parsed = QueueParamSchema.safeParse({ queue: raw });
  if (!parsed.success) notFound();
  const queue = parsed.data.queue;
  await getQueueStatsOrThrow(queue).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  // The filters live in the URL (useSearchParams), which needs a Suspense boundary to render statically.
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <QueueView queue={queue} />
    </Suspense>
  );
}
