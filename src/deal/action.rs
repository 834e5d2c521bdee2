//! A deal action as hosts send it (`interfaces.md`, "Deal action"): who, when, what, and the
//! parameters of that action. The action is read once, here: its envelope (actor, time, id,
//! expected version) and one typed [`Act`] with its own parameters. Nested documents
//! (`proforma`, `project`, `settings`, `company`) are read by their own readers as the action
//! is read; a nested document's problems are kept and reported where the action's rules reach
//! it, so a refusal names the same first problem whatever the document holds.

use schemars::JsonSchema;
use serde::de::MapAccess;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::codes::Code;
use crate::docs::settings::Settings;
use crate::error::Error;
use crate::json::{choice, Choice, ObjReader, ReadObject, Slot};
use crate::model::{Company, Proforma, Project, Text};
use crate::office::invoice::{CreditRequest, InvoiceRequest, InvoiceTerms};
use crate::office::reconcile::ReconcileSettings;
use crate::problem::Problem;

use super::inputs::{DealSettings, PaymentInput, ReceiptInput, RetainerUse, ShipmentInput, TrackUpdate};

/// The actions a deal takes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionName {
    /// The owner invites a supplier to manage `segments` (`supplier`).
    #[default]
    InviteSupplier,
    /// The invited supplier accepts for `segments`.
    AcceptInvitation,
    /// The invited supplier declines for `segments`.
    DeclineInvitation,
    /// The owner takes back its invitations for `segments`.
    WithdrawInvitation,
    /// A segment's manager asks its source for documents (`segment`, `kind`).
    RequestDocuments,
    /// A segment's manager stores a source's `proforma`.
    RecordProforma,
    /// A segment's manager accepts the newest version of proforma `number` for `segment`.
    AcceptProforma,
    /// A document of `kind` for `segments`, built with `settings`, kept as a numbered snapshot.
    IssueDocument,
    /// A new revision of document `number`, built anew with `settings`.
    ReviseDocument,
    /// The owner hands in the edited `project`; segments are made again.
    Resegment,
    /// The client (or the owner for the client) approves client document `number`, whole or
    /// its `items`, with a `comment`.
    ApproveDocument,
    /// The client (or the owner for the client) rejects client document `number`, whole or its
    /// `items`, with a `comment`.
    RejectDocument,
    /// The owner or a managing supplier sets the deal's rules (`settings`).
    SetDealSettings,
    /// The source (or the manager for it) records its confirmation (`proforma`) of purchase
    /// order `number`.
    RecordConfirmation,
    /// Where items of `segment` are (`updates`).
    TrackItems,
    /// Goods of `segment` left the source (`shipment`); their packing list is issued
    /// (`settings`).
    RecordShipment,
    /// What arrived of shipment `number` (`receipt`).
    RecordReceipt,
    /// A payment in or out (`payment`).
    RecordPayment,
    /// Part of a held retainer applied to client invoice `number` (`retainer`).
    ApplyRetainer,
}

choice!(ActionName {
    "invite_supplier" => ActionName::InviteSupplier,
    "accept_invitation" => ActionName::AcceptInvitation,
    "decline_invitation" => ActionName::DeclineInvitation,
    "withdraw_invitation" => ActionName::WithdrawInvitation,
    "request_documents" => ActionName::RequestDocuments,
    "record_proforma" => ActionName::RecordProforma,
    "accept_proforma" => ActionName::AcceptProforma,
    "issue_document" => ActionName::IssueDocument,
    "revise_document" => ActionName::ReviseDocument,
    "resegment" => ActionName::Resegment,
    "approve_document" => ActionName::ApproveDocument,
    "reject_document" => ActionName::RejectDocument,
    "set_deal_settings" => ActionName::SetDealSettings,
    "record_confirmation" => ActionName::RecordConfirmation,
    "track_items" => ActionName::TrackItems,
    "record_shipment" => ActionName::RecordShipment,
    "record_receipt" => ActionName::RecordReceipt,
    "record_payment" => ActionName::RecordPayment,
    "apply_retainer" => ActionName::ApplyRetainer,
});

impl ActionName {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        Choice::name(self)
    }

    /// The parameters it takes besides the common ones.
    fn params(self) -> &'static [&'static str] {
        use ActionName::*;
        match self {
            InviteSupplier => &["segments", "supplier", "company"],
            AcceptInvitation | DeclineInvitation | WithdrawInvitation => &["segments"],
            RequestDocuments => &["segment", "kind"],
            RecordProforma => &["proforma", "settings"],
            AcceptProforma => &["segment", "number"],
            IssueDocument => &["kind", "segments", "settings"],
            ReviseDocument => &["number", "settings"],
            Resegment => &["project"],
            ApproveDocument | RejectDocument => &["number", "items", "comment"],
            SetDealSettings => &["settings"],
            RecordConfirmation => &["number", "proforma", "settings"],
            TrackItems => &["segment", "updates"],
            RecordShipment => &["segment", "shipment", "settings"],
            RecordReceipt => &["number", "receipt"],
            RecordPayment => &["payment"],
            ApplyRetainer => &["number", "retainer"],
        }
    }

    /// The parameters it cannot do without.
    fn required(self) -> &'static [&'static str] {
        use ActionName::*;
        match self {
            InviteSupplier => &["segments", "supplier"],
            AcceptInvitation | DeclineInvitation | WithdrawInvitation => &["segments"],
            RequestDocuments => &["segment", "kind"],
            RecordProforma => &["proforma"],
            AcceptProforma => &["segment", "number"],
            IssueDocument => &["kind"],
            ReviseDocument => &["number"],
            Resegment => &["project"],
            ApproveDocument | RejectDocument => &["number"],
            SetDealSettings => &["settings"],
            RecordConfirmation => &["number", "proforma"],
            TrackItems => &["segment", "updates"],
            RecordShipment => &["segment", "shipment"],
            RecordReceipt => &["number", "receipt"],
            RecordPayment => &["payment"],
            ApplyRetainer => &["number", "retainer"],
        }
    }
}

/// What a request for documents asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    /// A proforma.
    Proforma,
    /// A packing list.
    PackingList,
    /// An order confirmation.
    Confirmation,
}

impl RequestKind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        Choice::name(self)
    }
}

choice!(RequestKind {
    "proforma" => RequestKind::Proforma,
    "packing_list" => RequestKind::PackingList,
    "confirmation" => RequestKind::Confirmation,
});

/// The documents a deal issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// Items by room (the project, or one segment).
    Specification,
    /// What the manager asks the segment's source for.
    ProformaRequest,
    /// The manager's proforma to the client.
    Proforma,
    /// Boxes, weights and volume of one segment.
    PackingList,
    /// The Front Office's invoice to the client, priced from the accepted proformas.
    ClientInvoice,
    /// The manager's order to the segment's source, at its accepted proforma's prices.
    PurchaseOrder,
    /// A negative client invoice correcting one issued invoice (goods returned, a price
    /// corrected).
    CreditNote,
}

choice!(IssueKind {
    "specification" => IssueKind::Specification,
    "proforma_request" => IssueKind::ProformaRequest,
    "proforma" => IssueKind::Proforma,
    "packing_list" => IssueKind::PackingList,
    "client_invoice" => IssueKind::ClientInvoice,
    "purchase_order" => IssueKind::PurchaseOrder,
    "credit_note" => IssueKind::CreditNote,
});

impl IssueKind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        Choice::name(self)
    }

    /// The document engine's kind; `None` for the client invoice (the Front Office builds it).
    pub fn document_kind(self) -> Option<crate::docs::settings::Kind> {
        use crate::docs::settings::Kind;
        match self {
            IssueKind::Specification => Some(Kind::Specification),
            IssueKind::ProformaRequest => Some(Kind::ProformaRequest),
            IssueKind::Proforma => Some(Kind::Proforma),
            IssueKind::PackingList => Some(Kind::PackingList),
            IssueKind::ClientInvoice | IssueKind::CreditNote => None,
            IssueKind::PurchaseOrder => Some(Kind::PurchaseOrder),
        }
    }
}

/// One deal action as the host writes it: who, when, which action, and that action's
/// parameters. Serialised, it is the `input` its event keeps, and replaying reads it back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "deal action")]
pub struct ActionInput {
    /// The company that acts.
    pub actor: Text,
    /// When, as the host's clock says (RFC 3339 with a zone).
    pub at: Text,
    /// What it does.
    pub action: ActionName,
    /// The host's id for this action: a repeated id is applied once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_id: Option<Text>,
    /// The deal version the host last saw; a stale one is refused (`conflict.version`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_version: Option<u32>,
    /// Segments (or unsourced groups) the action is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Text>,
    /// The one segment the action is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<Text>,
    /// The supplier invited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplier: Option<Text>,
    /// `invite_supplier`: the supplier's company record, when it is not in the project (the
    /// engine fills it from the partner directory).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<Value>,
    /// What is requested or issued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Text>,
    /// A proforma's or document's number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Text>,
    /// `record_proforma`: a `proforma/1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proforma: Option<Value>,
    /// `issue_document`, `revise_document`: document settings (for a client invoice, an invoice
    /// request without `segments`, `seller` and `proformas`, which the deal gives);
    /// `record_proforma`: reconcile settings (`tolerances`, `fx`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Value>,
    /// `resegment`: the edited `studio-project/1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<Value>,
    /// `approve_document`, `reject_document`: the items decided on (none: the whole document).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// `approve_document`, `reject_document`: the client's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// `track_items`: where items are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updates: Option<Vec<TrackUpdate>>,
    /// `record_shipment`: the shipment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipment: Option<ShipmentInput>,
    /// `record_receipt`: what arrived.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<ReceiptInput>,
    /// `record_payment`: the payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentInput>,
    /// `apply_retainer`: which retainer, how much.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retainer: Option<RetainerUse>,
}

impl ReadObject for ActionInput {
    const WHAT: &'static str = "a deal action";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut actor, mut at, mut action, mut action_id) = (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut expected_version, mut segments, mut segment, mut supplier) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut company, mut kind, mut number) = (Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut proforma, mut settings, mut project) = (Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut items, mut comment) = (Slot::Absent, Slot::Absent);
        let (mut updates, mut shipment, mut receipt) = (Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut payment, mut retainer) = (Slot::Absent, Slot::Absent);
        let mut seen: Vec<String> = Vec::new();
        while let Some(key) = r.next_key()? {
            seen.push(key.to_string());
            match &*key {
                "actor" => r.text(&key, &mut actor)?,
                "at" => r.text(&key, &mut at)?,
                "action" => r.choice(&key, &mut action)?,
                "action_id" => r.text(&key, &mut action_id)?,
                "expected_version" => r.integer(&key, u64::from(u32::MAX), &mut expected_version)?,
                "segments" => r.text_list("segments", &mut segments)?,
                "segment" => r.text(&key, &mut segment)?,
                "supplier" => r.text(&key, &mut supplier)?,
                "company" => r.json_object(&key, &mut company)?,
                "kind" => r.text(&key, &mut kind)?,
                "number" => r.text(&key, &mut number)?,
                "proforma" => r.json_object(&key, &mut proforma)?,
                "settings" => r.json_object(&key, &mut settings)?,
                "project" => r.json_object(&key, &mut project)?,
                "items" => r.text_list("items", &mut items)?,
                "comment" => r.text(&key, &mut comment)?,
                "updates" => r.list("updates", &mut updates)?,
                "shipment" => r.object("shipment", &mut shipment)?,
                "receipt" => r.object("receipt", &mut receipt)?,
                "payment" => r.object("payment", &mut payment)?,
                "retainer" => r.object("retainer", &mut retainer)?,
                _ => {
                    seen.pop();
                    r.unknown(&key)?
                }
            }
        }
        let name: Option<ActionName> = action.clone().get();
        if let Some(name) = name {
            for p in name.required() {
                if !seen.iter().any(|s| s == p) {
                    r.problem(p, Code::FieldMissing, format!("`{p}` is required by `{}`.", name.as_str()));
                }
            }
            let common = ["actor", "at", "action", "action_id", "expected_version"];
            for s in seen.iter().filter(|s| !common.contains(&s.as_str()) && !name.params().contains(&s.as_str())) {
                r.problem(
                    s,
                    Code::FieldUnknown,
                    format!("`{s}` is not a parameter of `{}`; it is ignored.", name.as_str()),
                );
            }
        }
        let keep = |key: &str| name.is_none_or(|n| n.params().contains(&key));
        let at = r.required_text("at", at);
        if !at.is_empty() && !is_rfc3339(&at) {
            r.problem(
                "at",
                Code::TimeInvalid,
                format!("\"{at}\" is not a time written in RFC 3339 with a zone, like 2026-11-21T10:00:00Z."),
            );
        }
        Ok(ActionInput {
            actor: r.required_text("actor", actor),
            at,
            action: r.required("action", action),
            action_id: action_id.get(),
            expected_version: expected_version.get(),
            segments: segments.get().filter(|_| keep("segments")).unwrap_or_default(),
            segment: segment.get().filter(|_| keep("segment")),
            supplier: supplier.get().filter(|_| keep("supplier")),
            company: company.get().filter(|_| keep("company")),
            kind: kind.get().filter(|_| keep("kind")),
            number: number.get().filter(|_| keep("number")),
            proforma: proforma.get().filter(|_| keep("proforma")),
            settings: settings.get().filter(|_| keep("settings")),
            project: project.get().filter(|_| keep("project")),
            items: items.get().filter(|_| keep("items")).unwrap_or_default(),
            comment: comment.get().filter(|_| keep("comment")),
            updates: updates.get().filter(|_| keep("updates")),
            shipment: shipment.get().filter(|_| keep("shipment")),
            receipt: receipt.get().filter(|_| keep("receipt")),
            payment: payment.get().filter(|_| keep("payment")),
            retainer: retainer.get().filter(|_| keep("retainer")),
        })
    }
}

/// A nested document or a parameter as read: its value, or its problems (pointing into the
/// action), reported when the action's rules reach it.
pub type Read<T> = Result<T, Vec<Problem>>;

/// One deal action, read: who acts, when, and what it does.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// The company that acts.
    pub actor: Text,
    /// When, as the host's clock says (RFC 3339 with a zone).
    pub at: Text,
    /// The host's id for this action: a repeated id is applied once.
    pub action_id: Option<Text>,
    /// The deal version the host last saw.
    pub expected_version: Option<u32>,
    /// What it does, with its parameters.
    pub act: Act,
    /// The action as its event keeps it (the host's fields, without those its action ignores).
    pub(super) input: Value,
}

/// What an action does, with the parameters of that action only.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    /// The owner invites `supplier` to manage `segments`; `company` is its record when it is
    /// neither in the project nor in the directory.
    InviteSupplier {
        /// The segments.
        segments: Vec<Text>,
        /// The supplier invited.
        supplier: Text,
        /// Its company record, as given.
        company: Option<Read<Company>>,
    },
    /// The invited supplier answers for `segments` (`accept` or decline).
    AnswerInvitation {
        /// The segments.
        segments: Vec<Text>,
        /// True to accept, false to decline.
        accept: bool,
    },
    /// The owner takes back its invitations for `segments`.
    WithdrawInvitation {
        /// The segments.
        segments: Vec<Text>,
    },
    /// A segment's manager asks its source for documents.
    RequestDocuments {
        /// The segment.
        segment: Text,
        /// What is asked for.
        kind: Read<RequestKind>,
    },
    /// A segment's manager stores a source's proforma.
    RecordProforma {
        /// The `proforma/1`.
        proforma: Read<Proforma>,
        /// How it is reconciled.
        settings: Read<ReconcileSettings>,
    },
    /// A segment's manager accepts the newest version of proforma `number`.
    AcceptProforma {
        /// The segment.
        segment: Text,
        /// The proforma's number.
        number: Text,
    },
    /// A document of `kind` for `segments`.
    IssueDocument {
        /// The kind.
        kind: Read<IssueKind>,
        /// The segments (none: the whole project).
        segments: Vec<Text>,
        /// Its settings.
        settings: IssueSettings,
    },
    /// A new revision of document `number`.
    ReviseDocument {
        /// The document's number.
        number: Text,
        /// New settings; none: the earlier revision's.
        settings: Option<IssueSettings>,
    },
    /// The owner hands in the edited project.
    Resegment {
        /// The `studio-project/1`.
        project: Read<Project>,
    },
    /// The client approves or rejects a client document, whole or some of its items.
    DecideDocument {
        /// The document's number.
        number: Text,
        /// True to approve, false to reject.
        approve: bool,
        /// The items decided on (none: the whole document).
        items: Vec<Text>,
        /// The client's words.
        comment: Option<Text>,
    },
    /// The owner or a managing supplier sets the deal's rules.
    SetDealSettings {
        /// The rules.
        settings: Read<DealSettings>,
    },
    /// The source's confirmation of purchase order `number`.
    RecordConfirmation {
        /// The order's number.
        number: Text,
        /// The confirmation, a `proforma/1`.
        confirmation: Read<Proforma>,
        /// How it is reconciled against the order.
        settings: Read<ReconcileSettings>,
    },
    /// Where items of `segment` are.
    TrackItems {
        /// The segment.
        segment: Text,
        /// The updates.
        updates: Vec<TrackUpdate>,
    },
    /// Goods of `segment` that left the source.
    RecordShipment {
        /// The segment.
        segment: Text,
        /// The shipment.
        shipment: ShipmentInput,
        /// The settings of its packing list.
        settings: IssueSettings,
    },
    /// What arrived of shipment `number`.
    RecordReceipt {
        /// The shipment's id.
        number: Text,
        /// What arrived.
        receipt: ReceiptInput,
    },
    /// A payment in or out.
    RecordPayment {
        /// The payment.
        payment: PaymentInput,
    },
    /// Part of a held retainer applied to client invoice `number`.
    ApplyRetainer {
        /// The invoice.
        number: Text,
        /// Which retainer, how much.
        retainer: RetainerUse,
    },
}

/// The settings of a document issued in a deal, read both ways they may be used: as document
/// settings (specification, proforma request, proforma, packing list) and as the terms of a
/// client invoice (an invoice request without `segments`, `seller` and `proformas`, which the
/// deal gives). The deal keeps them as the host gave them.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueSettings {
    /// The settings object as given (saved so in the deal).
    pub(super) given: Value,
    /// The number the host gave, if any.
    pub number: Option<Text>,
    /// Read as document settings.
    pub document: Read<Settings>,
    /// Read as a client invoice's terms.
    pub invoice: Read<InvoiceRequest>,
    /// Read as a credit note's request.
    pub credit: Read<CreditRequest>,
}

impl IssueSettings {
    /// The settings read the way a document of `kind` uses them (both ways when the kind is
    /// not known yet: a revision's is the deal's). The way not read says so, as an internal
    /// error, if it were ever used.
    fn read(value: Value, kind: Option<IssueKind>) -> IssueSettings {
        let number = value.get("number").and_then(Value::as_str).map(Text::new);
        // 0: document settings, 1: a client invoice's terms, 2: a credit note's request.
        let way = kind.map(|k| match k {
            IssueKind::ClientInvoice => 1,
            IssueKind::CreditNote => 2,
            _ => 0,
        });
        let unread = |how: &str| {
            vec![problem(
                Code::Internal,
                "/settings",
                format!("The settings were not read as {how}; this is a bug in Bureau."),
            )]
        };
        let document = match way {
            Some(1 | 2) => Err(unread("document settings")),
            _ => nested(&value, "settings", read::<Settings>),
        };
        let invoice = match way {
            Some(0 | 2) => Err(unread("a client invoice's")),
            _ => nested(&value, "settings", read::<InvoiceTerms>).map(|t| t.0),
        };
        let credit = match way {
            Some(0 | 1) => Err(unread("a credit note's")),
            _ => nested(&value, "settings", read::<CreditRequest>),
        };
        IssueSettings { given: value, number, document, invoice, credit }
    }

    /// Settings given as `{}`, for a document of `kind`.
    pub(super) fn empty(kind: Option<IssueKind>) -> IssueSettings {
        IssueSettings::read(Value::Object(serde_json::Map::new()), kind)
    }

    /// The settings with `date` when they give none (a shipment's packing list is dated the day
    /// it left), read for a document of `kind`.
    pub(super) fn with_date(&self, date: &Text, kind: IssueKind) -> IssueSettings {
        if self.given.get("date").is_some() || date.is_empty() {
            return self.clone();
        }
        let mut given = self.given.clone();
        if let Some(o) = given.as_object_mut() {
            o.insert("date".into(), Value::String(date.to_string()));
        }
        IssueSettings::read(given, Some(kind))
    }

    /// Whether a specification issued with them is for suppliers (not shown to the client).
    pub(super) fn for_suppliers(&self) -> bool {
        self.document.as_ref().is_ok_and(|s| s.audience == crate::docs::settings::Audience::Supplier)
    }
}

impl Serialize for IssueSettings {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.given.serialize(s)
    }
}

impl JsonSchema for IssueSettings {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IssueSettings".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = <serde_json::Map<String, Value>>::json_schema(generator);
        schema.insert("description".into(), "The settings the document was issued with, as the host gave them.".into());
        schema
    }
}

/// Reads a nested input with the lenient reader; its warnings are dropped (the action's own
/// are reported).
pub(super) fn read<T: ReadObject>(bytes: &[u8]) -> Result<T, Error> {
    crate::json::read_input(bytes, None).map(|(value, _)| value)
}

/// A `kind` read as what the action takes (`value.unknown` lists the names).
fn kind_of<T: Choice>(given: &str, what: &str) -> Read<T> {
    T::parse(given).ok_or_else(|| {
        vec![problem(
            Code::ValueUnknown,
            "/kind",
            format!("\"{given}\" is not {what}; use one of {}.", T::NAMES.join(", ")),
        )]
    })
}

impl Action {
    /// Reads an action; its problems name the input `action`.
    pub fn read(bytes: &[u8]) -> Result<(Action, Vec<Problem>), Error> {
        let (input, warnings) = crate::json::read_input::<ActionInput>(bytes, Some(crate::problem::Input::Action))?;
        Ok((Action::typed(input)?, warnings))
    }

    /// The typed action of an input that was read without errors (so every parameter its
    /// action requires is there).
    fn typed(input: ActionInput) -> Result<Action, Error> {
        let json = serde_json::to_value(&input).map_err(|e| Error::Internal(format!("an action as JSON: {e}")))?;
        let name = input.action;
        let missing = |what: &str| Error::Internal(format!("a read `{}` action without its `{what}`", name.as_str()));
        let ActionInput {
            actor,
            at,
            action,
            action_id,
            expected_version,
            segments,
            segment,
            supplier,
            company,
            kind,
            number,
            proforma,
            settings,
            project,
            items,
            comment,
            updates,
            shipment,
            receipt,
            payment,
            retainer,
        } = input;
        let act = match action {
            ActionName::InviteSupplier => Act::InviteSupplier {
                segments,
                supplier: supplier.ok_or_else(|| missing("supplier"))?,
                company: company.map(|c| nested(&c, "company", read::<Company>)),
            },
            ActionName::AcceptInvitation | ActionName::DeclineInvitation => {
                Act::AnswerInvitation { segments, accept: action == ActionName::AcceptInvitation }
            }
            ActionName::WithdrawInvitation => Act::WithdrawInvitation { segments },
            ActionName::RequestDocuments => Act::RequestDocuments {
                segment: segment.ok_or_else(|| missing("segment"))?,
                kind: kind_of(&kind.ok_or_else(|| missing("kind"))?, "a document to request"),
            },
            ActionName::RecordProforma => Act::RecordProforma {
                proforma: nested(
                    &proforma.ok_or_else(|| missing("proforma"))?,
                    "proforma",
                    crate::model::read_proforma,
                )
                .map(|c| c.value),
                settings: settings.map_or_else(
                    || Ok(ReconcileSettings::default()),
                    |v| nested(&v, "settings", read::<ReconcileSettings>),
                ),
            },
            ActionName::AcceptProforma => Act::AcceptProforma {
                segment: segment.ok_or_else(|| missing("segment"))?,
                number: number.ok_or_else(|| missing("number"))?,
            },
            ActionName::IssueDocument => {
                let kind: Read<IssueKind> = kind_of(&kind.ok_or_else(|| missing("kind"))?, "a document a deal issues");
                let known = kind.as_ref().ok().copied();
                let settings = match settings {
                    Some(v) => IssueSettings::read(v, known),
                    None => IssueSettings::empty(known),
                };
                Act::IssueDocument { kind, segments, settings }
            }
            ActionName::ReviseDocument => Act::ReviseDocument {
                number: number.ok_or_else(|| missing("number"))?,
                settings: settings.map(|v| IssueSettings::read(v, None)),
            },
            ActionName::Resegment => Act::Resegment {
                project: nested(&project.ok_or_else(|| missing("project"))?, "project", crate::model::read_project)
                    .map(|c| c.value),
            },
            ActionName::ApproveDocument | ActionName::RejectDocument => Act::DecideDocument {
                number: number.ok_or_else(|| missing("number"))?,
                approve: action == ActionName::ApproveDocument,
                items,
                comment,
            },
            ActionName::SetDealSettings => Act::SetDealSettings {
                settings: nested(&settings.ok_or_else(|| missing("settings"))?, "settings", read::<DealSettings>),
            },
            ActionName::RecordConfirmation => Act::RecordConfirmation {
                number: number.ok_or_else(|| missing("number"))?,
                confirmation: nested(
                    &proforma.ok_or_else(|| missing("proforma"))?,
                    "proforma",
                    crate::model::read_proforma,
                )
                .map(|c| c.value),
                settings: settings.map_or_else(
                    || Ok(ReconcileSettings::default()),
                    |v| nested(&v, "settings", read::<ReconcileSettings>),
                ),
            },
            ActionName::TrackItems => Act::TrackItems {
                segment: segment.ok_or_else(|| missing("segment"))?,
                updates: updates.ok_or_else(|| missing("updates"))?,
            },
            ActionName::RecordShipment => Act::RecordShipment {
                segment: segment.ok_or_else(|| missing("segment"))?,
                shipment: shipment.ok_or_else(|| missing("shipment"))?,
                settings: match settings {
                    Some(v) => IssueSettings::read(v, Some(IssueKind::PackingList)),
                    None => IssueSettings::empty(Some(IssueKind::PackingList)),
                },
            },
            ActionName::RecordReceipt => Act::RecordReceipt {
                number: number.ok_or_else(|| missing("number"))?,
                receipt: receipt.ok_or_else(|| missing("receipt"))?,
            },
            ActionName::RecordPayment => Act::RecordPayment { payment: payment.ok_or_else(|| missing("payment"))? },
            ActionName::ApplyRetainer => Act::ApplyRetainer {
                number: number.ok_or_else(|| missing("number"))?,
                retainer: retainer.ok_or_else(|| missing("retainer"))?,
            },
        };
        Ok(Action { actor, at, action_id, expected_version, act, input: json })
    }

    /// The action's name.
    pub fn name(&self) -> ActionName {
        match &self.act {
            Act::InviteSupplier { .. } => ActionName::InviteSupplier,
            Act::AnswerInvitation { accept: true, .. } => ActionName::AcceptInvitation,
            Act::AnswerInvitation { accept: false, .. } => ActionName::DeclineInvitation,
            Act::WithdrawInvitation { .. } => ActionName::WithdrawInvitation,
            Act::RequestDocuments { .. } => ActionName::RequestDocuments,
            Act::RecordProforma { .. } => ActionName::RecordProforma,
            Act::AcceptProforma { .. } => ActionName::AcceptProforma,
            Act::IssueDocument { .. } => ActionName::IssueDocument,
            Act::ReviseDocument { .. } => ActionName::ReviseDocument,
            Act::Resegment { .. } => ActionName::Resegment,
            Act::DecideDocument { approve: true, .. } => ActionName::ApproveDocument,
            Act::DecideDocument { approve: false, .. } => ActionName::RejectDocument,
            Act::SetDealSettings { .. } => ActionName::SetDealSettings,
            Act::RecordConfirmation { .. } => ActionName::RecordConfirmation,
            Act::TrackItems { .. } => ActionName::TrackItems,
            Act::RecordShipment { .. } => ActionName::RecordShipment,
            Act::RecordReceipt { .. } => ActionName::RecordReceipt,
            Act::RecordPayment { .. } => ActionName::RecordPayment,
            Act::ApplyRetainer { .. } => ActionName::ApplyRetainer,
        }
    }
}

/// `date.invalid` at `path` when `date` is not a real `YYYY-MM-DD` day.
pub(super) fn bad_date(date: &str, path: impl Into<String>) -> Option<Problem> {
    crate::docs::format::parse_date(date)
        .is_none()
        .then(|| problem(Code::DateInvalid, path, format!("\"{date}\" is not a date written YYYY-MM-DD.")))
}

/// A problem about the action's field at `path`.
pub(crate) fn problem(code: Code, path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem { input: Some(crate::problem::Input::Action), ..Problem::new(code, path, message) }
}

/// Reads a nested document of the action (its `proforma`, `project`, `settings`) with the
/// reader of its own format; problems point into the action (`/proforma/lines/0/sku`).
pub(crate) fn nested<T>(
    value: &Value,
    key: &str,
    read: impl FnOnce(&[u8]) -> Result<T, Error>,
) -> Result<T, Vec<Problem>> {
    let bytes =
        serde_json::to_vec(value).map_err(|e| vec![problem(Code::Internal, format!("/{key}"), e.to_string())])?;
    read(&bytes).map_err(|e| {
        e.problems()
            .into_iter()
            .map(|p| Problem { input: Some(crate::problem::Input::Action), path: format!("/{key}{}", p.path), ..p })
            .collect()
    })
}

/// Whether `s` is an RFC 3339 date-time with a zone: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "offsets into a string of at most a few dozen bytes, each checked by `get`"
)]
pub(crate) fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(digits(0..4) && at(4, b'-') && digits(5..7) && at(7, b'-') && digits(8..10)) {
        return false;
    }
    if !(matches!(b.get(10), Some(b'T' | b't')) && digits(11..13) && at(13, b':') && digits(14..16) && at(16, b':')) {
        return false;
    }
    if !digits(17..19) || crate::docs::format::parse_date(s.get(0..10).unwrap_or("")).is_none() {
        return false;
    }
    let two = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok()).unwrap_or(99);
    if two(11..13) > 23 || two(14..16) > 59 || two(17..19) > 60 {
        return false;
    }
    let mut i = 19;
    if at(i, b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            digits(i + 1..i + 3)
                && at(i + 3, b':')
                && digits(i + 4..i + 6)
                && i + 6 == b.len()
                && two(i + 1..i + 3) < 24
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        for ok in ["2026-11-21T10:00:00Z", "2026-11-21T10:00:00.125+03:00", "2026-02-28t23:59:60z"] {
            assert!(is_rfc3339(ok), "{ok}");
        }
        for bad in [
            "2026-11-21",
            "2026-11-21T10:00:00",
            "2026-13-01T10:00:00Z",
            "2026-11-21T24:00:00Z",
            "2026-11-21T10:00:00+3:00",
            "2026-11-21T10:00:00.Z",
            "2026-02-30T10:00:00Z",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }
}
