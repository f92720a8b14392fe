"use client";

import { useEffect, useEffectEvent, useId, useState } from "react";

import { inputClass, labelClass } from "@/components/ui/form-styles";
import { cn } from "@/lib/utils";

const DEBOUNCE_MS = 300;

interface Props {
  label: string;
  /** What the URL holds now. */
  value: string | undefined;
  /** Called a moment after typing stops, with the trimmed text (undefined when empty). */
  onCommit: (value: string | undefined) => void;
  placeholder?: string;
  maxLength?: number;
  className?: string;
  inputClassName?: string;
  /** A <datalist> of suggestions. */
  listId?: string;
}

/**
 * A filter box that writes into the URL once typing pauses. When the URL then changes to something else (the
 * back button, a shared link, a "filter by this" click), the box follows it; its own echo must not undo what
 * was typed meanwhile.
 */
export function DebouncedTextFilter({ label, value, onCommit, placeholder, maxLength = 200, className, inputClassName, listId }: Props) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  const [pushed, setPushed] = useState(value);
  const [urlValue, setUrlValue] = useState(value);
  if (urlValue !== value) {
    setUrlValue(value);
    if (value !== pushed) setText(value ?? "");
  }
  // An effect event: a parent's new onCommit each render (a page that polls) must not restart the wait.
  const commit = useEffectEvent((wanted: string | undefined) => {
    setPushed(wanted);
    onCommit(wanted);
  });
  useEffect(() => {
    const wanted = text.trim() || undefined;
    if (wanted === value) return;
    const timer = setTimeout(() => commit(wanted), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={cn(inputClass, inputClassName)}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={maxLength}
        autoComplete="off"
        list={listId}
      />
    </div>
  );
}
