import { Skeleton } from "@/components/ui/skeleton";

/** The loading state of a page of game rows (search results, deals): a heading, a toolbar and six rows. */
export function ResultsSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-4">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-10 w-full" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex gap-4">
          <Skeleton className="h-20 w-14" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-3 w-1/3" />
          </div>
        </div>
      ))}
    </div>
  );
}
