//! The nested inputs of the actions after the proforma, as hosts write them, with their
//! readers: the deal's settings, tracking updates, a shipment and its receipt. Dates are
//! `YYYY-MM-DD` (checked where the action is applied, with the other rules).

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{choice, object_reader, Choice, Range};
use crate::model::Text;

/// The rules a deal keeps (`set_deal_settings`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DealSettings {
    /// True: a segment's goods are ordered (`purchase_order`) only when every item on the order
    /// has a valid approval by the client (`order.not_approved` otherwise).
    #[serde(default)]
    pub order_requires_approval: bool,
}

impl DealSettings {
    /// No rule set: the deal saves no `settings`.
    pub fn is_default(&self) -> bool {
        *self == DealSettings::default()
    }
}

object_reader!(DealSettings, "a deal settings object", {
    order_requires_approval: boolean => or_default,
});

/// One tracking update (`track_items`): an item reached `state` on `date`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct TrackUpdate {
    /// The project item.
    pub item: Text,
    /// `in_production`, `ready`, `delivered`, `installed`, `backordered` or `cancelled` (the
    /// other states are recorded by their actions).
    pub state: ItemState,
    /// When, `YYYY-MM-DD`.
    pub date: Text,
    /// For `backordered` and `cancelled`: how many units (the rest goes on).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Decimal>,
    /// For `backordered`: when the source expects them, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Text>,
    /// A note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

object_reader!(TrackUpdate, "a tracking update", {
    item: text => required_text,
    state: choice => required,
    date: text => required_text,
    quantity: decimal(Range::Positive) => optional,
    expected: text => optional,
    note: text => optional,
});

/// A shipment as the host records it (`record_shipment`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ShipmentInput {
    /// The host's id for it; by default `SHP-1`, `SHP-2`, … in the deal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Text>,
    /// When it left, `YYYY-MM-DD`.
    pub date: Text,
    /// The carrier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier: Option<Text>,
    /// The carrier's tracking reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking: Option<Text>,
    /// What it carries: items and quantities (each unit with its boxes).
    pub lines: Vec<QuantityLine>,
}

object_reader!(ShipmentInput, "a shipment", {
    id: text => optional,
    date: text => required_text,
    carrier: text => optional,
    tracking: text => optional,
    lines: list => required,
});

/// An item and a quantity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct QuantityLine {
    /// The project item.
    pub item: Text,
    /// How many units.
    pub quantity: Decimal,
}

object_reader!(QuantityLine, "an object", {
    item: text => required_text,
    quantity: decimal(Range::Positive) => required,
});

/// A receipt as the host records it (`record_receipt`): per item of the shipment, what
/// arrived whole, what did not arrive and what arrived damaged, and what must be re-ordered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ReceiptInput {
    /// When it arrived, `YYYY-MM-DD`.
    pub date: Text,
    /// One line per item shipped.
    pub lines: Vec<ReceiptLine>,
}

object_reader!(ReceiptInput, "a receipt", {
    date: text => required_text,
    lines: list => required,
});

/// What arrived of one item: `received` + `short` + `damaged` = the quantity shipped.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ReceiptLine {
    /// The project item.
    pub item: Text,
    /// Units that arrived whole.
    pub received: Decimal,
    /// Units that did not arrive.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub short: Decimal,
    /// Units that arrived damaged.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub damaged: Decimal,
    /// Units to order again (at most short + damaged).
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub reorder: Decimal,
    /// Which boxes, what was seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

object_reader!(ReceiptLine, "an object", {
    item: text => required_text,
    received: decimal(Range::NonNegative) => required,
    short: decimal(Range::NonNegative) => or_default,
    damaged: decimal(Range::NonNegative) => or_default,
    reorder: decimal(Range::NonNegative) => or_default,
    note: text => optional,
});

/// Where an ordered item is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    /// On a purchase order (recorded by issuing it).
    #[default]
    Ordered,
    /// The source confirmed the order (recorded by `record_confirmation`).
    Confirmed,
    /// Being made.
    InProduction,
    /// Made, waiting to ship.
    Ready,
    /// On its way (recorded by `record_shipment`).
    Shipped,
    /// Arrived at the buyer (recorded by `record_receipt`).
    Received,
    /// Delivered to the client's site.
    Delivered,
    /// Installed.
    Installed,
    /// Some units wait for stock (`quantity`, `expected`).
    Backordered,
    /// Some units will not come (`quantity`).
    Cancelled,
}

choice!(ItemState {
    "ordered" => ItemState::Ordered,
    "confirmed" => ItemState::Confirmed,
    "in_production" => ItemState::InProduction,
    "ready" => ItemState::Ready,
    "shipped" => ItemState::Shipped,
    "received" => ItemState::Received,
    "delivered" => ItemState::Delivered,
    "installed" => ItemState::Installed,
    "backordered" => ItemState::Backordered,
    "cancelled" => ItemState::Cancelled,
});

impl ItemState {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        Choice::name(self)
    }
}

/// A payment as the host records it (`record_payment`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct PaymentInput {
    /// The host's id for it; by default `PAY-1`, `PAY-2`, … in the deal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Text>,
    /// Who pays or is paid: `client`, or the source company of a purchase order.
    pub party: Text,
    /// `deposit`, `balance`, `progress`, `retainer` (the client's money held, against no
    /// document) or `refund` (money given back).
    pub kind: PaymentKind,
    /// How much, positive, in `currency`.
    pub amount: Decimal,
    /// ISO 4217.
    pub currency: Text,
    /// When it was paid, `YYYY-MM-DD`.
    pub date: Text,
    /// The document it settles: a client invoice (or, for a refund, a credit note) of the
    /// client; a purchase order of the source. None for a retainer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Text>,
    /// Units of the document's currency per unit of `currency`, when they differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fx_rate: Option<Decimal>,
    /// The bank's reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
    /// A note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

object_reader!(PaymentInput, "a payment", {
    id: text => optional,
    party: text => required_text,
    kind: choice => required,
    amount: decimal(Range::Positive) => required,
    currency: text => required_text,
    date: text => required_text,
    document: text => optional,
    fx_rate: decimal(Range::Positive) => optional,
    reference: text => optional,
    note: text => optional,
});

/// What a payment is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    /// The deposit the terms ask.
    #[default]
    Deposit,
    /// The rest.
    Balance,
    /// A part payment between the two.
    Progress,
    /// The client's money held against later invoices (`apply_retainer`).
    Retainer,
    /// Money given back: to the client against a credit note or an invoice, or by a source
    /// against its order.
    Refund,
}

choice!(PaymentKind {
    "deposit" => PaymentKind::Deposit,
    "balance" => PaymentKind::Balance,
    "progress" => PaymentKind::Progress,
    "retainer" => PaymentKind::Retainer,
    "refund" => PaymentKind::Refund,
});

impl PaymentKind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        Choice::name(self)
    }
}

/// A retainer applied to an invoice (`apply_retainer`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct RetainerUse {
    /// The retainer payment's id.
    pub id: Text,
    /// How much of it, in its currency (the invoice's).
    pub amount: Decimal,
    /// When, `YYYY-MM-DD`.
    pub date: Text,
}

object_reader!(RetainerUse, "a retainer applied", {
    id: text => required_text,
    amount: decimal(Range::Positive) => required,
    date: text => required_text,
});

/// What a party asks to print of a deal (`deal_document`): an issued document by `number`, or
/// the deal's `report` as of a date; as JSON, PDF, PNG, XLSX or CSV.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "deal document request")]
pub struct DealDocumentRequest {
    /// Who asks: a company of the deal, or `client`; it gets only what its view shows.
    pub audience: Text,
    /// An issued document's number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Text>,
    /// Its revision (default the latest).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<u32>,
    /// The deal's report (margins, receivables, payables, open orders), for a managing supplier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<ReportInput>,
    /// `json` (default), `pdf`, `png`, `xlsx` or `csv`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<crate::docs::settings::Output>,
    /// The page a PNG shows, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// `ru` or `en`: the document printed in that language (default: as issued).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::text::Lang>,
}

object_reader!(DealDocumentRequest, "a deal document request", {
    audience: text => required_text,
    number: text => optional,
    revision: integer(u64::from(u32::MAX)) => optional,
    report: object => optional,
    format: choice => optional,
    page: integer(10_000) => optional,
    language: choice => optional,
});

/// The report's date, currency and rates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ReportInput {
    /// The date the report is made as of, `YYYY-MM-DD`: what is late and overdue then.
    pub as_of: Text,
    /// The currency of the margins (default the project's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// Rates for purchases in other currencies (the supplier's invoices' rates are used too).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fx: Vec<crate::docs::settings::FxRate>,
}

object_reader!(ReportInput, "a report request", {
    as_of: text => required_text,
    currency: text => optional,
    fx: list => or_default,
});
