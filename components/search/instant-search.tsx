"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";

import { CoverPlaceholder } from "@/components/ui/cover-placeholder";
import { useInstantSearch } from "@/lib/query/use-instant-search";

/**
 * The header search box: results while typing (ARIA combobox), ↑/↓ to move, Enter to open the highlighted
 * game or the full results page, Escape to close.
 */
export function InstantSearch() {
  const router = useRouter();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [input, setInput] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { data, isFetching, isError } = useInstantSearch(input);
  const results = input.trim() ? (data?.results ?? []) : [];
  const showList = open && input.trim().length > 0;

  function go(href: string) {
    setOpen(false);
    setActive(-1);
    inputRef.current?.blur();
    router.push(href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is the input itself: moving past either end returns there.
      setActive((i) => {
        const next = i + step;
        if (results.length === 0 || next >= results.length) return -1;
        return next < -1 ? results.length - 1 : next;
      });
    } else if (event.key === "Enter") {
      event.preventDefault();
      const game = active >= 0 ? results[active] : undefined;
      if (game) go(`/games/${game.slug}`);
      else if (input.trim()) go(`/search?q=${encodeURIComponent(input.trim())}`);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  const activeIndex = active >= results.length ? -1 : active;
  return (
    <div className="relative" role="search">
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search games
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        // type=text, not search: HTML allows no ARIA role on <input type=search>, and the combobox needs one (the
        // Nu checker refuses it; w3c/html-aria#397). inputMode and enterKeyHint keep the phone's search key.
        type="text"
        inputMode="search"
        enterKeyHint="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search 70,000+ games…"
        value={input}
        onChange={(e) => {
          setInput(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-950"
      />
      {isFetching && input.trim() ? (
        <span
          aria-hidden
          className="absolute top-2.5 right-3 h-4 w-4 animate-spin rounded-full border-2 border-zinc-300 border-t-brand-500"
        />
      ) : null}
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Search suggestions"
          className="absolute right-0 left-0 z-50 mt-1 max-h-[70vh] overflow-auto rounded-lg border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {results.map((game, i) => (
            <li
              key={game.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              onMouseDown={(e) => {
                e.preventDefault();
                go(`/games/${game.slug}`);
              }}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-center gap-3 px-3 py-1.5 text-sm ${i === activeIndex ? "bg-brand-50 dark:bg-zinc-800" : ""}`}
            >
              <span className="w-7 shrink-0">
                <CoverPlaceholder title={game.name} />
              </span>
              <span className="min-w-0">
                <span className="block truncate font-medium">{game.name}</span>
                <span className="block truncate text-xs text-zinc-500">
                  {[
                    game.release_year,
                    game.platforms
                      .slice(0, 3)
                      .map((p) => p.name)
                      .join(", "),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </span>
            </li>
          ))}
          {data && results.length === 0 && !isFetching ? (
            <li className="px-3 py-2 text-sm text-zinc-500">No games match “{input.trim()}”.</li>
          ) : null}
          {isError ? <li className="px-3 py-2 text-sm text-red-600">Search is unavailable right now.</li> : null}
          {results.length > 0 ? (
            <li
              role="option"
              aria-selected={false}
              onMouseDown={(e) => {
                e.preventDefault();
                go(`/search?q=${encodeURIComponent(input.trim())}`);
              }}
              className="cursor-pointer border-t border-zinc-100 px-3 py-2 text-xs text-brand-600 hover:underline dark:border-zinc-800 dark:text-brand-100"
            >
              See all {data?.meta.total ?? ""} results →
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
