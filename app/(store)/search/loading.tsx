import { ResultsSkeleton } from "@/components/catalog/results-skeleton";

export default function Loading() {
  return <ResultsSkeleton label="Searching" />;
}
