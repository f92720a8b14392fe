"use client";

import { useQuery } from "@tanstack/react-query";

import type { AccountSummary } from "@/lib/auth/get-account-summary";

import { fetchMine } from "./my-api";

/** The signed-in account for the settings page (GET /api/users/me); null when signed out. */
export function useAccount() {
  return useQuery({ queryKey: ["account"], queryFn: () => fetchMine<AccountSummary>("/api/users/me"), staleTime: 0 });
}

type ApiError = { error?: { code?: string; message?: string; details?: { problems?: Array<{ message: string }> } } };

/**
 * Sends one account-control request (JSON, same origin) and returns the response, or throws an Error whose
 * message is what to show: each weak-password reason, the API's own message otherwise.
 */
export async function sendAccountRequest(url: string, method: string, body: unknown = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    throw new Error("Could not reach the server. Check your connection and try again.");
  }
  if (res.ok) return res;
  const error = ((await res.json().catch(() => ({}))) as ApiError).error;
  if (error?.code === "weak_password" && error.details?.problems) throw new Error(error.details.problems.map((p) => p.message).join(" "));
  if (error?.code === "unauthorized") throw new Error("Your session has ended. Sign in again.");
  throw new Error(error?.message ?? `Something went wrong (${res.status}). Try again.`);
}
