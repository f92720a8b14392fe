import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading the order" className="mx-auto w-full max-w-4xl space-y-4">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-4 w-72" />
      {Array.from({ length: 2 }, (_, i) => (
        <div key={i} className="flex items-center gap-3">
          <Skeleton className="h-20 w-14" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-4 w-16" />
        </div>
      ))}
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
