/* Generated from schemas/proforma.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * A proforma received from a segment's source.
 */
export interface Proforma {
  /**
   * ISO 4217 currency.
   */
  currency: string;
  /**
   * Issue date.
   */
  date: string;
  /**
   * Deposit, percent.
   */
  deposit_pct?: string | null;
  /**
   * Always `proforma/1`.
   */
  format: string;
  /**
   * Incoterms 2020 rule.
   */
  incoterm?: string | null;
  /**
   * Company id of the issuer.
   */
  issuer: string;
  /**
   * Lines.
   */
  lines: ProformaLine[];
  /**
   * The issuer's number.
   */
  number: string;
  /**
   * Payment terms as text.
   */
  payment_terms?: string | null;
  /**
   * The segment id it answers.
   */
  segment: string;
  /**
   * The date the goods ship (an order confirmation's promise; a line's own wins).
   */
  ship_date?: string | null;
  /**
   * The totals the issuer printed.
   */
  totals?: ProformaTotals | null;
  /**
   * Valid until.
   */
  valid_until?: string | null;
}
/**
 * A line of a proforma.
 */
export interface ProformaLine {
  /**
   * Discount, percent.
   */
  discount_pct?: string | null;
  /**
   * The project item it answers.
   */
  item?: string | null;
  /**
   * Lead time in weeks.
   */
  lead_time_weeks?: number | null;
  /**
   * Name.
   */
  name?: string | null;
  /**
   * Quantity.
   */
  quantity: string;
  /**
   * The date this line ships, when it differs from the document's `ship_date`.
   */
  ship_date?: string | null;
  /**
   * Article code.
   */
  sku: string;
  /**
   * Unit.
   */
  unit?: string | null;
  /**
   * Price per unit before discount.
   */
  unit_price: string;
  /**
   * VAT rate.
   */
  vat_pct?: string | null;
}
/**
 * Totals printed on a proforma.
 */
export interface ProformaTotals {
  /**
   * Net.
   */
  net?: string | null;
  /**
   * Total.
   */
  total?: string | null;
  /**
   * VAT.
   */
  vat?: string | null;
}
