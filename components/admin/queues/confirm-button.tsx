"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";

/**
 * A button that asks before it acts: the first click shows the question with "Confirm" and "Cancel" in
 * place (keyboard-reachable, focus moves to Confirm), the second runs the action. For destructive or bulk
 * actions; native confirm() dialogs block the page and cannot be styled.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel = "Confirm",
  onConfirm,
  variant = "secondary",
  disabled,
  pending,
}: {
  label: ReactNode;
  question: ReactNode;
  confirmLabel?: string;
  onConfirm: () => void;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
  pending?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className={adminButtonClass(variant)} disabled={disabled || pending} onClick={() => setAsking(true)}>
        {pending ? "Working…" : label}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label="Confirm action"
      className="flex flex-wrap items-center gap-2 rounded-md border border-zinc-300 bg-zinc-50 px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-800"
    >
      <span>{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className={adminButtonClass(variant === "secondary" ? "primary" : variant)}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className={adminButtonClass("secondary")} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
