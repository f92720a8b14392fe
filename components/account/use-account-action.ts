"use client";

import { useState, useTransition } from "react";

export interface AccountActionState {
  pending: boolean;
  error: string | null;
  success: string | null;
  /** Runs the action; its resolved string is the success message, a thrown Error's message the error. */
  run(action: () => Promise<string | null>): void;
}

/** Pending, error and success state of one settings form (sendAccountRequest throws what to show). */
export function useAccountAction(): AccountActionState {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  return {
    pending,
    error,
    success,
    run(action) {
      startTransition(async () => {
        setError(null);
        setSuccess(null);
        try {
          setSuccess(await action());
        } catch (e) {
          setError(e instanceof Error ? e.message : "Something went wrong. Try again.");
        }
      });
    },
  };
}
