/* Generated from schemas/deal-action.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * One deal action as the host writes it: who, when, which action, and that action's
 * parameters. Serialised, it is the `input` its event keeps, and replaying reads it back.
 */
export interface DealAction {
  /**
   * What it does.
   */
  action:
    | "invite_supplier"
    | "accept_invitation"
    | "decline_invitation"
    | "withdraw_invitation"
    | "request_documents"
    | "record_proforma"
    | "accept_proforma"
    | "issue_document"
    | "revise_document"
    | "resegment"
    | "approve_document"
    | "reject_document";
  /**
   * The host's id for this action: a repeated id is applied once.
   */
  action_id?: string | null;
  /**
   * The company that acts.
   */
  actor: string;
  /**
   * When, as the host's clock says (RFC 3339 with a zone).
   */
  at: string;
  /**
   * `approve_document`, `reject_document`: the client's words.
   */
  comment?: string | null;
  /**
   * `invite_supplier`: the supplier's company record, when it is not in the project (the
   * engine fills it from the partner directory).
   */
  company?: {
    [k: string]: unknown | undefined;
  };
  /**
   * The deal version the host last saw; a stale one is refused (`conflict.version`).
   */
  expected_version?: number | null;
  /**
   * `approve_document`, `reject_document`: the items decided on (none: the whole document).
   */
  items?: string[];
  /**
   * What is requested or issued.
   */
  kind?: string | null;
  /**
   * A proforma's or document's number.
   */
  number?: string | null;
  /**
   * `record_proforma`: a `proforma/1`.
   */
  proforma?: {
    [k: string]: unknown | undefined;
  };
  /**
   * `resegment`: the edited `studio-project/1`.
   */
  project?: {
    [k: string]: unknown | undefined;
  };
  /**
   * The one segment the action is about.
   */
  segment?: string | null;
  /**
   * Segments (or unsourced groups) the action is about.
   */
  segments?: string[];
  /**
   * `issue_document`, `revise_document`: document settings (for a client invoice, an invoice
   * request without `segments`, `seller` and `proformas`, which the deal gives);
   * `record_proforma`: reconcile settings (`tolerances`, `fx`).
   */
  settings?: {
    [k: string]: unknown | undefined;
  };
  /**
   * The supplier invited.
   */
  supplier?: string | null;
}
