import { CacheConsole } from "@/components/admin/cache/cache-console";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Cache" };

export default async function CachePage() {
  await requireAdminPage("/admin/cache");
  return (
    <>
      <PageHeader
        title="Cache"
        description="What the cache holds, how often it answers, and removing entries by key, tag or pattern. Refreshed every 5 seconds."
      />
      <CacheConsole />
    </>
  );
}
