/* Generated from schemas/words-request.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * A request for an amount in words (`bureau words`, and the same operation on every surface).
 */
export interface WordsRequest {
  /**
   * The amount, a decimal string.
   */
  amount: string;
  /**
   * ISO 4217 currency: RUB, EUR, USD, GBP or CNY.
   */
  currency: string;
  /**
   * `ru` or `en`.
   */
  language: "ru" | "en";
}
