import { secondaryButtonClass } from "@/components/ui/form-styles";

import { SettingsSection } from "./settings-section";

/** The data export: a plain download link (GET /api/users/me/export sends it as an attachment). */
export function ExportSection() {
  return (
    <SettingsSection
      id="export"
      title="Your data"
      description="Everything Questlog holds about your account: the account itself, your library, your wishlist and the log entries about it, as JSON."
    >
      <a href="/api/users/me/export" download className={`${secondaryButtonClass} sm:w-auto`}>
        Download my data (JSON)
      </a>
    </SettingsSection>
  );
}
