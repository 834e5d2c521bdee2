/* Generated from schemas/codes.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

export type Catalogue = CatalogueEntry[];

/**
 * One row of the catalogue as it is printed and serialised.
 */
export interface CatalogueEntry {
  /**
   * The stable code.
   */
  code: string;
  /**
   * What it means.
   */
  meaning: string;
  /**
   * `error` or `warning`.
   */
  severity: "error" | "warning";
}
