/* Generated from schemas/studio-project.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * A design project as Studio exports it (`studio-project/1`).
 */
export interface Project {
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
