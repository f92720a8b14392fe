import { splitLinks } from "@/lib/mail";

/** A plain-text mail body with its http(s) links clickable; React escapes the rest. */
export function LinkedText({ text }: { text: string }) {
  return (
    <pre className="font-sans text-sm break-words whitespace-pre-wrap">
      {splitLinks(text).map((segment, i) =>
        segment.kind === "link" ? (
          <a key={i} href={segment.href} className="break-all text-brand-600 underline dark:text-brand-100">
            {segment.href}
          </a>
        ) : (
          segment.text
        ),
      )}
    </pre>
  );
}
