import { NotFoundMessage } from "@/components/ui/not-found-message";

// Static, unlike app/not-found.tsx: an unknown slug's 404 is rendered and cached by ISR like the game pages,
// and gets their (nonce-less) policy from proxy.ts.
export default function GameNotFound() {
  return <NotFoundMessage />;
}
