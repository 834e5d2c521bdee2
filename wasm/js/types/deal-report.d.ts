/* Generated from schemas/deal-report.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * The report.
 */
export interface DealReport {
  /**
   * The currency of every sum of the margins (the project's, or the request's).
   */
  currency: string;
  /**
   * The document date, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * The rates used to convert purchases into it.
   */
  fx?: FxRate[];
  /**
   * `ru` or `en`.
   */
  language: "ru" | "en";
  /**
   * The document's number (with `-revN` for a revision).
   */
  number: string;
  /**
   * Items ordered and not all received.
   */
  open_orders: OpenOrder[];
  /**
   * What it owes sources, per order, with its ageing.
   */
  payables: OpenItem[];
  /**
   * The project's id.
   */
  project: string;
  /**
   * The project's name.
   */
  project_name: string;
  /**
   * What clients owe, per invoice, with its ageing.
   */
  receivables: OpenItem[];
  /**
   * The segment's id; absent for a whole-project document.
   */
  segment?: string | null;
  /**
   * Per segment it manages.
   */
  segments: SegmentMargin[];
  supplier: Party;
  /**
   * The title as printed ("Проформа-инвойс").
   */
  title: string;
  total: Margin;
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
 * An item ordered and not all received.
 */
export interface OpenOrder {
  /**
   * The confirmed ship date.
   */
  confirmed_ship_date?: string | null;
  /**
   * The item.
   */
  item: string;
  /**
   * True when the confirmed date is past and units are still to ship.
   */
  late: boolean;
  /**
   * True when it is ready and waits to ship.
   */
  ready_to_ship: boolean;
  /**
   * Its segment.
   */
  segment: string;
  /**
   * Units short or damaged not yet re-ordered.
   */
  short: string;
  /**
   * Its state.
   */
  state:
    | "ordered"
    | "confirmed"
    | "in_production"
    | "ready"
    | "shipped"
    | "received"
    | "delivered"
    | "installed"
    | "backordered"
    | "cancelled";
  /**
   * Units still to ship.
   */
  to_ship: string;
}
/**
 * A document with money still owed, and how late.
 */
export interface OpenItem {
  /**
   * `current`, `1-30`, `31-60`, `61-90` or `90+`.
   */
  ageing: string;
  /**
   * True while its deposit is not paid in full.
   */
  awaiting_deposit?: boolean;
  /**
   * Its currency.
   */
  currency: string;
  /**
   * Days past that date (0 when not yet due).
   */
  days_overdue: number;
  /**
   * The client invoice or purchase order.
   */
  document: string;
  /**
   * What is still owed.
   */
  due: string;
  /**
   * The earliest unpaid instalment's due date.
   */
  due_date?: string | null;
  /**
   * What of it is past its due date as of the report.
   */
  overdue: string;
  /**
   * `client`, or the source.
   */
  party: string;
  /**
   * Its total.
   */
  total: string;
}
/**
 * One segment's margin.
 */
export interface SegmentMargin {
  /**
   * Logistics, customs, design fee and other costs as invoiced (passed on, not margin).
   */
  costs_invoiced: string;
  /**
   * sale − purchase.
   */
  margin: string;
  /**
   * margin ÷ sale × 100, to two places; none without a sale.
   */
  margin_pct?: string | null;
  /**
   * Its name.
   */
  name: string;
  /**
   * The goods as ordered from the source (orders' net, re-orders included), converted.
   */
  purchase: string;
  /**
   * The goods as invoiced to the client, less credit notes, before VAT.
   */
  sale: string;
  /**
   * The segment.
   */
  segment: string;
}
/**
 * The supplier it is for.
 */
export interface Party {
  /**
   * Address.
   */
  address?: string | null;
  /**
   * Bank details.
   */
  bank?: Bank | null;
  /**
   * ISO 3166-1 country.
   */
  country?: string | null;
  /**
   * E-mail.
   */
  email?: string | null;
  /**
   * Electronic address for e-invoicing (EAS scheme and identifier).
   */
  endpoint?: Endpoint | null;
  /**
   * The company's id; absent for the project's client.
   */
  id?: string | null;
  /**
   * Legal name.
   */
  legal_name?: string | null;
  /**
   * Trading name.
   */
  name: string;
  /**
   * Phone.
   */
  phone?: string | null;
  /**
   * Tax ids (`inn`, `kpp`, `vat`, …), ordered by key.
   */
  tax_ids: {
    [k: string]: string | undefined;
  };
}
/**
 * Bank details printed on proformas and invoices.
 */
export interface Bank {
  /**
   * Account number (Russian р/с).
   */
  account?: string | null;
  /**
   * BIC (Russian БИК, or SWIFT BIC).
   */
  bic?: string | null;
  /**
   * Correspondent account (Russian к/с).
   */
  corr_account?: string | null;
  /**
   * IBAN.
   */
  iban?: string | null;
  /**
   * Bank name.
   */
  name: string;
  /**
   * SWIFT code.
   */
  swift?: string | null;
}
/**
 * An electronic address (Peppol scheme and identifier).
 */
export interface Endpoint {
  /**
   * Identifier.
   */
  id: string;
  /**
   * Scheme code.
   */
  scheme: string;
}
/**
 * The sums over its segments.
 */
export interface Margin {
  /**
   * Logistics, customs, design fee and other costs as invoiced (passed on, not margin).
   */
  costs_invoiced: string;
  /**
   * sale − purchase.
   */
  margin: string;
  /**
   * margin ÷ sale × 100, to two places; none without a sale.
   */
  margin_pct?: string | null;
  /**
   * The goods as ordered from the source (orders' net, re-orders included), converted.
   */
  purchase: string;
  /**
   * The goods as invoiced to the client, less credit notes, before VAT.
   */
  sale: string;
}
