import { errorBoxClass } from "@/components/ui/form-styles";

/** A failed load or action, said inline with the API's own message. */
export function QueryError({ error, what }: { error: Error | null; what: string }) {
  if (!error) return null;
  return (
    <p role="alert" className={errorBoxClass}>
      Could not {what}: {error.message}
    </p>
  );
}
