/* Generated from schemas/invoice-result.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * The inputs of the engine's calls, as a problem names them.
 */
export type Input =
  | "project"
  | "previous"
  | "directory"
  | "update"
  | "proforma"
  | "request"
  | "settings"
  | "options"
  | "action"
  | "deal"
  | "audience";

/**
 * The result of `invoice` as JSON: the client invoice's model and the warnings.
 */
export interface InvoiceResult {
  invoice: ClientInvoice;
  /**
   * Problems that did not stop the invoice (lines an accepted proforma left out).
   */
  warnings: Problem[];
}
/**
 * The client invoice's model.
 */
export interface ClientInvoice {
  /**
   * total − deposit − paid.
   */
  balance: string;
  /**
   * When the balance is due.
   */
  balance_due?: string | null;
  buyer: Party;
  /**
   * A credit note: the number of the invoice it corrects.
   */
  corrects?: string | null;
  /**
   * Costs printed as their own lines.
   */
  costs: CostLine[];
  /**
   * What credit notes correcting it took off (printed from a deal's ledger).
   */
  credited?: string | null;
  /**
   * The invoice's currency.
   */
  currency: string;
  /**
   * The document date, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * round(total × deposit / 100).
   */
  deposit?: string | null;
  /**
   * When the deposit is due.
   */
  deposit_due?: string | null;
  /**
   * Deposit asked, percent of the total.
   */
  deposit_pct?: string | null;
  /**
   * The rates used to convert goods and costs into it.
   */
  fx: FxRate[];
  /**
   * `ru` or `en`.
   */
  language: "ru" | "en";
  /**
   * The goods, at sale prices.
   */
  lines: InvoiceLine[];
  /**
   * The document's number (with `-revN` for a revision).
   */
  number: string;
  /**
   * Amounts already paid.
   */
  paid?: string | null;
  /**
   * Payment terms as printed.
   */
  payment_terms?: string | null;
  /**
   * The project's id.
   */
  project: string;
  /**
   * The project's name.
   */
  project_name: string;
  /**
   * A credit note: why.
   */
  reason?: string | null;
  /**
   * The segment's id; absent for a whole-project document.
   */
  segment?: string | null;
  /**
   * The segments invoiced.
   */
  segments: string[];
  seller: Party1;
  /**
   * The title as printed ("Проформа-инвойс").
   */
  title: string;
  /**
   * The total in words, in the document's language.
   */
  total_in_words: string;
  totals: InvoiceTotals;
}
/**
 * The client.
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
 * A cost printed as its own line.
 */
export interface CostLine {
  /**
   * In the invoice's currency.
   */
  amount: string;
  /**
   * What it is (`logistics`, `customs`, `installation`, `design_fee`, `other`).
   */
  kind: string;
  /**
   * As printed.
   */
  label: string;
  /**
   * Its VAT rate.
   */
  vat_pct: string;
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
 * One line of goods.
 */
export interface InvoiceLine {
  /**
   * The share of each allocated cost, keyed by cost kind.
   */
  allocated: {
    [k: string]: string | undefined;
  };
  /**
   * round(quantity × unit price).
   */
  amount: string;
  /**
   * The project item.
   */
  item: string;
  /**
   * amount + Σ allocated.
   */
  line_total: string;
  /**
   * Line number, from 1.
   */
  n: number;
  /**
   * Name.
   */
  name: string;
  /**
   * Finishes, as one line of text ("Обивка: бархат").
   */
  options: string;
  /**
   * Quantity.
   */
  quantity: string;
  /**
   * The segment it belongs to.
   */
  segment: string;
  /**
   * Article.
   */
  sku: string;
  /**
   * Unit.
   */
  unit: string;
  /**
   * Sale unit price in the invoice's currency.
   */
  unit_price: string;
  /**
   * The line's VAT rate.
   */
  vat_pct: string;
}
/**
 * The invoicing supplier.
 */
export interface Party1 {
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
 * Goods, costs, net, VAT per rate, total.
 */
export interface InvoiceTotals {
  /**
   * Σ every cost, allocated or printed.
   */
  costs: string;
  /**
   * Σ line amounts (before allocated costs).
   */
  goods: string;
  /**
   * goods + costs (without VAT; when prices include VAT: total − VAT).
   */
  net: string;
  /**
   * Whether amounts include VAT ("в т.ч. НДС").
   */
  prices_include_vat: boolean;
  /**
   * What is due.
   */
  total: string;
  /**
   * VAT per rate, ordered by rate.
   */
  vat: VatRow[];
  /**
   * Σ VAT.
   */
  vat_total: string;
}
/**
 * VAT of one rate.
 */
export interface VatRow {
  /**
   * Σ nets at that rate (VAT included when prices include it).
   */
  base: string;
  /**
   * The rate, percent.
   */
  rate: string;
  /**
   * The tax.
   */
  vat: string;
}
/**
 * One error or warning about an input.
 */
export interface Problem {
  /**
   * The stable machine code (see the catalogue).
   */
  code:
    | "json.syntax"
    | "json.too_deep"
    | "json.duplicate_key"
    | "format.unsupported"
    | "field.missing"
    | "field.type"
    | "text.hidden"
    | "field.unknown"
    | "string.empty"
    | "string.too_long"
    | "decimal.not_a_string"
    | "decimal.syntax"
    | "decimal.too_large"
    | "decimal.not_positive"
    | "decimal.negative"
    | "decimal.out_of_range"
    | "integer.invalid"
    | "id.invalid"
    | "id.characters"
    | "id.duplicate"
    | "ref.unknown_company"
    | "ref.unknown_room"
    | "ref.unknown_asset"
    | "role.source_not_commercial"
    | "role.manufacturer_not_factory"
    | "role.owner_kind"
    | "role.supplier_kind"
    | "value.unknown"
    | "currency.unknown"
    | "currency.missing"
    | "country.unknown"
    | "region.unknown"
    | "incoterm.unknown"
    | "locale.unsupported"
    | "date.invalid"
    | "asset.base64"
    | "asset.media_type"
    | "partnership.duplicate"
    | "directory.kind_changed"
    | "proposal.unknown"
    | "words.unsupported_currency"
    | "amount.overflow"
    | "item.no_price"
    | "item.no_packages"
    | "item.no_weight"
    | "item.no_hs_code"
    | "tax_id.check_digits"
    | "iban.check_digits"
    | "bank_account.check_digits"
    | "argument.null"
    | "argument.invalid"
    | "options.invalid"
    | "settings.missing_date"
    | "segment.unknown"
    | "document.scope"
    | "price.missing"
    | "currency.required"
    | "fx.missing_rate"
    | "vat.missing_rate"
    | "forbidden.supplier_required"
    | "forbidden.not_participant"
    | "forbidden.not_owner"
    | "forbidden.not_manager"
    | "forbidden.not_invited"
    | "forbidden.not_commercial"
    | "conflict.version"
    | "conflict.action_id"
    | "deal.invitation_open"
    | "deal.no_invitation"
    | "deal.proforma_unknown"
    | "forbidden.not_client"
    | "approval.not_client_document"
    | "approval.not_current"
    | "approval.unknown_item"
    | "order.no_accepted_proforma"
    | "order.not_approved"
    | "order.nothing_to_order"
    | "order.not_an_order"
    | "tracking.unknown_item"
    | "tracking.state_by_action"
    | "tracking.quantity"
    | "shipment.unknown"
    | "shipment.received"
    | "payment.document"
    | "payment.exceeds_due"
    | "payment.currency"
    | "deal.document_unknown"
    | "deal.number_taken"
    | "deal.project_mismatch"
    | "deal.format_newer"
    | "deal.tampered"
    | "time.invalid"
    | "packing.inconsistent"
    | "packing.missing"
    | "text.missing_glyph"
    | "colour.invalid"
    | "cost.amount_or_percent"
    | "allocation.zero_basis"
    | "allocation.manual_mismatch"
    | "invoice.line_left_out"
    | "proforma.wrong_issuer"
    | "font.invalid"
    | "document.skipped"
    | "format.not_a_table"
    | "einvoice.not_an_invoice"
    | "einvoice.vat_per_line"
    | "einvoice.prices_include_vat"
    | "einvoice.currency"
    | "einvoice.seller"
    | "einvoice.buyer"
    | "einvoice.unit"
    | "render.unavailable"
    | "image.limit"
    | "template.failed"
    | "template.warning"
    | "limit.input_bytes"
    | "limit.items"
    | "limit.lines"
    | "limit.boxes"
    | "limit.pages"
    | "limit.image_pixels"
    | "limit.fonts"
    | "limit.template"
    | "limit.events"
    | "limit.segments"
    | "limit.problems"
    | "internal";
  /**
   * 1-based column of a JSON syntax error, or of a host template's error or warning.
   */
  column?: number | null;
  /**
   * Which input of a call with several inputs (`project`, `previous`, …).
   */
  input?: Input | null;
  /**
   * 1-based line of a JSON syntax error, or of a host template's error or warning.
   */
  line?: number | null;
  /**
   * A sentence a person can act on.
   */
  message: string;
  /**
   * JSON Pointer to the place in the input (`/items/3/unit_price`); `""` is the whole input.
   */
  path: string;
  /**
   * Suppliers to invite instead, on a `forbidden.supplier_required` refusal when a partner
   * directory is loaded (best first).
   */
  recommended?: Recommended[] | null;
}
/**
 * A supplier a refusal recommends: one with active partnerships with the manufacturer asked.
 */
export interface Recommended {
  /**
   * The manufacturers of the segment it has active partnerships with.
   */
  covers: string[];
  /**
   * Its name.
   */
  name: string;
  /**
   * The part of the segment's value (or lines) it covers, 0–1.
   */
  share: string;
  /**
   * Its company id.
   */
  supplier: string;
}
