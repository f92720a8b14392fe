"use client";

/** Opens the browser's print dialog (the receipt's print styles drop everything but the receipt). */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 print:hidden"
    >
      Print
    </button>
  );
}
