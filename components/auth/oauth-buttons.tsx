import { secondaryButtonClass } from "@/components/ui/form-styles";
import { oauthSignInAction } from "@/lib/auth/auth-actions";
import type { OAuthProviderInfo } from "@/lib/auth/list-oauth-providers";

/** One button per configured OAuth provider; none at all when none is configured. */
export function OAuthButtons({ providers, callbackUrl }: { providers: OAuthProviderInfo[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      {providers.map((p) => (
        <form key={p.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={secondaryButtonClass}>
            Continue with {p.name}
          </button>
        </form>
      ))}
    </div>
  );
}
