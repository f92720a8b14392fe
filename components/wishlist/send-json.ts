// A JSON mutation of the user's own API from the browser, answering with the server's message on a refusal
// (the API's {error: {message}}), so a form can show why rather than a status code.
export async function sendJson<T>(url: string, method: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const data = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!res.ok) throw new Error(data?.error?.message ?? `The server answered ${res.status}. Try again.`);
  return data as T;
}
