import { notFound } from "next/navigation";
import { connection } from "next/server";

// A URL no other route matches lands here, rather than on the prerendered app/not-found page, so the 404 is
// rendered for this request and carries its CSP nonce: proxy.ts cannot tell an unknown path from a dynamic
// page, gives it the nonce policy, and a prerendered 404's nonce-less scripts would be blocked. (Calling
// connection() in not-found.tsx itself would make every route dynamic, game pages included.)
export default async function MissingPage(): Promise<never> {
  await connection();
  notFound();
}
