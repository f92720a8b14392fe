// Prisma errors a user can cause, as API errors. Matched by shape (name and code), not `instanceof`, so this
// module does not load the Prisma runtime into every route that only needs the error shape. It returns plain
// descriptions (lib/api/errors.ts turns them into responses), so the two modules do not import each other.

interface PrismaKnownError {
  name: "PrismaClientKnownRequestError";
  code: string;
  meta?: Record<string, unknown>;
}

/** A PrismaClientKnownRequestError, optionally with one of the given codes (P2002, P2025, …). */
export function isPrismaError(error: unknown, ...codes: string[]): error is PrismaKnownError {
  if (!(error instanceof Error) || error.name !== "PrismaClientKnownRequestError") return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && (codes.length === 0 || codes.includes(code));
}

export interface PrismaErrorDescription {
  code: "conflict" | "invalid_parameters" | "not_found";
  message: string;
  details?: unknown;
}

/**
 * The API error for a database refusal a request caused, or null when the error is ours (a 500):
 * - P2002 unique constraint → 409 conflict (two writers raced, or a duplicate the code did not pre-check);
 * - P2039 CHECK constraint, P2000 value too long, P2011 NOT NULL → 400 invalid_parameters (input the zod
 *   schemas let through but the database's own rules refuse, e.g. a finish date before a stored start date);
 * - P2025 record not found → 404 not_found (an update or delete of a row that is not there, or not the caller's).
 */
export function describePrismaError(error: unknown): PrismaErrorDescription | null {
  if (!isPrismaError(error)) return null;
  switch (error.code) {
    case "P2002":
      return { code: "conflict", message: "That already exists.", details: { constraint: constraintName(error) } };
    case "P2000":
    case "P2011":
    case "P2039":
      return {
        code: "invalid_parameters",
        message: "The database refused a value: it breaks one of its rules.",
        details: { constraint: constraintName(error) },
      };
    case "P2025":
      return { code: "not_found", message: "Nothing there: it does not exist." };
    default:
      return null;
  }
}

// The driver adapter passes PostgreSQL's message on ("… violates unique constraint \"User_email_key\"", "… violates
// check constraint \"LibraryEntry_rating_check\""); the name says which rule, and nothing about the data.
function constraintName(error: PrismaKnownError): string | undefined {
  const cause = (error.meta?.driverAdapterError as { cause?: { originalMessage?: unknown } } | undefined)?.cause;
  const message = typeof cause?.originalMessage === "string" ? cause.originalMessage : "";
  return /constraint "([^"]+)"/.exec(message)?.[1];
}
