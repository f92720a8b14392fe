// Outlined: buying is the game page's primary action (the store panel above); the library is the second.
export const libraryButtonClass =
  "inline-flex items-center rounded-md border border-zinc-300 px-4 py-2 text-sm font-semibold hover:bg-zinc-100 disabled:opacity-70 dark:border-zinc-700 dark:hover:bg-zinc-800";
