import type { ReactNode } from "react";

import { errorBoxClass } from "@/components/ui/form-styles";

/** One titled card of the account settings page, with the outcome of its form (an alert or a status). */
export function SettingsSection({
  id,
  title,
  description,
  error,
  success,
  danger,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  error?: string | null;
  success?: string | null;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`space-y-4 rounded-lg border bg-white p-4 shadow-sm sm:p-6 dark:bg-zinc-900 ${danger ? "border-red-300 dark:border-red-900" : "border-zinc-200 dark:border-zinc-800"}`}
    >
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      </div>
      {error ? (
        <p role="alert" className={errorBoxClass}>
          {error}
        </p>
      ) : null}
      {success ? (
        <p
          role="status"
          className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {success}
        </p>
      ) : null}
      {children}
    </section>
  );
}
