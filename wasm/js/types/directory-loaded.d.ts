/* Generated from schemas/directory-loaded.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

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
 * What loading a partner directory found.
 */
export interface DirectoryLoaded {
  /**
   * Companies in the index.
   */
  companies: number;
  /**
   * Partnerships (pairs) in the index.
   */
  partnerships: number;
  /**
   * Problems that did not stop the load.
   */
  warnings: Problem[];
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
