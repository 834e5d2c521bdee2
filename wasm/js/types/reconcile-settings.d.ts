/* Generated from schemas/reconcile-settings.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * Settings of a reconciliation (`reconcile-settings`): every field optional.
 */
export interface ReconcileSettings {
  /**
   * Rates from the requested prices' currency into the proforma's; a missing pair is an error.
   */
  fx?: FxRate[];
  /**
   * How a half is rounded at the minor unit (default: away from zero).
   */
  rounding?: "half_away_from_zero" | "half_even";
  tolerances?: Tolerances;
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
 * Differences accepted without calling a line changed (default: none).
 */
export interface Tolerances {
  /**
   * A discount change up to this many percentage points.
   */
  discount_pct?: string;
  /**
   * A lead time longer or shorter by up to this many weeks.
   */
  lead_time_weeks?: number;
  /**
   * A quantity change up to this many units.
   */
  quantity?: string;
  /**
   * A unit price change up to this percent of the requested price (e.g. `"0.5"`).
   */
  unit_price_pct?: string;
}
