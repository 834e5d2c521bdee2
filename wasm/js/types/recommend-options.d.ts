/* Generated from schemas/recommend-options.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * The language of a document.
 */
export type Lang = "ru" | "en";

/**
 * Options of `recommend` (`recommend-options`): every field optional.
 */
export interface RecommendOptions {
  /**
   * Rates from each line's currency into the project's, to weigh manufacturers by value
   * when the lines are in several currencies.
   */
  fx?: FxRate[];
  /**
   * The language of the reasons (default: the project's locale).
   */
  language?: Lang | null;
  /**
   * How many suppliers the ranking lists (default 10; the cover's are always explained).
   */
  limit?: number;
  /**
   * Segments and unsourced groups a supplier already manages (a deal knows them): they need no one.
   */
  managed?: string[];
  /**
   * Other projects of the host, for co-occurrence: which manufacturers appeared together.
   */
  projects?: PastProject[];
  /**
   * How many proposals per uncovered manufacturer (default 3).
   */
  proposals?: number;
  /**
   * One segment (`{project}/{source}`) or unsourced group (`{project}/unsourced/{manufacturer}`)
   * instead of the whole project.
   */
  segment?: string | null;
}
/**
 * An explicit exchange rate: 1 `from` = `rate` `to`.
 */
export interface FxRate {
  /**
   * ISO 4217 code converted from.
   */
  from: string;
  /**
   * Units of `to` per unit of `from`.
   */
  rate: string;
  /**
   * ISO 4217 code converted to.
   */
  to: string;
}
/**
 * The manufacturers of another project: evidence of which manufacturers go together.
 */
export interface PastProject {
  /**
   * Its id (for the reasons).
   */
  id: string;
  /**
   * The manufacturers it used.
   */
  manufacturers: string[];
}
