/* Generated from schemas/recommend-result.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

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
 * The result of `recommend`: the recommendation and the warnings of its inputs.
 */
export interface RecommendResult {
  /**
   * How many suppliers have an active partnership with a manufacturer that needs one.
   */
  candidates: number;
  cover: CoverResult;
  /**
   * The currency of the values, with `value`.
   */
  currency?: string | null;
  /**
   * Each of them: its groups, items, weight and share, and how many active partners it has.
   */
  manufacturers: Needing[];
  /**
   * The manufacturers that need a supplier, in project order.
   */
  needs: string[];
  /**
   * The project's id.
   */
  project: string;
  /**
   * Proposed partnerships for them.
   */
  proposals: Proposal[];
  /**
   * Suppliers with active partnerships, best first (the first `limit`).
   */
  ranking: Ranked[];
  /**
   * Why the uncovered are uncovered.
   */
  reasons: Reason[];
  /**
   * The segment or unsourced group asked about, when one was.
   */
  segment?: string | null;
  /**
   * What shares are shares of: `value` or `lines`.
   */
  share_basis: "value" | "lines";
  /**
   * Why shares count lines, with `lines`.
   */
  share_note?: string | null;
  /**
   * Manufacturers no active partnership covers.
   */
  uncovered: string[];
  /**
   * Problems that did not stop it.
   */
  warnings: Problem[];
}
/**
 * The smallest set of suppliers covering every manufacturer that has an active partner.
 */
export interface CoverResult {
  /**
   * Which of its suppliers to ask for each manufacturer (the largest discount, then id).
   */
  assignment: Assignment[];
  /**
   * True when proven minimal.
   */
  exact: boolean;
  /**
   * The fewest suppliers any cover needs, as far as proven.
   */
  lower_bound: number;
  /**
   * `exact`, `greedy`, or `search` (better than greedy, stopped at its limit, not proven).
   */
  method: string;
  /**
   * With a greedy answer: it is at most this many times the minimum (H of the largest set).
   */
  ratio?: string | null;
  /**
   * What it covers and how sure it is.
   */
  reasons: Reason[];
  /**
   * The part of the weight it covers, 0–1.
   */
  share: string;
  /**
   * Its suppliers, in id order.
   */
  suppliers: string[];
  /**
   * Whether the choice among covers of this size (largest summed share, then ids) is proven
   * too; false when the search stopped at its limit first (the size can still be exact).
   */
  ties_proven: boolean;
}
/**
 * One manufacturer and the cover's supplier for it.
 */
export interface Assignment {
  /**
   * Its discount there.
   */
  discount_pct?: string | null;
  /**
   * The manufacturer.
   */
  manufacturer: string;
  /**
   * The supplier.
   */
  supplier: string;
}
/**
 * One reason, with a stable `kind` a host can match and its sentence.
 */
export interface Reason {
  /**
   * What it is about.
   */
  kind:
    | "covers"
    | "share"
    | "discount"
    | "region"
    | "rating"
    | "rank"
    | "cover"
    | "proof"
    | "ties"
    | "uncovered"
    | "pending"
    | "expired"
    | "country"
    | "co_occurrence";
  /**
   * The sentence, in the recommendation's language.
   */
  text: string;
}
/**
 * A manufacturer that needs a supplier.
 */
export interface Needing {
  /**
   * How many suppliers have an active partnership with it.
   */
  active_partners: number;
  /**
   * The segments and unsourced groups it needs a supplier for.
   */
  groups: string[];
  /**
   * Its items.
   */
  items: string[];
  /**
   * Its company id.
   */
  manufacturer: string;
  /**
   * Its name.
   */
  name: string;
  /**
   * Its part of the whole weight, 0–1 (four places).
   */
  share: string;
  /**
   * Its weight: net value in `currency`, or a number of lines.
   */
  value: string;
}
/**
 * A proposed partnership.
 */
export interface Proposal {
  /**
   * The manufacturer's company id.
   */
  manufacturer: string;
  /**
   * Its name.
   */
  manufacturer_name: string;
  /**
   * Each piece of evidence, in words.
   */
  reasons: Reason[];
  /**
   * The evidence's points (see the table in the docs).
   */
  score: string;
  /**
   * The supplier's company id.
   */
  supplier: string;
  /**
   * Its name.
   */
  supplier_name: string;
}
/**
 * A ranked supplier.
 */
export interface Ranked {
  /**
   * The manufacturers it covers, through which partnership.
   */
  covers: Covered[];
  /**
   * Its discount, weighted by what it covers.
   */
  discount_pct: string;
  /**
   * `supplier` or `showroom`.
   */
  kind: "factory" | "showroom" | "supplier" | "designer" | "client";
  /**
   * Its name.
   */
  name: string;
  /**
   * Place, from 1.
   */
  rank: number;
  /**
   * Its rating.
   */
  rating?: string | null;
  /**
   * Why it is here, and why here.
   */
  reasons: Reason[];
  /**
   * Whether it serves the delivery region.
   */
  region_match: boolean;
  /**
   * The part of the weight needing a supplier it covers, 0–1 (four places).
   */
  share: string;
  /**
   * Its company id.
   */
  supplier: string;
}
/**
 * A manufacturer a supplier covers.
 */
export interface Covered {
  /**
   * The partnership's discount.
   */
  discount_pct?: string | null;
  /**
   * Its company id.
   */
  manufacturer: string;
  /**
   * Its name.
   */
  name: string;
  /**
   * The manufacturer's share of the weight, 0–1.
   */
  share: string;
  /**
   * The partnership's since-date.
   */
  since?: string | null;
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
