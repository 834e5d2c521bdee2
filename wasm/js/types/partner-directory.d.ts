/* Generated from schemas/partner-directory.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * The partner directory a host loads once and queries many times.
 */
export interface PartnerDirectory {
  /**
   * The companies.
   */
  companies: DirectoryCompany[];
  /**
   * Always `partner-directory/1`.
   */
  format: string;
  /**
   * Supplier–manufacturer partnerships.
   */
  partnerships: Partnership[];
}
/**
 * A company of the directory: the project's Company fields plus regions and rating.
 */
export interface DirectoryCompany {
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
   * Rating 0–5.
   */
  rating?: string | null;
  /**
   * ISO 3166-2 regions it serves.
   */
  regions?: string[];
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
 * A supplier's partnership with a manufacturer.
 */
export interface Partnership {
  /**
   * The supplier's discount from the manufacturer, 0–100.
   */
  discount_pct?: string | null;
  /**
   * Company id of the factory.
   */
  manufacturer: string;
  /**
   * Since when, `YYYY-MM-DD`.
   */
  since?: string | null;
  /**
   * Its state.
   */
  status: "active" | "pending" | "expired" | "declined";
  /**
   * Company id of the supplier or showroom.
   */
  supplier: string;
}
