"use client";

import { useState } from "react";

import { errorBoxClass, primaryButtonClass } from "@/components/ui/form-styles";

import { sendJson } from "./send-json";

/**
 * The unsubscribe page's one action. A button, not a link that unsubscribes on GET: mail scanners and link
 * previews fetch every link in a message, and must not turn anyone's alerts off.
 */
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, setState] = useState<"idle" | "busy" | "done">("idle");
  const [error, setError] = useState<string | null>(null);

  const unsubscribe = async () => {
    setState("busy");
    setError(null);
    try {
      await sendJson("/api/deal-alerts/unsubscribe", "POST", { token });
      setState("done");
    } catch (caught) {
      setError((caught as Error).message);
      setState("idle");
    }
  };

  if (state === "done") {
    return (
      <p
        role="status"
        className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      >
        Done: you will get no more deal alerts. Your wishlist and its alert prices stay as they are; you can turn alerts back on from your
        wishlist.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <button type="button" className={`${primaryButtonClass} sm:w-auto`} onClick={() => void unsubscribe()} disabled={state === "busy"}>
        {state === "busy" ? "Unsubscribing…" : "Unsubscribe from deal alerts"}
      </button>
      {error && (
        <p role="alert" className={errorBoxClass}>
          {error}
        </p>
      )}
    </div>
  );
}
