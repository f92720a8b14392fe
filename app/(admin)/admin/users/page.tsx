import { PageHeader } from "@/components/admin/page-header";
import { UsersTable } from "@/components/admin/users/users-table";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requireAdminPage("/admin/users");
  return (
    <>
      <PageHeader
        title="Users"
        description="Find accounts and grant or remove the admin role. Changes take effect on the user's next request and are audit-logged."
      />
      <UsersTable viewerId={viewer.id} />
    </>
  );
}
