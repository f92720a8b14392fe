/** The token of an `Authorization: Bearer <token>` header, or null when the request sends none. */
export function bearerToken(request: Request): string | null {
  return request.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1] ?? null;
}
