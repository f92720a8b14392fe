import { OverviewSkeleton } from "@/components/admin/overview/overview-skeleton";

// Also shown while a nested admin page without a loading state of its own streams in: a neutral name.
export default function AdminLoading() {
  return <OverviewSkeleton label="Loading" />;
}
