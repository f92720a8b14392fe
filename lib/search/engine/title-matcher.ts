// Aligns the query with one title: each query word takes the title word (or two or three words written
// as one) that it matches best. A query word takes one place only, or "bubble" would count as matching
// both words of "Bubble Bobble" (the second through a typo) and look like the whole title. Whole-word
// matches choose first; the word being typed then completes to a title word nobody took ("road r" →
// "Rash", not the "Road" typed just before).
import type { SearchData } from "./build-search-data";
import type { TermMatchTable } from "./term-match-table";

/** Expansion.typed of everything but completions (see plan-query). */
const WHOLE_WORD = Number.MAX_SAFE_INTEGER;
const MAX_TITLE_TOKENS = 64;

export class TitleMatcher {
  /** Per title position: weight of the match covering it (0 = unmatched) and the query token (-1). */
  readonly positionWeight = new Float32Array(MAX_TITLE_TOKENS);
  readonly positionToken = new Int8Array(MAX_TITLE_TOKENS);
  /** Per query token: weight of its match (0 = unmatched) and the title position where it starts. */
  tokenWeight = new Float32Array(16);
  tokenPosition = new Int16Array(16);
  private bestSpan = new Int8Array(16);
  private bestReach = new Float64Array(16);
  private bestPass = new Int8Array(16);

  constructor(
    private readonly data: SearchData,
    private readonly table: TermMatchTable,
  ) {}

  /** Title lengths past this are cut (the index keeps 32 words per title). */
  static readonly maxLength = MAX_TITLE_TOKENS;

  /** Aligns the query tokens of the loaded match table with the title whose layout starts at start. */
  match(start: number, length: number, tokenCount: number): void {
    if (this.tokenWeight.length < tokenCount) {
      this.tokenWeight = new Float32Array(tokenCount);
      this.tokenPosition = new Int16Array(tokenCount);
      this.bestSpan = new Int8Array(tokenCount);
      this.bestReach = new Float64Array(tokenCount);
      this.bestPass = new Int8Array(tokenCount);
    }
    this.positionWeight.fill(0, 0, length);
    this.positionToken.fill(-1, 0, length);
    this.tokenWeight.fill(0, 0, tokenCount);
    this.tokenPosition.fill(-1, 0, tokenCount);
    this.bestPass.fill(-1, 0, tokenCount);
    for (let pass = 0; pass < 2; pass++) {
      for (let span = 1; span <= 3; span++) this.findBest(start, length, span, pass);
      for (let token = 0; token < tokenCount; token++) if (this.bestPass[token] === pass) this.claim(start, token);
    }
  }

  /** Records, per token, its best match among the terms spanning `span` title words (pass 1: completions). */
  private findBest(start: number, length: number, span: number, pass: number): void {
    const { titleTerms } = this.data.store;
    const table = this.table;
    const from = start + (span === 1 ? 0 : span === 2 ? length : 2 * length - 1);
    for (let j = 0; j + span <= length; j++) {
      for (let entry = table.head(titleTerms[from + j] ?? 0); entry >= 0; entry = table.entryNext[entry] ?? -1) {
        const typed = table.entryTyped[entry] ?? 0;
        if ((typed < WHOLE_WORD ? 1 : 0) !== pass) continue;
        const token = table.entryToken[entry] ?? 0;
        const weight = table.entryWeight[entry] ?? 0;
        if (weight <= (this.tokenWeight[token] ?? 0)) continue;
        if (pass === 1 && this.claimed(j, span)) continue;
        this.tokenWeight[token] = weight;
        this.tokenPosition[token] = j;
        this.bestSpan[token] = span;
        this.bestReach[token] = typed;
        this.bestPass[token] = pass;
      }
    }
  }

  /** Marks the title words covered by the token's best match; a completion covers only what was typed. */
  private claim(start: number, token: number): void {
    const weight = this.tokenWeight[token] ?? 0;
    const position = this.tokenPosition[token] ?? 0;
    let reach = this.bestReach[token] ?? 0;
    for (let p = position; p < position + (this.bestSpan[token] ?? 1) && reach > 0; p++) {
      if (weight > (this.positionWeight[p] ?? 0)) {
        this.positionWeight[p] = weight;
        this.positionToken[p] = token;
      }
      reach -= this.data.vocabulary.termOf(this.data.store.titleTerms[start + p] ?? 0).length;
    }
  }

  private claimed(position: number, span: number): boolean {
    for (let p = position; p < position + span; p++) if ((this.positionToken[p] ?? -1) >= 0) return true;
    return false;
  }
}
