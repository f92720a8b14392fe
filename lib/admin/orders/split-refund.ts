import { allocate } from "@/lib/money";

export interface LineLeft {
  lineId: string;
  title: string;
  /** What is left to refund of the line. */
  left: string;
  /** The amount asked for this line; undefined means all that is left (or a share of a total). */
  asked?: string;
}

/**
 * The amount each chosen line gets back: its own amount when one was given; otherwise, with a `total`, a share
 * of it in proportion to what is left of each line, split by largest remainder in the currency's coin (so the
 * shares add up to the total exactly, and a share never exceeds what is left when the total does not); with
 * neither, all that is left of the line. Pure: the caller checks the parts against what is left.
 *
 * @example
 * splitRefund([{ lineId: "a", title: "A", left: "10.00" }, { lineId: "b", title: "B", left: "20.00" }], "10.00", "USD");
 * // → amounts "3.33" and "6.67"
 */
export function splitRefund(lines: readonly LineLeft[], total: string | undefined, currency: string): Array<LineLeft & { amount: string }> {
  if (!total) return lines.map((line) => ({ ...line, amount: line.asked ?? line.left }));
  const shares = allocate(
    total,
    lines.map((line) => line.left),
    currency,
  );
  return lines.map((line, index) => ({ ...line, amount: shares[index]! }));
}
