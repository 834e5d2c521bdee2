/* Generated from schemas/deal.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * How a quoted line was paired with a requested one.
 */
export type MatchedBy = "item" | "sku" | "name";
/**
 * A specification, proforma request, proforma or packing list (its `kind` names which).
 */
export type DocumentModel = Specification | ProformaRequest | Proforma2 | PackingList | ClientInvoice | PurchaseOrder;
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
 * Why a company manages a segment.
 */
export type ManagedAs = "invitation" | "owner" | "source";

/**
 * One project in Office: its segments, invitations, requests, proformas, documents and log.
 */
export interface Deal {
  /**
   * The client's approvals and rejections of client documents, in the order given.
   */
  approvals?: Approval[];
  /**
   * Companies that joined the deal from outside the project (invited suppliers), by id.
   */
  companies?: Company[];
  /**
   * The sources' confirmations of purchase orders, every version, in the order recorded.
   */
  confirmations?: RecordedConfirmation[];
  /**
   * Every document issued, every revision, in the order issued.
   */
  documents: IssuedDocument[];
  /**
   * What happened, oldest first: one event per action applied.
   */
  events: Event[];
  /**
   * Always `deal/1`.
   */
  format: string;
  /**
   * Every invitation, in the order they were made.
   */
  invitations: Invitation[];
  /**
   * The payments ledger, in the order recorded.
   */
  payments?: Payment[];
  /**
   * Every proforma recorded, every version, in the order recorded.
   */
  proformas: RecordedProforma[];
  project: StudioProject1;
  /**
   * Every document request sent to a source.
   */
  requests: DocumentRequest[];
  /**
   * The project's segments and unsourced groups, in segmentation order; those a re-segmenting
   * removed stay, marked `gone`.
   */
  segments: DealSegment[];
  settings?: DealSettings;
  /**
   * Shipments with their receipts, in the order recorded.
   */
  shipments?: Shipment[];
  /**
   * Every ordered item's state, in the order first ordered.
   */
  tracking?: ItemTrack[];
  /**
   * How many events the log holds: the version a host passes as `expected_version`.
   */
  version: number;
}
/**
 * The client's decision on one revision of a client document, bound to its snapshot.
 */
export interface Approval {
  /**
   * When.
   */
  at: string;
  /**
   * Who decided: `client`, or the owner deciding for the client.
   */
  by: string;
  /**
   * The client's words.
   */
  comment?: string | null;
  /**
   * `approved` or `rejected`.
   */
  decision: "approved" | "rejected";
  /**
   * `sha256:` and the hex SHA-256 of the snapshot's JSON (keys sorted, as the deal saves it):
   * what was approved, byte for byte, on every surface.
   */
  digest: string;
  /**
   * The document's number.
   */
  document: string;
  /**
   * The version of the event that recorded it.
   */
  event: number;
  /**
   * `APR-1`, `APR-2`, … in the order given.
   */
  id: string;
  /**
   * The items decided on; empty: the whole document.
   */
  items?: string[];
  /**
   * True when the owner recorded the client's decision on the client's behalf.
   */
  on_behalf_of_client?: boolean;
  /**
   * The revision decided on.
   */
  revision: number;
  /**
   * The items whose lines changed after it (a revision or a re-segmenting).
   */
  stale_items?: string[];
  /**
   * The revision or event that made it stale.
   */
  stale_since?: number | null;
  /**
   * `valid` or `stale`.
   */
  status: "valid" | "stale";
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
 * A source's confirmation of a purchase order, every version, with its reconciliation
 * against the order.
 */
export interface RecordedConfirmation {
  /**
   * When.
   */
  at: string;
  confirmation: Proforma1;
  /**
   * The version of the event that recorded it.
   */
  event: number;
  /**
   * The source's number.
   */
  number: string;
  /**
   * The purchase order it confirms.
   */
  order: string;
  /**
   * The order's revision it was reconciled against.
   */
  order_revision: number;
  reconciliation: Reconciliation;
  /**
   * Who recorded it (the source, or the manager for it).
   */
  recorded_by: string;
  /**
   * The segment.
   */
  segment: string;
  /**
   * Per item of the order: the ship date asked and the one confirmed.
   */
  ship_dates: ShipDate[];
  /**
   * Its version under that number, from 1.
   */
  version: number;
}
/**
 * The confirmation as read (a `proforma/1`: the source's lines, prices and ship dates).
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
 * Its lines against the order's.
 */
export interface Reconciliation {
  /**
   * The proforma's own totals that do not add up.
   */
  arithmetic: Arithmetic[];
  /**
   * Whether the proforma can be accepted as it is: every line accepted, its totals adding up.
   */
  clean: boolean;
  counts: Counts;
  /**
   * The proforma's currency: every amount of the report is in it.
   */
  currency: string;
  /**
   * quoted − requested: what the proforma changes, in money.
   */
  effect: string;
  /**
   * The issuer's company id.
   */
  issuer: string;
  /**
   * The longest lead time quoted (the new one), in weeks.
   */
  lead_time_weeks?: number | null;
  /**
   * Requested lines in the segment's order (accepted, changed or missing), then the added ones
   * in the proforma's order.
   */
  lines: ReconciledLine[];
  /**
   * The proforma's number.
   */
  number: string;
  /**
   * Σ net of the quoted lines.
   */
  quoted_net: string;
  /**
   * The longest lead time requested, in weeks.
   */
  requested_lead_time_weeks?: number | null;
  /**
   * Σ net of the requested lines, at the requested prices.
   */
  requested_net: string;
  /**
   * The segment the proforma answers.
   */
  segment: string;
}
/**
 * A total of the proforma that does not equal what its lines give.
 */
export interface Arithmetic {
  /**
   * What its lines give under the spec's rounding (the total: its own net + VAT).
   */
  computed: string;
  /**
   * stated − computed.
   */
  difference: string;
  /**
   * `net`, `vat` or `total`.
   */
  field: string;
  /**
   * What the proforma states.
   */
  stated: string;
}
/**
 * How many lines of each status.
 */
export interface Counts {
  /**
   * Accepted lines.
   */
  accepted: number;
  /**
   * Added lines.
   */
  added: number;
  /**
   * Changed lines.
   */
  changed: number;
  /**
   * Missing lines.
   */
  missing: number;
}
/**
 * One line of the report.
 */
export interface ReconciledLine {
  /**
   * Fields that differ beyond the tolerances.
   */
  changes: Change[];
  /**
   * quoted net − requested net (a missing line: − requested; an added one: + quoted).
   */
  effect: string;
  /**
   * The project item (absent for an added line that names none).
   */
  item?: string | null;
  /**
   * How the quoted line was paired with the requested one.
   */
  matched_by?: MatchedBy | null;
  /**
   * The name: the requested one when requested, else the quoted one.
   */
  name?: string | null;
  /**
   * The quoted line's amounts.
   */
  quoted?: LineAmounts | null;
  /**
   * The index of the quoted line in the proforma's `lines`.
   */
  quoted_line?: number | null;
  /**
   * The requested line's amounts, at the requested price (converted).
   */
  requested?: LineAmounts | null;
  /**
   * The sku: the quoted one when quoted, else the requested one.
   */
  sku: string;
  /**
   * `accepted`, `changed`, `missing` or `added`.
   */
  status: "accepted" | "changed" | "missing" | "added";
  /**
   * Fields that differ within the tolerances (accepted, shown so nothing is hidden).
   */
  tolerated: Change[];
}
/**
 * One field that differs.
 */
export interface Change {
  /**
   * `unit_price`, `discount_pct`, `quantity`, `unit` or `lead_time_weeks`.
   */
  field: string;
  /**
   * The quoted value.
   */
  quoted?: string | null;
  /**
   * The requested value (absent when the project had none).
   */
  requested?: string | null;
}
/**
 * A line's gross, discount and net, each at the currency's minor unit.
 */
export interface LineAmounts {
  /**
   * round(gross × discount / 100).
   */
  discount: string;
  /**
   * round(quantity × unit price).
   */
  gross: string;
  /**
   * gross − discount.
   */
  net: string;
}
/**
 * An item's ship date, asked and confirmed.
 */
export interface ShipDate {
  /**
   * True when a date was asked and another confirmed.
   */
  changed?: boolean;
  /**
   * The date the source confirmed (its line's, else its document's).
   */
  confirmed?: string | null;
  /**
   * The project item.
   */
  item: string;
  /**
   * The order's requested ship date.
   */
  requested?: string | null;
}
/**
 * A document issued in the deal: a snapshot of its model as it was issued.
 */
export interface IssuedDocument {
  /**
   * When.
   */
  at: string;
  /**
   * The document model (for a client invoice, the invoice's model).
   */
  document: DocumentModel | ClientInvoice1;
  /**
   * The version of the event that issued it.
   */
  event: number;
  /**
   * Who issued it.
   */
  issued_by: string;
  /**
   * Its kind.
   */
  kind:
    | "specification"
    | "proforma_request"
    | "proforma"
    | "packing_list"
    | "client_invoice"
    | "purchase_order"
    | "credit_note";
  /**
   * Its number.
   */
  number: string;
  /**
   * Its revision, from 1.
   */
  revision: number;
  /**
   * The segments it covers (none: the whole project).
   */
  segments: string[];
  /**
   * The settings it was built with, as given (markups and costs: views show them only to its
   * issuer and the segment's manager).
   */
  settings?: IssueSettings | null;
  /**
   * Its state.
   */
  status: "current" | "revised" | "out_of_date";
  /**
   * Problems that did not stop it.
   */
  warnings?: Problem[];
}
/**
 * Items grouped by room.
 */
export interface Specification {
  kind: "specification";
}
/**
 * A request for a proforma.
 */
export interface ProformaRequest {
  kind: "proforma_request";
}
/**
 * A proforma invoice.
 */
export interface Proforma2 {
  kind: "proforma";
}
/**
 * A packing list.
 */
export interface PackingList {
  kind: "packing_list";
}
/**
 * A supplier's invoice to its client (Front Office).
 */
export interface ClientInvoice {
  kind: "client_invoice";
}
/**
 * A managing supplier's order to a segment's source.
 */
export interface PurchaseOrder {
  kind: "purchase_order";
}
/**
 * A client invoice built by the Front Office.
 */
export interface ClientInvoice1 {
  /**
   * total − deposit − paid.
   */
  balance: string;
  /**
   * When the balance is due.
   */
  balance_due?: string | null;
  buyer: Party2;
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
  seller: Party21;
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
export interface Party2 {
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
export interface Party21 {
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
 * The settings the document was issued with, as the host gave them.
 */
export interface IssueSettings {
  [k: string]: unknown | undefined;
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
/**
 * One applied action.
 */
export interface Event {
  /**
   * The action's name (`open` for the first event).
   */
  action: string;
  /**
   * The host's id for the action.
   */
  action_id?: string | null;
  /**
   * The company that acted.
   */
  actor: string;
  /**
   * When, as the host said (the opening event has none unless given).
   */
  at?: string | null;
  /**
   * What changed in the deal.
   */
  changes: Change2[];
  /**
   * The action as applied: replaying the log applies these again.
   */
  input: {
    [k: string]: unknown | undefined;
  };
  /**
   * The role it acted in.
   */
  role: "supplier" | "factory" | "designer" | "client";
  /**
   * What happened, in one sentence in the project's language.
   */
  summary: string;
  /**
   * The deal's version this event made (the first event, opening the deal, makes 1).
   */
  version: number;
}
/**
 * One change to the deal.
 */
export interface Change2 {
  /**
   * The value before (a replaced or removed value, when it is not an object or list).
   */
  from?: {
    [k: string]: unknown | undefined;
  };
  /**
   * What happened there.
   */
  op: "add" | "remove" | "replace";
  /**
   * Where, as a JSON Pointer into the deal.
   */
  path: string;
  /**
   * The value after (an added or replaced value, when it is not an object or list).
   */
  to?: {
    [k: string]: unknown | undefined;
  };
}
/**
 * An invitation of a supplier to manage one segment.
 */
export interface Invitation {
  /**
   * When it was answered or withdrawn.
   */
  closed_at?: string | null;
  /**
   * When (the host's time).
   */
  invited_at: string;
  /**
   * Who invited.
   */
  invited_by: string;
  /**
   * The segment.
   */
  segment: string;
  /**
   * Its state.
   */
  status: "pending" | "accepted" | "declined" | "withdrawn";
  /**
   * The supplier invited.
   */
  supplier: string;
}
/**
 * A payment in the ledger.
 */
export interface Payment {
  /**
   * How much, in `currency`.
   */
  amount: string;
  /**
   * A retainer: the invoices it was applied to.
   */
  applied?: RetainerApplied[];
  /**
   * When.
   */
  at: string;
  /**
   * ISO 4217.
   */
  currency: string;
  /**
   * When it was paid.
   */
  date: string;
  /**
   * The document it settles (none for a retainer).
   */
  document?: string | null;
  /**
   * The version of the event that recorded it.
   */
  event: number;
  /**
   * The rate used to convert it into the document's currency.
   */
  fx_rate?: string | null;
  /**
   * Its id (the host's, else `PAY-1`, `PAY-2`, …).
   */
  id: string;
  /**
   * What it is.
   */
  kind: "deposit" | "balance" | "progress" | "retainer" | "refund";
  /**
   * A note.
   */
  note?: string | null;
  /**
   * `client`, or the source paid.
   */
  party: string;
  /**
   * Who recorded it (for a retainer, who holds it).
   */
  recorded_by: string;
  /**
   * The bank's reference.
   */
  reference?: string | null;
  /**
   * The segments of its document (for who may see it).
   */
  segments?: string[];
  /**
   * What it settles in the document's currency: round(amount × fx_rate), or the amount.
   */
  settles: string;
}
/**
 * Part of a retainer applied to an invoice.
 */
export interface RetainerApplied {
  /**
   * How much.
   */
  amount: string;
  /**
   * When.
   */
  date: string;
  /**
   * The version of the event that applied it.
   */
  event: number;
  /**
   * The invoice.
   */
  invoice: string;
}
/**
 * A proforma stored in the Back Office.
 */
export interface RecordedProforma {
  /**
   * When.
   */
  at: string;
  /**
   * The issuer's number.
   */
  number: string;
  proforma: Proforma11;
  reconciliation: Reconciliation1;
  /**
   * Who recorded it.
   */
  recorded_by: string;
  /**
   * The segment it answers.
   */
  segment: string;
  /**
   * Its state.
   */
  status: "recorded" | "accepted" | "superseded";
  /**
   * Its version under that number, from 1.
   */
  version: number;
}
/**
 * The `proforma/1` as read.
 */
export interface Proforma11 {
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
 * Its reconciliation against the segment, when it was recorded.
 */
export interface Reconciliation1 {
  /**
   * The proforma's own totals that do not add up.
   */
  arithmetic: Arithmetic[];
  /**
   * Whether the proforma can be accepted as it is: every line accepted, its totals adding up.
   */
  clean: boolean;
  counts: Counts;
  /**
   * The proforma's currency: every amount of the report is in it.
   */
  currency: string;
  /**
   * quoted − requested: what the proforma changes, in money.
   */
  effect: string;
  /**
   * The issuer's company id.
   */
  issuer: string;
  /**
   * The longest lead time quoted (the new one), in weeks.
   */
  lead_time_weeks?: number | null;
  /**
   * Requested lines in the segment's order (accepted, changed or missing), then the added ones
   * in the proforma's order.
   */
  lines: ReconciledLine[];
  /**
   * The proforma's number.
   */
  number: string;
  /**
   * Σ net of the quoted lines.
   */
  quoted_net: string;
  /**
   * The longest lead time requested, in weeks.
   */
  requested_lead_time_weeks?: number | null;
  /**
   * Σ net of the requested lines, at the requested prices.
   */
  requested_net: string;
  /**
   * The segment the proforma answers.
   */
  segment: string;
}
/**
 * The project as it stands (the last `resegment`'s, else the one the deal was opened with).
 */
export interface StudioProject1 {
  /**
   * Images referenced by items or companies.
   */
  assets?: Asset[];
  /**
   * Every company referenced anywhere.
   */
  companies: Company[];
  /**
   * Always `studio-project/1`.
   */
  format: string;
  /**
   * The products placed in the project, in Studio's order.
   */
  items: Item[];
  project: ProjectInfo;
  /**
   * Rooms, for grouping in specifications.
   */
  rooms?: Room[];
}
/**
 * An image the host supplies.
 */
export interface Asset {
  /**
   * The bytes, base64.
   */
  data_base64: string;
  /**
   * Id.
   */
  id: string;
  /**
   * Media type.
   */
  media_type: "image/png" | "image/jpeg" | "image/svg+xml";
}
/**
 * A product placed in the project.
 */
export interface Item {
  /**
   * ISO 4217 currency of `unit_price`.
   */
  currency?: string | null;
  /**
   * Description.
   */
  description?: string | null;
  /**
   * The product's own dimensions.
   */
  dimensions_mm?: Dimensions | null;
  /**
   * The source's discount on this line, 0–100.
   */
  discount_pct?: string | null;
  /**
   * Customs tariff code.
   */
  hs_code?: string | null;
  /**
   * Id.
   */
  id: string;
  /**
   * Asset id of the image.
   */
  image?: string | null;
  /**
   * Lead time in weeks.
   */
  lead_time_weeks?: number | null;
  /**
   * Company id of the factory that makes it.
   */
  manufacturer: string;
  /**
   * Name.
   */
  name: string;
  /**
   * Net weight per unit, kg.
   */
  net_weight_kg?: string | null;
  /**
   * Finishes, fabrics, colours as chosen.
   */
  options?: ItemOption[];
  /**
   * ISO 3166-1 alpha-2 country of origin.
   */
  origin?: string | null;
  /**
   * How one unit ships.
   */
  packages?: Package[];
  /**
   * Quantity, a decimal string greater than zero.
   */
  quantity: string;
  /**
   * Room id.
   */
  room?: string | null;
  /**
   * The manufacturer's article or model code.
   */
  sku: string;
  /**
   * Company id of who delivers it; absent means not decided yet.
   */
  source?: string | null;
  /**
   * Unit (`pcs` when absent).
   */
  unit?: string | null;
  /**
   * The source's price per unit before discount; absent means price on request.
   */
  unit_price?: string | null;
  /**
   * VAT rate the source charges on this line.
   */
  vat_pct?: string | null;
}
/**
 * Dimensions in millimetres.
 */
export interface Dimensions {
  /**
   * Depth.
   */
  depth: string;
  /**
   * Height.
   */
  height: string;
  /**
   * Width.
   */
  width: string;
}
/**
 * A chosen option: `{ "name": "Upholstery", "value": "Leather" }`.
 */
export interface ItemOption {
  /**
   * What is chosen.
   */
  name: string;
  /**
   * The choice.
   */
  value: string;
}
/**
 * One kind of box a unit ships in.
 */
export interface Package {
  /**
   * Gross weight of one box, kg.
   */
  gross_kg: string;
  /**
   * Height, mm.
   */
  height_mm: string;
  /**
   * Length, mm.
   */
  length_mm: string;
  /**
   * Net weight of one box's contents, kg.
   */
  net_kg?: string | null;
  /**
   * How many of these boxes one unit needs (`2` for a sofa in two boxes, `0.25` for four chairs a box).
   */
  per_unit: string;
  /**
   * Width, mm.
   */
  width_mm: string;
}
/**
 * The project itself.
 */
export interface ProjectInfo {
  /**
   * The end client.
   */
  client?: Party | null;
  /**
   * ISO 4217 currency of client-facing totals.
   */
  currency: string;
  /**
   * Project date, `YYYY-MM-DD`.
   */
  date?: string | null;
  /**
   * Where the goods go.
   */
  delivery?: Delivery | null;
  /**
   * The project's id.
   */
  id: string;
  /**
   * `ru` or `en`, or a BCP 47 tag of either (`ru-RU`, `en-GB`).
   */
  locale: string;
  /**
   * Its name.
   */
  name: string;
  /**
   * Company id of the Studio account that owns the project.
   */
  owner: string;
}
/**
 * The end client the goods are for.
 */
export interface Party {
  /**
   * Address.
   */
  address?: string | null;
  /**
   * ISO 3166-1 alpha-2 country.
   */
  country?: string | null;
  /**
   * Email.
   */
  email?: string | null;
  /**
   * `private` or `company`.
   */
  kind: "private" | "company";
  /**
   * Name.
   */
  name: string;
  /**
   * Phone.
   */
  phone?: string | null;
  /**
   * Tax ids by scheme (`inn`, `vat`, …).
   */
  tax_ids?: {
    [k: string]: string | undefined;
  };
}
/**
 * Where the goods go.
 */
export interface Delivery {
  /**
   * Street address.
   */
  address: string;
  /**
   * ISO 3166-1 alpha-2 country.
   */
  country: string;
  /**
   * Incoterms 2020 rule.
   */
  incoterm?: string | null;
  /**
   * ISO 3166-2 subdivision (`RU-MOS`).
   */
  region?: string | null;
}
/**
 * A room, for grouping in specifications.
 */
export interface Room {
  /**
   * Id.
   */
  id: string;
  /**
   * Name.
   */
  name: string;
}
/**
 * A request for documents sent to a segment's source.
 */
export interface DocumentRequest {
  /**
   * The proforma number that answered it.
   */
  answered_by?: string | null;
  /**
   * When.
   */
  at: string;
  /**
   * Who asks.
   */
  from: string;
  /**
   * `REQ-1`, `REQ-2`, … in the order sent.
   */
  id: string;
  /**
   * `proforma`, `packing_list` or `confirmation`.
   */
  kind: "proforma" | "packing_list" | "confirmation";
  /**
   * The segment.
   */
  segment: string;
  /**
   * `sent` or `answered`.
   */
  status: "sent" | "answered";
  /**
   * Who is asked (the source, or the manufacturer of an unsourced group).
   */
  to: string;
}
/**
 * One segment (or unsourced group) of a deal.
 */
export interface DealSegment {
  /**
   * The accepted proforma that sets its purchase prices.
   */
  accepted_proforma?: ProformaRef | null;
  /**
   * False once a re-segmenting removed it.
   */
  active: boolean;
  /**
   * The source (segment) or the manufacturer (unsourced group): who documents are asked from.
   */
  company: string;
  /**
   * Its id (`{project}/{source}` or `{project}/unsourced/{manufacturer}`).
   */
  id: string;
  /**
   * Its items, in project order.
   */
  items: string[];
  /**
   * `segment` or `unsourced`.
   */
  kind: "segment" | "unsourced";
  /**
   * Why it manages: `invitation`, `owner` or `source`.
   */
  managed_as?: ManagedAs | null;
  /**
   * The supplier that manages it, if any.
   */
  manager?: string | null;
  /**
   * Its name.
   */
  name: string;
  /**
   * True when the owner must invite a supplier for it (rule 1).
   */
  needs_supplier: boolean;
  /**
   * Suppliers recommended when the deal was opened with a partner directory.
   */
  recommended?: Recommended[];
}
/**
 * A proforma version: its number and version.
 */
export interface ProformaRef {
  /**
   * The issuer's number.
   */
  number: string;
  /**
   * Its version under that number, from 1.
   */
  version: number;
}
/**
 * The deal's rules (`set_deal_settings`); left out while none is set.
 */
export interface DealSettings {
  /**
   * True: a segment's goods are ordered (`purchase_order`) only when every item on the order
   * has a valid approval by the client (`order.not_approved` otherwise).
   */
  order_requires_approval?: boolean;
}
/**
 * Goods that left the source together.
 */
export interface Shipment {
  /**
   * When.
   */
  at: string;
  /**
   * The carrier.
   */
  carrier?: string | null;
  /**
   * When it left.
   */
  date: string;
  /**
   * The version of the event that recorded it.
   */
  event: number;
  /**
   * Its id (the host's, else `SHP-1`, `SHP-2`, …).
   */
  id: string;
  /**
   * What it carries.
   */
  lines: QuantityLine[];
  /**
   * The number of its packing list, issued with it.
   */
  packing_list: string;
  /**
   * What arrived, once recorded.
   */
  receipt?: Receipt | null;
  /**
   * Who recorded it.
   */
  recorded_by: string;
  /**
   * The segment.
   */
  segment: string;
  /**
   * The carrier's tracking reference.
   */
  tracking?: string | null;
}
/**
 * An item and a quantity.
 */
export interface QuantityLine {
  /**
   * The project item.
   */
  item: string;
  /**
   * How many units.
   */
  quantity: string;
}
/**
 * What arrived of a shipment.
 */
export interface Receipt {
  /**
   * When.
   */
  at: string;
  /**
   * When it arrived.
   */
  date: string;
  /**
   * The version of the event that recorded it.
   */
  event: number;
  /**
   * Per item: received, short, damaged, re-ordered.
   */
  lines: ReceiptLine[];
  /**
   * Who recorded it.
   */
  recorded_by: string;
}
/**
 * What arrived of one item: `received` + `short` + `damaged` = the quantity shipped.
 */
export interface ReceiptLine {
  /**
   * Units that arrived damaged.
   */
  damaged?: string;
  /**
   * The project item.
   */
  item: string;
  /**
   * Which boxes, what was seen.
   */
  note?: string | null;
  /**
   * Units that arrived whole.
   */
  received: string;
  /**
   * Units to order again (at most short + damaged).
   */
  reorder?: string;
  /**
   * Units that did not arrive.
   */
  short?: string;
}
/**
 * One ordered item's life after the order.
 */
export interface ItemTrack {
  /**
   * Units waiting for stock.
   */
  backordered?: string;
  /**
   * Units that will not come.
   */
  cancelled?: string;
  /**
   * The ship date the source confirmed.
   */
  confirmed_ship_date?: string | null;
  /**
   * Units that arrived damaged.
   */
  damaged?: string;
  /**
   * When the backordered units are expected.
   */
  expected?: string | null;
  /**
   * Every state it reached, oldest first.
   */
  history: StateChange[];
  /**
   * The project item.
   */
  item: string;
  /**
   * Units on the segment's first order.
   */
  ordered: string;
  /**
   * Units that arrived whole.
   */
  received?: string;
  /**
   * Units on re-orders.
   */
  reordered?: string;
  /**
   * Its segment.
   */
  segment: string;
  /**
   * Units shipped.
   */
  shipped?: string;
  /**
   * Units shipped that did not arrive.
   */
  short?: string;
  /**
   * Its latest state.
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
   * Units receipts marked to order again.
   */
  to_reorder?: string;
}
/**
 * A state an item reached.
 */
export interface StateChange {
  /**
   * When, as the host or the document says.
   */
  date: string;
  /**
   * The version of the event that recorded it.
   */
  event: number;
  /**
   * A note.
   */
  note?: string | null;
  /**
   * How many units, when not all.
   */
  quantity?: string | null;
  /**
   * The order, confirmation or shipment that recorded it.
   */
  reference?: string | null;
  /**
   * The state.
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
}
