import { cn } from "@/lib/utils";

const TONES = {
  Featured: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  Hidden: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  Edited: "bg-brand-50 text-brand-700 dark:bg-zinc-800 dark:text-brand-100",
  Prerendered: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
} as const;

export type GameBadge = keyof typeof TONES;

/** The flags of a game as small labelled pills (text, not colour alone, carries the meaning). */
export function GameBadges({ flags, className }: { flags: Partial<Record<Lowercase<GameBadge>, boolean | null>>; className?: string }) {
  const shown = (Object.keys(TONES) as GameBadge[]).filter((badge) => flags[badge.toLowerCase() as Lowercase<GameBadge>]);
  if (shown.length === 0) return null;
  return (
    <ul aria-label="Flags" className={cn("flex flex-wrap gap-1", className)}>
      {shown.map((badge) => (
        <li key={badge} className={cn("rounded px-1.5 py-0.5 text-xs font-medium", TONES[badge])}>
          {badge}
        </li>
      ))}
    </ul>
  );
}
