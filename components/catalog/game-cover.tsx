import { CoverPlaceholder } from "@/components/ui/cover-placeholder";
import { cn } from "@/lib/utils";

/** Cover art when IGDB has it, the deterministic placeholder otherwise. */
export function GameCover({ name, coverUrl, className }: { name: string; coverUrl: string | null; className?: string }) {
  if (!coverUrl) return <CoverPlaceholder title={name} className={cn("rounded-md", className)} />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- IGDB serves sized covers; next/image would re-encode them
    <img
      src={coverUrl}
      alt={`${name} cover`}
      width={264}
      height={374}
      loading="lazy"
      className={cn("h-auto w-full rounded-md", className)}
    />
  );
}
