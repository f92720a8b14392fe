/** A labelled rule between alternative ways to sign in. */
export function Divider({ label }: { label: string }) {
  return (
    <div className="flex items-center gap-3 text-xs text-zinc-500" role="separator" aria-label={label}>
      <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
      <span aria-hidden>{label}</span>
      <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
