"use client";

import { useState, type FormEvent, type ReactNode } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import type { AdminGameDetail, UpdateAdminGameBody } from "@/lib/admin/catalog/admin-catalog-schemas";
import { GameCurationChangesSchema } from "@/lib/catalog/curation/game-curation-changes";
import { useUpdateAdminGame } from "@/lib/query/use-admin-catalog";

type Field = "name" | "summary" | "coverImageId";

const storedValues = (game: AdminGameDetail): Record<Field, string> => ({
  name: game.display.name,
  summary: game.display.summary ?? "",
  coverImageId: game.display.cover_image_id ?? "",
});

/** Name, summary and cover as the store shows them; each can go back to IGDB's value on its own. */
export function DisplayFieldsForm({ game }: { game: AdminGameDetail }) {
  const update = useUpdateAdminGame(game.id);
  const stored = storedValues(game);
  const [values, setValues] = useState(stored);
  const [invalid, setInvalid] = useState<string | null>(null);
  const apply = (changes: UpdateAdminGameBody) => update.mutate(changes, { onSuccess: (saved) => setValues(storedValues(saved)) });
  const dirty = (Object.keys(values) as Field[]).filter((f) => values[f].trim() !== stored[f].trim());

  const save = (event: FormEvent) => {
    event.preventDefault();
    // An emptied cover id means "no override" (an empty id is not an image); an emptied summary is kept as an override.
    const changes: UpdateAdminGameBody = Object.fromEntries(
      dirty.map((f) => [f, f === "coverImageId" && !values[f].trim() ? null : values[f]]),
    );
    const checked = GameCurationChangesSchema.safeParse(changes);
    if (!checked.success) return setInvalid(checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    setInvalid(null);
    apply(checked.data);
  };
  const reset = (field: Field) => apply({ [field]: null });

  const overridden = {
    name: game.overrides.name !== null,
    summary: game.overrides.summary !== null,
    coverImageId: game.overrides.cover_image_id !== null,
  };
  const fieldProps = (field: Field) => ({ field, overridden: overridden[field], disabled: update.isPending, onReset: () => reset(field) });

  return (
    <Panel title="Display fields">
      <form onSubmit={save} className="space-y-5">
        <FieldGroup label="Display name" id="game-name" igdb={game.igdb.name} {...fieldProps("name")}>
          <input
            id="game-name"
            className={inputClass}
            value={values.name}
            maxLength={200}
            onChange={(e) => setValues({ ...values, name: e.target.value })}
          />
        </FieldGroup>
        <FieldGroup label="Summary" id="game-summary" igdb={game.igdb.summary} {...fieldProps("summary")}>
          <textarea
            id="game-summary"
            rows={6}
            className={inputClass}
            value={values.summary}
            maxLength={5000}
            onChange={(e) => setValues({ ...values, summary: e.target.value })}
          />
        </FieldGroup>
        <FieldGroup label="Cover image id" id="game-cover" igdb={game.igdb.cover_image_id} {...fieldProps("coverImageId")}>
          <input
            id="game-cover"
            className={inputClass}
            value={values.coverImageId}
            maxLength={64}
            placeholder="e.g. co1r7h"
            onChange={(e) => setValues({ ...values, coverImageId: e.target.value })}
          />
        </FieldGroup>
        {invalid || update.error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {invalid ?? update.error?.message}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={adminButtonClass("primary")} disabled={update.isPending || dirty.length === 0}>
            {update.isPending ? "Saving…" : "Save changes"}
          </button>
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
            {update.isSuccess && dirty.length === 0 ? "Saved. The store shows it now." : ""}
          </p>
        </div>
      </form>
    </Panel>
  );
}

function FieldGroup(props: {
  label: string;
  id: string;
  igdb: string | null;
  field: Field;
  overridden: boolean;
  disabled: boolean;
  onReset: () => void;
  children: ReactNode;
}) {
  return (
    <div role="group" aria-labelledby={`${props.id}-label`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="flex items-baseline gap-2">
          <label id={`${props.id}-label`} htmlFor={props.id} className={labelClass}>
            {props.label}
          </label>
          {props.overridden ? <span className="text-xs text-brand-600 dark:text-brand-100">overridden</span> : null}
        </div>
        <button
          type="button"
          className="text-xs text-brand-600 hover:underline disabled:cursor-not-allowed disabled:text-zinc-400 disabled:no-underline dark:text-brand-100"
          disabled={!props.overridden || props.disabled}
          onClick={props.onReset}
        >
          Reset to IGDB
        </button>
      </div>
      {props.children}
      <p className="mt-1 line-clamp-2 text-xs text-zinc-500">IGDB: {props.igdb ?? "(none)"}</p>
    </div>
  );
}
