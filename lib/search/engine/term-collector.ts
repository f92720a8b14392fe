// First pass of the index build: interns every word and compound of every title (see TermTable) and
// writes titles in the title layout (see DocumentStore) as collection indexes.
import { TermTable } from "./term-table";
import { TermKind } from "./vocabulary";

const TITLE_KINDS = [TermKind.token, TermKind.pair, TermKind.triple] as const;
const ALIAS_KINDS = [TermKind.alias, TermKind.alias, TermKind.alias] as const;

export class TermCollector {
  /** Every term; its indexes are the collection indexes written to slots. */
  readonly table = new TermTable();
  kinds = new Uint8Array(1 << 16);
  slots = new Int32Array(1 << 18);
  slotCount = 0;
  /** Token count of every title written, in order. */
  readonly titleLengths: number[] = [];
  /** Slot where each title of the current document starts, and its token count. */
  private docTitleStarts: number[] = [];
  private docTitleLengths: number[] = [];

  /** Starts a new document: titles are deduplicated within one document only. */
  startDocument(): void {
    this.docTitleStarts = [];
    this.docTitleLengths = [];
  }

  /**
   * Writes one title's tokens, pair and triple compounds. Returns false (writing nothing) when the
   * document already has a title with the same tokens, e.g. "Pokémon Red" and "Pokemon Red". An alias
   * (abbreviation) marks its terms TermKind.alias only.
   */
  addTitle(tokens: string[], alias = false): boolean {
    const m = tokens.length;
    if (m === 0) return false;
    const start = this.slotCount;
    const [tokenKind, pairKind, tripleKind] = alias ? ALIAS_KINDS : TITLE_KINDS;
    for (const token of tokens) this.write(this.mark(this.table.addWord(token), tokenKind));
    for (let t = 0; t < this.docTitleStarts.length; t++) {
      if (this.docTitleLengths[t] === m && this.sameTokens(this.docTitleStarts[t] ?? 0, start, m)) {
        this.slotCount = start;
        return false;
      }
    }
    this.docTitleStarts.push(start);
    this.docTitleLengths.push(m);
    this.titleLengths.push(m);
    for (let j = 0; j + 1 < m; j++) {
      this.write(this.mark(this.table.addCompound(this.slots[start + j] ?? 0, this.slots[start + j + 1] ?? 0), pairKind));
    }
    for (let j = 0; j + 2 < m; j++) {
      this.write(this.mark(this.table.addCompound(this.slots[start + m + j] ?? 0, this.slots[start + j + 2] ?? 0), tripleKind));
    }
    return true;
  }

  private sameTokens(previous: number, start: number, m: number): boolean {
    for (let j = 0; j < m; j++) if (this.slots[previous + j] !== this.slots[start + j]) return false;
    return true;
  }

  /** Records that the term occurs as this kind, and returns it. */
  private mark(index: number, kind: number): number {
    if (index >= this.kinds.length) {
      const grown = new Uint8Array(Math.max(index + 1, this.kinds.length * 2));
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[index] = (this.kinds[index] ?? 0) | kind;
    return index;
  }

  private write(value: number): void {
    if (this.slotCount === this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.slotCount++] = value;
  }
}
