import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading game" className="grid gap-6 sm:grid-cols-[200px_1fr]">
      <Skeleton className="mx-auto aspect-[264/374] w-40 sm:w-full" />
      <div className="space-y-3">
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="h-24 w-full" />
      </div>
    </div>
  );
}
