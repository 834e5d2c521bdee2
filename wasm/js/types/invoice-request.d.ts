/* Generated from schemas/invoice-request.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * How a cost is spread over the goods lines.
 */
export type Basis = "value" | "quantity" | "gross_weight" | "volume" | "equal" | "manual";
/**
 * The language of a document.
 */
export type Lang = "ru" | "en";

/**
 * What the Front Office is asked to invoice, and how.
 */
export interface InvoiceRequest {
  /**
   * Who the document is for (specifications): `client` (default) or `supplier`.
   */
  audience?: "client" | "supplier";
  /**
   * When the balance is due.
   */
  balance_due?: string | null;
  branding?: Branding;
  /**
   * The company that buys from the segment's source (the managing supplier); default: the
   * project's owner when it has commercial functions, else the client.
   */
  buyer?: string | null;
  /**
   * Companies the host adds to the project's for these documents (a managing supplier).
   */
  companies?: Company[];
  /**
   * Costs added to the goods, in the order they are applied.
   */
  costs?: Cost[];
  /**
   * The currency to print prices in; default: the lines' own (one currency).
   */
  currency?: string | null;
  /**
   * The document date; default: the project's date. The clock is never read.
   */
  date?: string | null;
  /**
   * When the deposit is due.
   */
  deposit_due?: string | null;
  /**
   * Deposit asked, percent of the total.
   */
  deposit_pct?: string | null;
  /**
   * Fonts the host adds: typst sets in them what the embedded Noto Sans lacks (a CJK name,
   * say), and a host template may ask for them by family name.
   */
  fonts?: HostFont[];
  /**
   * `json` (default: the model), `pdf` or `png`.
   */
  format?: "pdf" | "png" | "json" | "xlsx" | "csv" | "ubl" | "cii" | "facturx";
  /**
   * Exchange rates for conversions; a missing pair is an error.
   */
  fx?: FxRate[];
  /**
   * Incoterms 2020 rule; default: the project's delivery incoterm.
   */
  incoterm?: string | null;
  /**
   * `ru` or `en`; default: the project's locale.
   */
  language?: Lang | null;
  /**
   * Per item: its own markup, sale price or VAT rate.
   */
  lines?: {
    [k: string]: LinePricing | undefined;
  };
  /**
   * Markup on purchase nets for a client's sale prices (specification).
   */
  markup_pct?: string | null;
  /**
   * The document's number; default: from `series`, else derived from the project id.
   */
  number?: string | null;
  /**
   * The page a PNG preview shows, from 1.
   */
  page?: number;
  /**
   * Amounts already paid, in the invoice's currency.
   */
  paid?: string | null;
  /**
   * `a4` (default) or `us_letter`.
   */
  paper?: "a4" | "us_letter";
  /**
   * Payment terms, as printed.
   */
  payment_terms?: string | null;
  /**
   * Also render PNG page previews, at this many dots per inch.
   */
  preview_dpi?: number | null;
  /**
   * Accepted `proforma/1` objects: their prices replace the project's purchase prices for
   * their segments.
   */
  proformas?: Proforma1[];
  /**
   * The document a packing list answers (a proforma's or invoice's number).
   */
  reference?: string | null;
  /**
   * Revision: 2 and more add `-rev2` to the number.
   */
  revision?: number | null;
  /**
   * Half away from zero (default) or half to even.
   */
  rounding?: "half_away_from_zero" | "half_even";
  /**
   * Markup per segment (percent), over the request's `markup_pct`.
   */
  segment_markup_pct?: {
    [k: string]: string | undefined;
  };
  /**
   * The segments invoiced, in the order their lines are printed.
   */
  segments: string[];
  /**
   * The company that invoices: a company of the project (or of the settings' `companies`).
   */
  seller: string;
  series?: SeriesSet;
  /**
   * A purchase order's requested ship date, `YYYY-MM-DD`.
   */
  ship_date?: string | null;
  /**
   * Where a proforma request or a purchase order asks goods to be delivered; default: the
   * buyer's address (never the client's private address).
   */
  ship_to?: string | null;
  /**
   * A purchase order's sidemark: the client's reference the goods are marked with (never the
   * client's name or address); default: the project's id and name.
   */
  sidemark?: string | null;
  /**
   * Tagged (accessible) PDF; default true. Off makes long tables several times smaller.
   */
  tagged?: boolean;
  /**
   * A host's own typst template, replacing Bureau's: it reads `/data.json` (`model` and
   * `view`), may import `/bureau.typ` and read the document's images, nothing else.
   */
  template?: string | null;
  /**
   * Last day the offer holds.
   */
  valid_until?: string | null;
  /**
   * Days the offer holds from the document date (used when `valid_until` is absent).
   */
  validity_days?: number | null;
  vat?: Vat;
}
/**
 * Logo, accent colour, footer.
 */
export interface Branding {
  /**
   * `#RRGGBB`: headings and rules.
   */
  accent?: string | null;
  /**
   * A line printed at the foot of every page.
   */
  footer?: string | null;
  /**
   * An asset id of the project: printed at the top.
   */
  logo?: string | null;
}
/**
 * A company referenced by the project.
 */
export interface Company {
  /**
   * Address.
   */
  address?: string | null;
  /**
   * Bank details.
   */
  bank?: Bank | null;
  /**
   * ISO 3166-1 alpha-2 country.
   */
  country?: string | null;
  /**
   * Email.
   */
  email?: string | null;
  /**
   * Electronic address for e-invoicing.
   */
  endpoint?: Endpoint | null;
  /**
   * Id.
   */
  id: string;
  /**
   * What it is.
   */
  kind: "factory" | "showroom" | "supplier" | "designer" | "client";
  /**
   * Legal name.
   */
  legal_name?: string | null;
  /**
   * Asset id of the logo.
   */
  logo?: string | null;
  /**
   * Trading name.
   */
  name: string;
  /**
   * Phone.
   */
  phone?: string | null;
  /**
   * Tax ids by scheme (`inn`, `kpp`, `vat`, …).
   */
  tax_ids?: {
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
 * A cost added in the Front Office.
 */
export interface Cost {
  /**
   * Spread into the goods lines by this basis; absent: printed as its own line.
   */
  allocate?: Basis | null;
  /**
   * A fixed amount (in `currency`).
   */
  amount?: string | null;
  /**
   * The amount's currency; default: the invoice's.
   */
  currency?: string | null;
  /**
   * What it is.
   */
  kind: "logistics" | "customs" | "installation" | "design_fee" | "other";
  /**
   * As printed; default: the kind's name in the document's language.
   */
  label?: string | null;
  /**
   * A percentage of the goods (a design fee), instead of an amount.
   */
  percent_of_goods?: string | null;
  /**
   * `manual` allocation: the amount per item id, in the invoice's currency; they must add
   * up to the cost.
   */
  shares?: {
    [k: string]: string | undefined;
  };
  /**
   * The cost's own VAT rate (a cost printed as its own line), over the request's.
   */
  vat_pct?: string | null;
}
/**
 * A font the host adds to a document.
 */
export interface HostFont {
  /**
   * The font file (TrueType, OpenType or a collection), base64.
   */
  data_base64: string;
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
 * An item's own pricing on the invoice.
 */
export interface LinePricing {
  /**
   * Markup over the line's purchase net, percent.
   */
  markup_pct?: string | null;
  /**
   * The sale unit price (instead of a markup), in the currency the line is bought in: the
   * item's, or its accepted proforma's.
   */
  sale_price?: string | null;
  /**
   * The VAT rate of this line, over the request's.
   */
  vat_pct?: string | null;
}
/**
 * A proforma received from a segment's source.
 */
export interface Proforma1 {
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
/**
 * The host's number series.
 */
export interface SeriesSet {
  /**
   * Series of packing lists.
   */
  packing_list?: Series | null;
  /**
   * Series of proformas.
   */
  proforma?: Series | null;
  /**
   * Series of proforma requests.
   */
  proforma_request?: Series | null;
  /**
   * Series of purchase orders.
   */
  purchase_order?: Series | null;
  /**
   * Series of specifications.
   */
  specification?: Series | null;
}
/**
 * A number series kept by the host: `prefix` + `next` padded to `width` digits.
 */
export interface Series {
  /**
   * The next number to use.
   */
  next: number;
  /**
   * Text before the number (`PF-2026-`).
   */
  prefix?: string;
  /**
   * Digits, zero-padded (`4` → `0042`).
   */
  width?: number;
}
/**
 * VAT policy and default rate.
 */
export interface Vat {
  /**
   * `per_document` (default) or `per_line`.
   */
  policy?: "per_document" | "per_line";
  /**
   * Line amounts already include VAT ("в т.ч. НДС").
   */
  prices_include_vat?: boolean;
  /**
   * The rate for lines whose item gives none.
   */
  rate?: string | null;
}
