/** One line of a record's key facts (components/Facts.astro); empty values are left out. */
export interface Fact {
  label: string;
  value: string | null | undefined;
  /** Machine-readable date for a <time> element. */
  datetime?: string | null;
  href?: string | null;
  /** Set when the value is in another language than the page (Vietnamese names on the English portal). */
  lang?: string | undefined;
}
