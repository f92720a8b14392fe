// Shared classes for form controls, so every form on the site looks and focuses alike (focus rings come from
// the global :focus-visible outline in globals.css).
export const inputClass =
  "w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-900";
export const labelClass = "mb-1 block text-sm font-medium";
export const primaryButtonClass =
  "inline-flex w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70";
export const secondaryButtonClass =
  "inline-flex w-full items-center justify-center rounded-md border border-zinc-300 px-4 py-2 text-sm font-semibold hover:bg-zinc-100 disabled:cursor-wait disabled:opacity-70 dark:border-zinc-700 dark:hover:bg-zinc-800";
export const errorBoxClass =
  "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100";
