import { AuditLogView } from "@/components/admin/audit/audit-log-view";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requireAdminPage("/admin/audit");
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what, and when: every admin action, role change and API-token call, newest first."
      />
      <AuditLogView />
    </>
  );
}
