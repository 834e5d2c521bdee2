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
    | "reject_document"
    | "set_deal_settings"
    | "record_confirmation"
    | "track_items"
    | "record_shipment"
    | "record_receipt"
    | "record_payment"
    | "apply_retainer";
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
   * `record_payment`: the payment.
   */
  payment?: PaymentInput | null;
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
   * `record_receipt`: what arrived.
   */
  receipt?: ReceiptInput | null;
  /**
   * `apply_retainer`: which retainer, how much.
   */
  retainer?: RetainerUse | null;
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
   * `record_shipment`: the shipment.
   */
  shipment?: ShipmentInput | null;
  /**
   * The supplier invited.
   */
  supplier?: string | null;
  /**
   * `track_items`: where items are.
   */
  updates?: TrackUpdate[] | null;
}
/**
 * A payment as the host records it (`record_payment`).
 */
export interface PaymentInput {
  /**
   * How much, positive, in `currency`.
   */
  amount: string;
  /**
   * ISO 4217.
   */
  currency: string;
  /**
   * When it was paid, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * The document it settles: a client invoice (or, for a refund, a credit note) of the
   * client; a purchase order of the source. None for a retainer.
   */
  document?: string | null;
  /**
   * Units of the document's currency per unit of `currency`, when they differ.
   */
  fx_rate?: string | null;
  /**
   * The host's id for it; by default `PAY-1`, `PAY-2`, … in the deal.
   */
  id?: string | null;
  /**
   * `deposit`, `balance`, `progress`, `retainer` (the client's money held, against no
   * document) or `refund` (money given back).
   */
  kind: "deposit" | "balance" | "progress" | "retainer" | "refund";
  /**
   * A note.
   */
  note?: string | null;
  /**
   * Who pays or is paid: `client`, or the source company of a purchase order.
   */
  party: string;
  /**
   * The bank's reference.
   */
  reference?: string | null;
}
/**
 * A receipt as the host records it (`record_receipt`): per item of the shipment, what
 * arrived whole, what did not arrive and what arrived damaged, and what must be re-ordered.
 */
export interface ReceiptInput {
  /**
   * When it arrived, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * One line per item shipped.
   */
  lines: ReceiptLine[];
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
 * A retainer applied to an invoice (`apply_retainer`).
 */
export interface RetainerUse {
  /**
   * How much of it, in its currency (the invoice's).
   */
  amount: string;
  /**
   * When, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * The retainer payment's id.
   */
  id: string;
}
/**
 * A shipment as the host records it (`record_shipment`).
 */
export interface ShipmentInput {
  /**
   * The carrier.
   */
  carrier?: string | null;
  /**
   * When it left, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * The host's id for it; by default `SHP-1`, `SHP-2`, … in the deal.
   */
  id?: string | null;
  /**
   * What it carries: items and quantities (each unit with its boxes).
   */
  lines: QuantityLine[];
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
 * One tracking update (`track_items`): an item reached `state` on `date`.
 */
export interface TrackUpdate {
  /**
   * When, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * For `backordered`: when the source expects them, `YYYY-MM-DD`.
   */
  expected?: string | null;
  /**
   * The project item.
   */
  item: string;
  /**
   * A note.
   */
  note?: string | null;
  /**
   * For `backordered` and `cancelled`: how many units (the rest goes on).
   */
  quantity?: string | null;
  /**
   * `in_production`, `ready`, `delivered`, `installed`, `backordered` or `cancelled` (the
   * other states are recorded by their actions).
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
