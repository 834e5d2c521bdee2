/* Generated from schemas/words.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * The result: the amount in words.
 */
export interface Words {
  /**
   * The words, capitalised, minor units in digits.
   */
  text: string;
}
