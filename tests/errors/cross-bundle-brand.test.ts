// Next bundles the instrumentation hook and the route handlers apart, each with its own copy of our error
// classes, while singletons on globalThis (the IGDB connection, the job system, the cache) are built by
// whichever bundle comes first. A second evaluation of the same modules (vi.resetModules) stands in for the
// second bundle: errors its classes make must still be recognised, and answered, by the first copy.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { handleApiError } from "@/lib/api/errors";
import { DeadlineError } from "@/lib/cache/with-deadline";
import { AppError } from "@/lib/errors/app-error";
import { IgdbError, isIgdbError } from "@/lib/igdb/errors";
import { PermanentJobError, PoisonPayloadError } from "@/lib/jobs/errors";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";

async function otherBundle() {
  vi.resetModules();
  const [errors, cache, igdb, jobs, mail] = await Promise.all([
    import("@/lib/errors/app-error"),
    import("@/lib/cache/with-deadline"),
    import("@/lib/igdb/errors"),
    import("@/lib/jobs/errors"),
    import("@/lib/mail/mail-delivery-error"),
  ]);
  return { errors, cache, igdb, jobs, mail };
}

describe("error classes across bundles", () => {
  it("are two copies here, as in a Next build", async () => {
    const other = await otherBundle();
    expect(other.igdb.IgdbError).not.toBe(IgdbError);
    expect(other.errors.AppError).not.toBe(AppError);
  });

  it("recognise each other's instances", async () => {
    const other = await otherBundle();
    const igdb = new other.igdb.IgdbError("server", "IGDB failed with 500", { status: 500 });
    expect(igdb instanceof IgdbError).toBe(true);
    expect(isIgdbError(igdb)).toBe(true);
    expect(igdb.transient).toBe(true);
    expect(new other.errors.AppError("not_found", "gone") instanceof AppError).toBe(true);
    expect(new other.cache.DeadlineError(5) instanceof DeadlineError).toBe(true);
    expect(new other.jobs.PermanentJobError("no") instanceof PermanentJobError).toBe(true);
    expect(new other.mail.MailDeliveryError("550", { responseCode: 550 }) instanceof MailDeliveryError).toBe(true);
  });

  it("still tell classes apart, subclasses included", async () => {
    const other = await otherBundle();
    const poison = new other.jobs.PoisonPayloadError("email.send", z.object({ to: z.email() }).safeParse({}).error!);
    expect(poison instanceof PermanentJobError).toBe(true);
    expect(poison instanceof PoisonPayloadError).toBe(true);
    expect(new other.jobs.PermanentJobError("no") instanceof PoisonPayloadError).toBe(false);
    // A subclass that names no brand of its own never answers for its parent's instances.
    class Unbranded extends PermanentJobError {}
    expect(new PermanentJobError("no") instanceof Unbranded).toBe(false);
    expect(new Unbranded("yes") instanceof Unbranded).toBe(true);
    expect(new Unbranded("yes") instanceof other.jobs.PermanentJobError).toBe(true);
    expect(new Error("plain") instanceof IgdbError).toBe(false);
    expect(new other.igdb.IgdbError("server", "x") instanceof AppError).toBe(false);
    expect((null as unknown) instanceof IgdbError).toBe(false);
    expect(isIgdbError({ kind: "server", message: "looks alike" })).toBe(false);
  });

  it("let the API answer another bundle's errors with their own status, not a 500", async () => {
    const other = await otherBundle();
    const upstream = handleApiError(new other.igdb.IgdbError("server", "IGDB failed with 500", { status: 500 }));
    expect(upstream.status).toBe(503);
    expect((await upstream.json()).error).toMatchObject({ code: "unavailable", details: { upstream: "igdb", reason: "server" } });
    expect(upstream.headers.get("retry-after")).toBe("5");
    const missing = handleApiError(new other.errors.AppError("not_found", "No game has the id 7."));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });
});
