// GET /dev/outbox/{id}/raw – a kept message as its raw .eml (opens in any mail client)
import { canViewOutbox } from "@/lib/api/can-view-outbox";
import { withErrors } from "@/lib/api/with-errors";
import { AppError } from "@/lib/errors/app-error";
import { readOutboxEml } from "@/lib/mail";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (req, { params }: { params: Promise<{ id: string }> }) => {
  if (!(await canViewOutbox(req.headers))) throw new AppError("not_found", "Not found");
  const { id } = await params;
  const eml = await readOutboxEml(id);
  if (!eml) throw new AppError("not_found", "No such message in the outbox");
  return new Response(new Uint8Array(eml), {
    headers: {
      "Content-Type": "message/rfc822",
      "Content-Disposition": `attachment; filename="${id}.eml"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
