import { cn } from "@/lib/utils";

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
  danger: "border border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
} as const;

/** Class names of the console's small buttons (also for links styled as buttons). */
export function adminButtonClass(variant: keyof typeof VARIANTS = "secondary", className?: string): string {
  return cn(
    "inline-flex items-center justify-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    className,
  );
}
