/* Generated from schemas/deal-document-request.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * The form a document is returned in.
 */
export type Output = "pdf" | "png" | "json" | "xlsx" | "csv" | "ubl" | "cii" | "facturx";
/**
 * The language of a document.
 */
export type Lang = "ru" | "en";

/**
 * What a party asks to print of a deal (`deal_document`): an issued document by `number`, or
 * the deal's `report` as of a date; as JSON, PDF, PNG, XLSX or CSV.
 */
export interface DealDocumentRequest {
  /**
   * Who asks: a company of the deal, or `client`; it gets only what its view shows.
   */
  audience: string;
  /**
   * `json` (default), `pdf`, `png`, `xlsx` or `csv`.
   */
  format?: Output | null;
  /**
   * `ru` or `en`: the document printed in that language (default: as issued).
   */
  language?: Lang | null;
  /**
   * An issued document's number.
   */
  number?: string | null;
  /**
   * The page a PNG shows, from 1.
   */
  page?: number | null;
  /**
   * The deal's report (margins, receivables, payables, open orders), for a managing supplier.
   */
  report?: ReportInput | null;
  /**
   * Its revision (default the latest).
   */
  revision?: number | null;
}
/**
 * The report's date, currency and rates.
 */
export interface ReportInput {
  /**
   * The date the report is made as of, `YYYY-MM-DD`: what is late and overdue then.
   */
  as_of: string;
  /**
   * The currency of the margins (default the project's).
   */
  currency?: string | null;
  /**
   * Rates for purchases in other currencies (the supplier's invoices' rates are used too).
   */
  fx?: FxRate[];
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
