//! A deal: the state of one project in Office, changed only by actions.
//!
//! A deal holds the project's segments and who manages each, the invitations, the document
//! requests sent to sources, the proformas recorded (every version, with its reconciliation),
//! the documents issued (numbered snapshots with revisions) and an append-only event log.
//! [`Deal::apply`] takes one action for one actor: it checks the rules of
//! `roles-and-partners.md` (`rules`), and either returns the new state's events or refuses,
//! leaving the deal as it was. The deal is saved as `deal/1` JSON by the host; [`load`] reads it
//! back by replaying its event log and refuses a file that does not match it.
//!
//! The data walks: project → segments → deal state; documents issued in a deal are built by
//! [`crate::docs`] and [`crate::office`] from the deal's state.

mod action;
mod apply;
mod approvals;
mod back_office;
mod inputs;
mod invitations;
mod issue;
mod ledger;
mod load;
mod log;
mod orders;
mod printed;
mod report;
mod requests;
mod resegment;
pub(crate) mod rules;
mod segments;
mod tracking;
mod view;

use std::sync::Arc;

/// A list of a deal that grows with its log: a persistent vector (copied in constant time) of
/// entries shared between the copies that did not change them.
pub type Shared<T> = imbl::Vector<Arc<T>>;

use crate::docs::model::client_invoice::ClientInvoice;
use crate::docs::model::Document;
use crate::model::{Company, Project, Text};
use crate::office::reconcile::Reconciliation;
use crate::problem::{Problem, Recommended};
use schemars::JsonSchema;
use serde::Serialize;

pub use action::{Act, Action, ActionInput, ActionName, IssueKind, IssueSettings, Read, RequestKind};
pub(crate) use back_office::accepted as accepted_proformas;
pub use inputs::{
    DealDocumentRequest, DealSettings, ItemState, PaymentInput, PaymentKind, QuantityLine, ReceiptInput, ReceiptLine,
    ReportInput, RetainerUse, ShipmentInput, TrackUpdate,
};
pub use ledger::{Account, Instalment, Payment, RetainerApplied};
pub use load::load;
pub use log::{Change, Event, Op};
pub use orders::{RecordedConfirmation, ShipDate};
pub use printed::{printable, Printable};
pub use report::{DealReport, Margin, OpenItem, OpenOrder, SegmentMargin};
pub use rules::Role;
pub use tracking::{ItemTrack, Receipt, Shipment, StateChange};
pub use view::{view, Audience, DealView};

/// The format name of a saved deal.
pub const FORMAT: &str = "deal/1";

// The lists that grow with the log are persistent vectors of shared entries (`Shared`): an
// action works on a copy of the deal made in constant time, which shares every entry it does
// not change (`Arc::make_mut` copies the one it changes), and the event's changes are found
// from the entries it changed (`Deal::*_mut` records them) and those it added. An action then
// costs what it touches, and replaying a log its length, not its length squared.
/// One project in Office: its segments, invitations, requests, proformas, documents and log.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "deal/1")]
pub struct Deal {
    /// Always `deal/1`.
    pub format: Text,
    /// How many events the log holds: the version a host passes as `expected_version`.
    pub version: u32,
    /// The project as it stands (the last `resegment`'s, else the one the deal was opened with).
    pub project: Project,
    /// Companies that joined the deal from outside the project (invited suppliers), by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companies: Vec<Company>,
    /// The project's segments and unsourced groups, in segmentation order; those a re-segmenting
    /// removed stay, marked `gone`.
    pub segments: Vec<DealSegment>,
    /// Every invitation, in the order they were made.
    #[schemars(with = "Vec<Invitation>")]
    pub invitations: Shared<Invitation>,
    /// Every document request sent to a source.
    #[schemars(with = "Vec<DocumentRequest>")]
    pub requests: Shared<DocumentRequest>,
    /// Every proforma recorded, every version, in the order recorded.
    #[schemars(with = "Vec<RecordedProforma>")]
    pub proformas: Shared<RecordedProforma>,
    /// Every document issued, every revision, in the order issued.
    #[schemars(with = "Vec<IssuedDocument>")]
    pub documents: Shared<IssuedDocument>,
    /// The deal's rules (`set_deal_settings`); left out while none is set.
    #[serde(default, skip_serializing_if = "DealSettings::is_default")]
    pub settings: DealSettings,
    /// The sources' confirmations of purchase orders, every version, in the order recorded.
    #[serde(default, skip_serializing_if = "imbl::Vector::is_empty")]
    #[schemars(with = "Vec<RecordedConfirmation>")]
    pub confirmations: Shared<RecordedConfirmation>,
    /// Every ordered item's state, in the order first ordered.
    #[serde(default, skip_serializing_if = "imbl::Vector::is_empty")]
    #[schemars(with = "Vec<ItemTrack>")]
    pub tracking: Shared<ItemTrack>,
    /// Shipments with their receipts, in the order recorded.
    #[serde(default, skip_serializing_if = "imbl::Vector::is_empty")]
    #[schemars(with = "Vec<Shipment>")]
    pub shipments: Shared<Shipment>,
    /// The payments ledger, in the order recorded.
    #[serde(default, skip_serializing_if = "imbl::Vector::is_empty")]
    #[schemars(with = "Vec<Payment>")]
    pub payments: Shared<Payment>,
    /// The client's approvals and rejections of client documents, in the order given.
    #[serde(default, skip_serializing_if = "imbl::Vector::is_empty")]
    #[schemars(with = "Vec<Approval>")]
    pub approvals: Shared<Approval>,
    /// What happened, oldest first: one event per action applied.
    pub events: Vec<Event>,
    /// The entries of the shared lists the action being applied changed (never saved).
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) touched: Touched,
}

/// Which entries of a deal's shared lists an action changed, so that finding what changed
/// looks at those and at the entries added, not at every entry. Not part of the deal: two deals
/// are equal whatever it holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Touched {
    pub approvals: std::collections::BTreeSet<usize>,
    pub invitations: std::collections::BTreeSet<usize>,
    pub requests: std::collections::BTreeSet<usize>,
    pub proformas: std::collections::BTreeSet<usize>,
    pub documents: std::collections::BTreeSet<usize>,
    pub confirmations: std::collections::BTreeSet<usize>,
    pub tracking: std::collections::BTreeSet<usize>,
    pub shipments: std::collections::BTreeSet<usize>,
    pub payments: std::collections::BTreeSet<usize>,
}

impl PartialEq for Touched {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Whether a deal segment is a source's segment or an unsourced group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// Goods one source delivers.
    Segment,
    /// Goods of one manufacturer that nobody delivers yet.
    Unsourced,
}

/// One segment (or unsourced group) of a deal.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DealSegment {
    /// Its id (`{project}/{source}` or `{project}/unsourced/{manufacturer}`).
    pub id: String,
    /// `segment` or `unsourced`.
    pub kind: SegmentKind,
    /// The source (segment) or the manufacturer (unsourced group): who documents are asked from.
    pub company: Text,
    /// Its name.
    pub name: Text,
    /// Its items, in project order.
    pub items: Vec<Text>,
    /// The supplier that manages it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<Text>,
    /// Why it manages: `invitation`, `owner` or `source`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub managed_as: Option<ManagedAs>,
    /// True when the owner must invite a supplier for it (rule 1).
    pub needs_supplier: bool,
    /// Suppliers recommended when the deal was opened with a partner directory.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommended: Vec<Recommended>,
    /// The accepted proforma that sets its purchase prices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_proforma: Option<ProformaRef>,
    /// False once a re-segmenting removed it.
    pub active: bool,
}

/// Why a company manages a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ManagedAs {
    /// It was invited and accepted.
    Invitation,
    /// It owns the project and has commercial functions.
    Owner,
    /// It is the segment's own source, a showroom or supplier.
    Source,
}

/// A proforma version: its number and version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ProformaRef {
    /// The issuer's number.
    pub number: Text,
    /// Its version under that number, from 1.
    pub version: u32,
}

/// The state of an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Sent, not answered.
    Pending,
    /// The supplier manages the segment.
    Accepted,
    /// The supplier said no.
    Declined,
    /// The owner took it back.
    Withdrawn,
}

impl InvitationStatus {
    /// Pending or accepted.
    pub fn is_open(self) -> bool {
        matches!(self, InvitationStatus::Pending | InvitationStatus::Accepted)
    }
}

/// An invitation of a supplier to manage one segment.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Invitation {
    /// The segment.
    pub segment: String,
    /// The supplier invited.
    pub supplier: Text,
    /// Its state.
    pub status: InvitationStatus,
    /// Who invited.
    pub invited_by: Text,
    /// When (the host's time).
    pub invited_at: Text,
    /// When it was answered or withdrawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<Text>,
}

/// The state of a document request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    /// Sent, no answer recorded.
    Sent,
    /// A proforma answered it.
    Answered,
}

/// A request for documents sent to a segment's source.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DocumentRequest {
    /// `REQ-1`, `REQ-2`, … in the order sent.
    pub id: String,
    /// The segment.
    pub segment: String,
    /// `proforma`, `packing_list` or `confirmation`.
    pub kind: RequestKind,
    /// Who asks.
    pub from: Text,
    /// Who is asked (the source, or the manufacturer of an unsourced group).
    pub to: Text,
    /// When.
    pub at: Text,
    /// `sent` or `answered`.
    pub status: RequestStatus,
    /// The proforma number that answered it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answered_by: Option<Text>,
}

/// The state of a recorded proforma.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProformaStatus {
    /// Stored and reconciled.
    Recorded,
    /// It sets the segment's purchase prices.
    Accepted,
    /// A later accepted proforma replaced it.
    Superseded,
}

/// A proforma stored in the Back Office.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RecordedProforma {
    /// The segment it answers.
    pub segment: String,
    /// The issuer's number.
    pub number: Text,
    /// Its version under that number, from 1.
    pub version: u32,
    /// Who recorded it.
    pub recorded_by: Text,
    /// When.
    pub at: Text,
    /// Its state.
    pub status: ProformaStatus,
    /// The `proforma/1` as read.
    #[serde(serialize_with = "crate::json::sorted")]
    pub proforma: crate::model::Proforma,
    /// Its reconciliation against the segment, when it was recorded.
    #[serde(serialize_with = "crate::json::sorted")]
    pub reconciliation: Reconciliation,
}

/// The state of an issued document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// The latest revision, matching the project.
    Current,
    /// A later revision replaced it.
    Revised,
    /// The project changed under it (a re-segmenting touched its segments).
    OutOfDate,
}

/// A document issued in the deal: a snapshot of its model as it was issued.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct IssuedDocument {
    /// Its number.
    pub number: Text,
    /// Its revision, from 1.
    pub revision: u32,
    /// Its kind.
    pub kind: IssueKind,
    /// The segments it covers (none: the whole project).
    pub segments: Vec<String>,
    /// Who issued it.
    pub issued_by: Text,
    /// The version of the event that issued it.
    pub event: u32,
    /// When.
    pub at: Text,
    /// Its state.
    pub status: DocumentStatus,
    /// The settings it was built with, as given (markups and costs: views show them only to its
    /// issuer and the segment's manager).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<IssueSettings>,
    /// The document model (for a client invoice, the invoice's model).
    #[serde(serialize_with = "crate::json::sorted")]
    pub document: Snapshot,
    /// Problems that did not stop it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Problem>,
}

/// The model of an issued document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Snapshot {
    /// A specification, proforma request, proforma or packing list (its `kind` names which).
    Document(Document),
    /// A client invoice built by the Front Office.
    ClientInvoice(ClientInvoice),
}

/// What the client decided about a client document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Approved: the goods may be ordered as the document says.
    Approved,
    /// Rejected: the document must change.
    Rejected,
}

/// Whether an approval still holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalStatus {
    /// The lines it covers are as approved.
    Valid,
    /// A revision or a re-segmenting changed lines it covers (`stale_items` says which).
    Stale,
}

/// The client's decision on one revision of a client document, bound to its snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Approval {
    /// `APR-1`, `APR-2`, … in the order given.
    pub id: String,
    /// The document's number.
    pub document: Text,
    /// The revision decided on.
    pub revision: u32,
    /// `sha256:` and the hex SHA-256 of the snapshot's JSON (keys sorted, as the deal saves it):
    /// what was approved, byte for byte, on every surface.
    pub digest: String,
    /// `approved` or `rejected`.
    pub decision: Decision,
    /// The items decided on; empty: the whole document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// The client's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Who decided: `client`, or the owner deciding for the client.
    pub by: Text,
    /// True when the owner recorded the client's decision on the client's behalf.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_behalf_of_client: bool,
    /// The version of the event that recorded it.
    pub event: u32,
    /// When.
    pub at: Text,
    /// `valid` or `stale`.
    pub status: ApprovalStatus,
    /// The items whose lines changed after it (a revision or a re-segmenting).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stale_items: Vec<Text>,
    /// The revision or event that made it stale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stale_since: Option<u32>,
}

/// What one applied action did: the deal's new version and its new events.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "deal applied")]
pub struct Applied {
    /// The deal's version after the action.
    pub version: u32,
    /// True when the action's `action_id` had been applied before: nothing changed, and
    /// `events` holds the event it made then.
    pub repeated: bool,
    /// The events the action made (one).
    pub events: Vec<Event>,
    /// Problems that did not stop the action (unknown fields).
    pub warnings: Vec<Problem>,
}

impl Deal {
    /// Approval `n`, to change (copied if shared; recorded as changed).
    pub(super) fn approval_mut(&mut self, n: usize) -> Option<&mut Approval> {
        self.touched.approvals.insert(n);
        self.approvals.get_mut(n).map(Arc::make_mut)
    }

    /// Invitation `n`, to change (copied if shared; recorded as changed).
    pub(super) fn invitation_mut(&mut self, n: usize) -> Option<&mut Invitation> {
        self.touched.invitations.insert(n);
        self.invitations.get_mut(n).map(Arc::make_mut)
    }

    /// Request `n`, to change (copied if shared; recorded as changed).
    pub(super) fn request_mut(&mut self, n: usize) -> Option<&mut DocumentRequest> {
        self.touched.requests.insert(n);
        self.requests.get_mut(n).map(Arc::make_mut)
    }

    /// Recorded proforma `n`, to change (copied if shared; recorded as changed).
    pub(super) fn proforma_mut(&mut self, n: usize) -> Option<&mut RecordedProforma> {
        self.touched.proformas.insert(n);
        self.proformas.get_mut(n).map(Arc::make_mut)
    }

    /// Issued document `n`, to change (copied if shared; recorded as changed).
    pub(super) fn document_mut(&mut self, n: usize) -> Option<&mut IssuedDocument> {
        self.touched.documents.insert(n);
        self.documents.get_mut(n).map(Arc::make_mut)
    }

    /// Tracked item `n`, to change (copied if shared; recorded as changed).
    pub(super) fn track_mut(&mut self, n: usize) -> Option<&mut ItemTrack> {
        self.touched.tracking.insert(n);
        self.tracking.get_mut(n).map(Arc::make_mut)
    }

    /// Shipment `n`, to change (copied if shared; recorded as changed).
    pub(super) fn shipment_mut(&mut self, n: usize) -> Option<&mut Shipment> {
        self.touched.shipments.insert(n);
        self.shipments.get_mut(n).map(Arc::make_mut)
    }

    /// Payment `n`, to change (copied if shared; recorded as changed).
    pub(super) fn payment_mut(&mut self, n: usize) -> Option<&mut Payment> {
        self.touched.payments.insert(n);
        self.payments.get_mut(n).map(Arc::make_mut)
    }

    /// The accounts of the deal's client invoices and purchase orders: paid, credited, due.
    pub fn accounts(&self) -> Result<Vec<Account>, crate::Error> {
        ledger::accounts(self).map_err(crate::Error::Rejected)
    }

    /// The segment `id`.
    pub fn segment(&self, id: &str) -> Option<&DealSegment> {
        self.segments.iter().find(|s| s.id == id)
    }

    /// A company of the project or one that joined the deal.
    pub fn company(&self, id: &str) -> Option<&Company> {
        self.project.company(id).or_else(|| self.companies.iter().find(|c| c.id == id))
    }

    /// Adds the companies that joined the deal to `companies` (after those already there,
    /// which win by id), so documents built from the deal know the invited suppliers.
    pub fn add_companies_to(&self, companies: &mut Vec<Company>) {
        for c in &self.companies {
            if !companies.iter().any(|x| x.id == c.id) {
                companies.push(c.clone());
            }
        }
    }

    /// The deal as `deal/1` JSON.
    pub fn to_json(&self) -> Result<Vec<u8>, crate::Error> {
        serde_json::to_vec(self).map_err(|e| crate::Error::Internal(format!("serialising the deal: {e}")))
    }
}
