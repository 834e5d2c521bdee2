/* Generated from schemas/segmentation.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * A project split into segments (`bureau segment`).
 */
export interface Segmentation {
  /**
   * Changes against a previous version of the project, when one was given.
   */
  diff?: Diff | null;
  project: ProjectSummary;
  /**
   * One segment per source, in order of first appearance in `items`.
   */
  segments: Segment[];
  /**
   * Items with no source, grouped by manufacturer: what a supplier must be invited for.
   */
  unsourced: UnsourcedGroup[];
}
/**
 * The changes from a previous version of a project to this one.
 */
export interface Diff {
  /**
   * Segment and group ids that are new.
   */
  appeared: string[];
  /**
   * Items that moved from one segment or group to another.
   */
  moved: Moved[];
  /**
   * Per segment or group with any change: items added, removed, changed.
   */
  segments: SegmentDiff[];
  /**
   * Segment and group ids that are gone.
   */
  vanished: string[];
}
/**
 * An item that moved between segments.
 */
export interface Moved {
  /**
   * Where it was.
   */
  from: string;
  /**
   * Item id.
   */
  item: string;
  /**
   * Where it is.
   */
  to: string;
}
/**
 * The changes inside one segment or unsourced group.
 */
export interface SegmentDiff {
  /**
   * Items now in it that were not before.
   */
  added: string[];
  /**
   * Items in it before and now whose fields differ.
   */
  changed: ItemChange[];
  /**
   * Segment or group id.
   */
  id: string;
  /**
   * Items that were in it and are not now.
   */
  removed: string[];
}
/**
 * An item whose fields changed.
 */
export interface ItemChange {
  /**
   * Names of the fields that differ, in alphabetical order.
   */
  fields: string[];
  /**
   * Item id.
   */
  item: string;
}
/**
 * Which project.
 */
export interface ProjectSummary {
  /**
   * Currency of client-facing totals.
   */
  currency: string;
  /**
   * Project id.
   */
  id: string;
  /**
   * Project name.
   */
  name: string;
  /**
   * Owner's company id.
   */
  owner: string;
}
/**
 * The part of a project that one company delivers.
 */
export interface Segment {
  /**
   * The source's company id.
   */
  company: string;
  /**
   * Σ boxes × gross_kg, 3 decimals.
   */
  gross_weight_kg: string;
  /**
   * `"{project id}/{source id}"`.
   */
  id: string;
  /**
   * Item ids, in project order.
   */
  items: string[];
  /**
   * The source's kind.
   */
  kind: "factory" | "showroom" | "supplier" | "designer" | "client";
  /**
   * The longest lead time of its items.
   */
  lead_time_weeks?: number | null;
  /**
   * The source's name.
   */
  name: string;
  /**
   * Σ quantity × net_weight_kg, 3 decimals.
   */
  net_weight_kg: string;
  /**
   * Number of boxes.
   */
  packages: number;
  /**
   * Totals per currency, ordered by currency code.
   */
  totals: {
    [k: string]: Totals | undefined;
  };
  /**
   * Σ boxes × L×W×H, in m³, 3 decimals.
   */
  volume_m3: string;
  /**
   * Items without price, packages, weight, or HS code where one is needed.
   */
  warnings: LineWarning[];
}
/**
 * Money totals in one currency: sums of rounded lines.
 */
export interface Totals {
  /**
   * Σ line discount.
   */
  discount: string;
  /**
   * Σ line gross (quantity × unit price, rounded per line).
   */
  gross: string;
  /**
   * Σ line net.
   */
  net: string;
}
/**
 * A warning about one item of a segment.
 */
export interface LineWarning {
  /**
   * The code (see the catalogue).
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
   * The item id.
   */
  item: string;
  /**
   * A sentence.
   */
  message: string;
}
/**
 * Unsourced items of one manufacturer.
 */
export interface UnsourcedGroup {
  /**
   * Σ boxes × gross_kg, 3 decimals.
   */
  gross_weight_kg: string;
  /**
   * `"{project id}/unsourced/{manufacturer id}"`.
   */
  id: string;
  /**
   * Item ids, in project order.
   */
  items: string[];
  /**
   * The longest lead time of its items.
   */
  lead_time_weeks?: number | null;
  /**
   * The manufacturer's company id.
   */
  manufacturer: string;
  /**
   * The manufacturer's name.
   */
  name: string;
  /**
   * Σ quantity × net_weight_kg, 3 decimals.
   */
  net_weight_kg: string;
  /**
   * Number of boxes.
   */
  packages: number;
  /**
   * Totals per currency, ordered by currency code.
   */
  totals: {
    [k: string]: Totals | undefined;
  };
  /**
   * Σ boxes × L×W×H, in m³, 3 decimals.
   */
  volume_m3: string;
  /**
   * Items without price, packages, weight, or HS code where one is needed.
   */
  warnings: LineWarning[];
}
