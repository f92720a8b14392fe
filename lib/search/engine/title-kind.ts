// What each indexed title of a game is. Abbreviations are indexed as titles of their own, so the title
// ranker aligns "ff 6" with them like with any title; their kind makes a match through them count a little
// less than the same match on a real title, so a game that *is* those letters is not buried by them.

export const TitleKind = {
  /** titles[0] of the document. */
  display: 0,
  alternative: 1,
  /** From curated-aliases.json: a short name documented for this title, as good as the title itself. */
  curated: 2,
  /** Derived initials ("smw"). */
  abbreviation: 3,
  /** Derived initials reading a lone V, X or I as a number ("Mega Man X" → mm 10). */
  guessedAbbreviation: 4,
  /** Derived initials of a series name or subtitle only ("lttp"). */
  partAbbreviation: 5,
} as const;

/** Relevance factor of a match on a title of each kind, indexed by TitleKind. */
export const TITLE_KIND_FACTOR: readonly number[] = [1, 0.97, 1, 0.9, 0.7, 0.87];

/** Titles a player never reads (abbreviations): left out of prefix checks and title-length priors. */
export const isAliasKind = (kind: number): boolean => kind >= TitleKind.curated;
