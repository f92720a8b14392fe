import type { ReactNode } from "react";

/** The narrow centred card the sign-in and sign-up pages share. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-sm py-4 sm:py-10">
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{title}</h1>
      <div className="space-y-6 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900">
        {children}
      </div>
    </div>
  );
}
