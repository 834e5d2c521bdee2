/* Generated from schemas/deal-view.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * A deal as one party may see it.
 */
export interface DealView {
  /**
   * `client` or the company id.
   */
  audience: string;
  /**
   * The documents it may see.
   */
  documents: IssuedDocument[];
  /**
   * The events it may see: who, what, when, the sentence.
   */
  events: EventView[];
  /**
   * The invitations it may see.
   */
  invitations: Invitation[];
  /**
   * The proformas it may see.
   */
  proformas: ProformaView[];
  project: ProjectView;
  /**
   * The requests it may see.
   */
  requests: DocumentRequest[];
  /**
   * The role the audience has.
   */
  role: "supplier" | "factory" | "designer" | "client";
  /**
   * The segments it may see.
   */
  segments: SegmentView[];
  /**
   * The deal's version.
   */
  version: number;
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
  document: {
    [k: string]: unknown | undefined;
  };
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
  kind: "specification" | "proforma_request" | "proforma" | "packing_list" | "client_invoice";
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
   * The settings it was built with (markups and costs: views show them only to its issuer
   * and the segment's manager).
   */
  settings: {
    [k: string]: unknown | undefined;
  };
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
    | "render.unavailable"
    | "image.limit"
    | "template.failed"
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
   * 1-based column of a JSON syntax error.
   */
  column?: number | null;
  /**
   * Which input of a call with several inputs (`project`, `previous`, …).
   */
  input?: string | null;
  /**
   * 1-based line of a JSON syntax error.
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
 * An event in a view.
 */
export interface EventView {
  /**
   * What.
   */
  action: string;
  /**
   * Who.
   */
  actor: string;
  /**
   * When.
   */
  at?: string | null;
  /**
   * The sentence.
   */
  summary: string;
  /**
   * Version it made.
   */
  version: number;
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
 * A proforma in a view.
 */
export interface ProformaView {
  /**
   * When recorded.
   */
  at: string;
  /**
   * Number.
   */
  number: string;
  /**
   * The proforma itself (to its manager and its issuer).
   */
  proforma?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Its reconciliation (to its manager).
   */
  reconciliation?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Segment.
   */
  segment: string;
  /**
   * State.
   */
  status: "recorded" | "accepted" | "superseded";
  /**
   * Version.
   */
  version: number;
}
/**
 * The project, as far as this audience may see it.
 */
export interface ProjectView {
  /**
   * The client (not shown to sources).
   */
  client?: Party | null;
  /**
   * Currency of client-facing totals.
   */
  currency: string;
  /**
   * Delivery: for sources only the terms (country, region, incoterm), not the address.
   */
  delivery?: DeliveryView | null;
  /**
   * Id.
   */
  id: string;
  /**
   * Name.
   */
  name: string;
  /**
   * Owner's company id.
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
 * Where and on what terms the goods go.
 */
export interface DeliveryView {
  /**
   * Street address (not shown to sources).
   */
  address?: string | null;
  /**
   * ISO 3166-1 alpha-2 country.
   */
  country: string;
  /**
   * Incoterms 2020 rule.
   */
  incoterm?: string | null;
  /**
   * ISO 3166-2 subdivision.
   */
  region?: string | null;
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
 * A segment in a view.
 */
export interface SegmentView {
  /**
   * The accepted proforma (to its manager and source).
   */
  accepted_proforma?: ProformaRef | null;
  /**
   * False once a re-segmenting removed it.
   */
  active: boolean;
  /**
   * Source or manufacturer.
   */
  company: string;
  /**
   * Id.
   */
  id: string;
  /**
   * Its items (empty when the audience may not see them).
   */
  items: ItemView[];
  /**
   * Who manages it.
   */
  manager?: string | null;
  /**
   * Name.
   */
  name: string;
  /**
   * Whether it still needs a supplier.
   */
  needs_supplier: boolean;
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
 * An item in a view.
 */
export interface ItemView {
  /**
   * Its currency.
   */
  currency?: string | null;
  /**
   * The source's discount (to those who trade in it).
   */
  discount_pct?: string | null;
  /**
   * Id.
   */
  id: string;
  /**
   * Name.
   */
  name: string;
  /**
   * What the accepted proforma quotes for it: the purchase price the Front Office builds on
   * (to the segment's manager).
   */
  purchase?: Purchase | null;
  /**
   * Quantity.
   */
  quantity: string;
  /**
   * Article.
   */
  sku: string;
  /**
   * Unit.
   */
  unit?: string | null;
  /**
   * The source's price (to those who trade in it and the owner).
   */
  unit_price?: string | null;
}
/**
 * An item's line in the accepted proforma.
 */
export interface Purchase {
  /**
   * The proforma's currency.
   */
  currency: string;
  /**
   * Discount quoted, percent.
   */
  discount_pct?: string | null;
  /**
   * The line's net.
   */
  net: string;
  /**
   * The proforma's number.
   */
  proforma: string;
  /**
   * Quantity quoted.
   */
  quantity: string;
  /**
   * Unit price quoted.
   */
  unit_price: string;
}
