import { formatMoney } from "@/lib/money/format-money";

/** An amount as the locale writes it ("$12.99", "¥1,980"); the decimal string goes to Intl untouched. */
export function Money({ amount, currency, className }: { amount: string; currency: string; className?: string }) {
  return (
    <span className={className} data-amount={amount}>
      {formatMoney(amount, currency)}
    </span>
  );
}
