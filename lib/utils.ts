/** Joins class names, skipping falsy ones. */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}

/** "1992-04-13" → "13 Apr 1992", "1992-04" → "Apr 1992", "1992" → "1992". */
export function formatReleaseDate(date: string | null): string {
  if (!date) return "Unknown date";
  const [y, m, d] = date.split("-");
  const month = m ? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString("en-GB", { month: "short", timeZone: "UTC" }) : "";
  return [d ? String(Number(d)) : "", month, y].filter(Boolean).join(" ");
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat("en-US").format(n);
}
