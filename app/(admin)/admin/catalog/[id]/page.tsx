import { notFound } from "next/navigation";

import { GameEditor } from "@/components/admin/catalog/game-editor";
import { adminGameIdParamSchema } from "@/lib/admin/catalog/admin-catalog-schemas";
import { getAdminGame } from "@/lib/admin/catalog/get-admin-game";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Catalog game" };

export default async function AdminCatalogGamePage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await requireAdminPage(`/admin/catalog/${encodeURIComponent(raw)}`);
  const parsed = adminGameIdParamSchema.safeParse({ id: raw });
  const game = parsed.success ? getAdminGame(parsed.data.id) : null;
  if (!game) notFound();
  // The server's read seeds the console's query, so the page shows at once and stays live after edits.
  return <GameEditor initial={game} />;
}
