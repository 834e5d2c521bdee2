//! What each party may see of a deal (rule 4 of `roles-and-partners.md`).
//!
//! - The **client** (and an owner that is a client's account): the segments and who manages
//!   them, items without any price, the client-facing documents (client invoices, client
//!   specifications), and the events about invitations and those documents. Never a purchase
//!   price, a factory's discount, a proforma or a margin.
//! - A **designer** owner: the same, plus the project's own list prices, the requests sent and
//!   the proformas' numbers and states (not their lines or reconciliation).
//! - A **supplier**: for the segments it manages, everything (items with prices, requests,
//!   proformas with their reconciliation, its documents); for segments it is invited to, the
//!   items without prices; of the rest, only who manages what.
//! - A **factory** (or any source): its own segment only, its items, the requests sent to it,
//!   the proformas it issued (not their reconciliation), the documents addressed to it, and of
//!   the project only the delivery terms (country, region, incoterm): no client data.

use schemars::JsonSchema;
use serde::Serialize;

use super::{
    rules, Deal, DealSegment, DocumentRequest, Invitation, IssueKind, IssuedDocument, ProformaRef, ProformaStatus, Role,
};
use crate::codes::Code;
use crate::error::Error;
use crate::model::{Party, Text};
use crate::problem::Problem;
use rust_decimal::Decimal;

/// Who a view is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// The project's client.
    Client,
    /// A company of the deal.
    Company(String),
}

impl Audience {
    /// `client`, or a company id.
    pub fn parse(s: &str) -> Audience {
        if s == "client" {
            Audience::Client
        } else {
            Audience::Company(s.to_string())
        }
    }
}

/// A deal as one party may see it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "deal view")]
pub struct DealView {
    /// `client` or the company id.
    pub audience: String,
    /// The role the audience has.
    pub role: Role,
    /// The deal's version.
    pub version: u32,
    /// The project, as far as this audience may see it.
    pub project: ProjectView,
    /// The segments it may see.
    pub segments: Vec<SegmentView>,
    /// The invitations it may see.
    pub invitations: Vec<Invitation>,
    /// The requests it may see.
    pub requests: Vec<DocumentRequest>,
    /// The proformas it may see.
    pub proformas: Vec<ProformaView>,
    /// The documents it may see.
    pub documents: Vec<IssuedDocument>,
    /// The client's approvals of the documents it may see.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvals: Vec<super::Approval>,
    /// The deal's rules, once set.
    #[serde(default, skip_serializing_if = "super::DealSettings::is_default")]
    pub settings: super::DealSettings,
    /// The order confirmations (to the segment's manager and source: they carry the source's
    /// prices).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirmations: Vec<super::RecordedConfirmation>,
    /// Where the ordered goods are, for the segments it may see (no price).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracking: Vec<super::ItemTrack>,
    /// The shipments and their receipts, for the segments it may see (no price).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shipments: Vec<super::Shipment>,
    /// Its payments: the client's own, a source's own, and those a supplier recorded or that
    /// settle its segments' documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub payments: Vec<super::Payment>,
    /// The accounts (paid, credited, due, instalments) of the client invoices and purchase
    /// orders it may see.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<super::Account>,
    /// The events it may see: who, what, when, the sentence.
    pub events: Vec<EventView>,
}

/// The project in a view.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProjectView {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
    /// Owner's company id.
    pub owner: Text,
    /// Currency of client-facing totals.
    pub currency: Text,
    /// The client (not shown to sources).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client: Option<Party>,
    /// Delivery: for sources only the terms (country, region, incoterm), not the address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<DeliveryView>,
}

/// Where and on what terms the goods go.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DeliveryView {
    /// Street address (not shown to sources).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    /// ISO 3166-1 alpha-2 country.
    pub country: Text,
    /// ISO 3166-2 subdivision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Text>,
    /// Incoterms 2020 rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
}

/// A segment in a view.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SegmentView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Source or manufacturer.
    pub company: Text,
    /// Who manages it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<Text>,
    /// Whether it still needs a supplier.
    pub needs_supplier: bool,
    /// False once a re-segmenting removed it.
    pub active: bool,
    /// Its items (empty when the audience may not see them).
    pub items: Vec<ItemView>,
    /// The accepted proforma (to its manager and source).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_proforma: Option<ProformaRef>,
}

/// An item in a view.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ItemView {
    /// Id.
    pub id: Text,
    /// Article.
    pub sku: Text,
    /// Name.
    pub name: Text,
    /// Quantity.
    pub quantity: Decimal,
    /// Unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// The source's price (to those who trade in it and the owner).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Decimal>,
    /// Its currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// The source's discount (to those who trade in it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
    /// What the accepted proforma quotes for it: the purchase price the Front Office builds on
    /// (to the segment's manager).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchase: Option<Purchase>,
}

/// An item's line in the accepted proforma.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Purchase {
    /// The proforma's number.
    pub proforma: Text,
    /// Quantity quoted.
    pub quantity: Decimal,
    /// Unit price quoted.
    pub unit_price: Decimal,
    /// Discount quoted, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
    /// The line's net.
    pub net: Decimal,
    /// The proforma's currency.
    pub currency: Text,
}

/// A proforma in a view.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProformaView {
    /// Segment.
    pub segment: String,
    /// Number.
    pub number: Text,
    /// Version.
    pub version: u32,
    /// State.
    pub status: ProformaStatus,
    /// When recorded.
    pub at: Text,
    /// The proforma itself (to its manager and its issuer).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::json::sorted")]
    pub proforma: Option<crate::model::Proforma>,
    /// Its reconciliation (to its manager).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::json::sorted")]
    pub reconciliation: Option<crate::office::reconcile::Reconciliation>,
}

/// An event in a view.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EventView {
    /// Version it made.
    pub version: u32,
    /// Who.
    pub actor: Text,
    /// What.
    pub action: Text,
    /// When.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<Text>,
    /// The sentence.
    pub summary: String,
}

/// What one audience may see of each thing.
struct Sight<'d> {
    deal: &'d Deal,
    id: String,
    role: Role,
    owner: bool,
}

impl Sight<'_> {
    fn manages(&self, s: &DealSegment) -> bool {
        s.manager.as_deref() == Some(self.id.as_str()) && s.company != self.id
    }
    fn is_source(&self, s: &DealSegment) -> bool {
        s.company == self.id
    }
    fn invited(&self, s: &DealSegment) -> bool {
        self.deal.invitations.iter().any(|i| i.segment == s.id && i.supplier == self.id && i.status.is_open())
    }
    fn non_trading(&self) -> bool {
        matches!(self.role, Role::Client | Role::Designer)
    }
    fn sees_segment(&self, s: &DealSegment) -> bool {
        self.owner || self.non_trading() || self.role == Role::Supplier || self.is_source(s)
    }
    fn segment_id(&self, id: &str) -> Option<&DealSegment> {
        self.deal.segment(id)
    }
    fn trades_in(&self, id: &str) -> bool {
        self.segment_id(id).is_some_and(|s| self.manages(s))
    }
    fn is_source_of(&self, id: &str) -> bool {
        self.segment_id(id).is_some_and(|s| self.is_source(s))
    }
    fn sees_approval(&self, a: &super::Approval) -> bool {
        self.deal.documents.iter().any(|d| d.number == a.document && d.revision == a.revision && self.sees_document(d))
    }
    fn sees_document(&self, d: &IssuedDocument) -> bool {
        let for_client = matches!(d.kind, IssueKind::ClientInvoice | IssueKind::CreditNote)
            || (d.kind == IssueKind::Specification && !d.settings.as_ref().is_some_and(|s| s.for_suppliers()));
        let mine = d.issued_by == self.id || d.segments.iter().any(|s| self.trades_in(s));
        let to_source =
            matches!(d.kind, IssueKind::ProformaRequest | IssueKind::PackingList | IssueKind::PurchaseOrder)
                && d.segments.iter().any(|s| self.is_source_of(s));
        match self.role {
            Role::Client => for_client,
            Role::Designer => for_client || mine,
            _ => mine || to_source || (self.owner && for_client),
        }
    }
}

/// The project as a segment's source may see it: no client, and of the delivery only the
/// terms (country, region, incoterm), not the address. Documents addressed to a source are
/// built from it, so they cannot carry client data.
pub(crate) fn project_for_source(project: &crate::model::Project) -> crate::model::Project {
    let mut p = project.clone();
    p.project.client = None;
    if let Some(d) = p.project.delivery.as_mut() {
        d.address = Text::default();
    }
    p
}

/// What `audience` may see of `deal`; someone outside the deal is refused
/// (`forbidden.not_participant`).
fn sight<'d>(deal: &'d Deal, audience: &Audience) -> Result<Sight<'d>, Error> {
    match audience {
        Audience::Client => Ok(Sight { deal, id: "client".into(), role: Role::Client, owner: false }),
        Audience::Company(id) => {
            let Some(c) = deal.company(id).filter(|_| rules::participates(deal, id)) else {
                return Err(Error::Rejected(vec![Problem {
                    input: Some(crate::problem::Input::Audience),
                    ..Problem::new(
                        Code::ForbiddenNotParticipant,
                        "",
                        format!(
                            "\"{id}\" takes no part in the deal of project {}: it may see nothing of it.",
                            deal.project.project.id
                        ),
                    )
                }]));
            };
            Ok(Sight { deal, id: id.clone(), role: Role::of(c.kind), owner: deal.project.project.owner == *id })
        }
    }
}

/// Refuses an audience outside the deal, as its view does.
pub(super) fn admit(deal: &Deal, audience: &Audience) -> Result<(), Error> {
    sight(deal, audience).map(|_| ())
}

/// Whether `audience` may see issued document `d` (what its view lists).
pub(super) fn sees_document(deal: &Deal, audience: &Audience, d: &IssuedDocument) -> bool {
    sight(deal, audience).is_ok_and(|s| s.sees_document(d))
}

/// The view of `deal` that `audience` may see; someone outside the deal is refused.
pub fn view(deal: &Deal, audience: &Audience) -> Result<DealView, Error> {
    let sight = sight(deal, audience)?;
    let for_source;
    let is_source_only = sight.role == Role::Factory
        || (!sight.owner
            && deal.segments.iter().any(|s| sight.is_source(s))
            && !deal.segments.iter().any(|s| sight.manages(s)));
    let p = if is_source_only {
        for_source = project_for_source(&deal.project);
        &for_source.project
    } else {
        &deal.project.project
    };
    let delivery = p.delivery.as_ref().map(|d| DeliveryView {
        address: Some(d.address.clone()).filter(|a| !a.is_empty()),
        country: d.country.clone(),
        region: d.region.clone(),
        incoterm: d.incoterm.clone(),
    });
    let project = ProjectView {
        id: p.id.clone(),
        name: p.name.clone(),
        owner: p.owner.clone(),
        currency: p.currency.clone(),
        client: p.client.clone(),
        delivery,
    };
    let segments = deal
        .segments
        .iter()
        .filter(|s| if is_source_only { sight.is_source(s) } else { sight.sees_segment(s) })
        .map(|s| {
            let trades = sight.manages(s) || sight.is_source(s);
            let list_prices = trades || sight.role == Role::Designer && sight.owner;
            let items_shown = trades || sight.owner || sight.non_trading() || sight.invited(s);
            SegmentView {
                id: s.id.clone(),
                name: s.name.clone(),
                company: s.company.clone(),
                manager: s.manager.clone(),
                needs_supplier: s.needs_supplier,
                active: s.active,
                items: if items_shown { items(deal, s, list_prices, trades, sight.manages(s)) } else { Vec::new() },
                accepted_proforma: if trades { s.accepted_proforma.clone() } else { None },
            }
        })
        .collect();
    let invitations = deal
        .invitations
        .iter()
        .filter(|i| sight.owner || sight.non_trading() || i.supplier == sight.id)
        .map(|i| Invitation::clone(i))
        .collect();
    let requests = deal
        .requests
        .iter()
        .filter(|r| {
            sight.role != Role::Client
                && (sight.owner || r.from == sight.id || r.to == sight.id || sight.trades_in(&r.segment))
        })
        .map(|r| DocumentRequest::clone(r))
        .collect();
    let proformas = deal
        .proformas
        .iter()
        .filter(|_| sight.role != Role::Client)
        .filter_map(|f| {
            let manager = sight.trades_in(&f.segment);
            let issuer = f.proforma.issuer == sight.id;
            (manager || issuer || sight.owner).then(|| ProformaView {
                segment: f.segment.clone(),
                number: f.number.clone(),
                version: f.version,
                status: f.status,
                at: f.at.clone(),
                proforma: (manager || issuer).then(|| f.proforma.clone()),
                reconciliation: manager.then(|| f.reconciliation.clone()),
            })
        })
        .collect();
    let documents: Vec<IssuedDocument> = deal
        .documents
        .iter()
        .filter(|d| sight.sees_document(d))
        .map(|d| {
            let own = d.issued_by == sight.id || d.segments.iter().any(|s| sight.trades_in(s));
            IssuedDocument { settings: if own { d.settings.clone() } else { None }, ..IssuedDocument::clone(d) }
        })
        .collect();
    let approvals =
        deal.approvals.iter().filter(|a| sight.sees_approval(a)).map(|a| super::Approval::clone(a)).collect();
    let sees = |segment: &str| {
        deal.segment(segment).is_some_and(|s| if is_source_only { sight.is_source(s) } else { sight.sees_segment(s) })
    };
    let confirmations = deal
        .confirmations
        .iter()
        .filter(|c| sight.trades_in(&c.segment) || sight.is_source_of(&c.segment))
        .map(|c| super::RecordedConfirmation::clone(c))
        .collect();
    let tracking = deal.tracking.iter().filter(|t| sees(&t.segment)).map(|t| super::ItemTrack::clone(t)).collect();
    let shipments = deal.shipments.iter().filter(|t| sees(&t.segment)).map(|t| super::Shipment::clone(t)).collect();
    let payments = deal
        .payments
        .iter()
        .filter(|p| p.party == sight.id || p.recorded_by == sight.id || p.segments.iter().any(|s| sight.trades_in(s)))
        .map(|p| super::Payment::clone(p))
        .collect();
    let accounts = super::ledger::accounts(deal)
        .map_err(Error::Rejected)?
        .into_iter()
        .filter(|a| {
            deal.documents.iter().rev().find(|d| d.number == a.document).is_some_and(|d| sight.sees_document(d))
        })
        .collect();
    let events = deal
        .events
        .iter()
        .filter(|e| sees_event(&sight, deal, e))
        .map(|e| EventView {
            version: e.version,
            actor: e.actor.clone(),
            action: e.action.clone(),
            at: e.at.clone(),
            summary: e.summary.clone(),
        })
        .collect();
    Ok(DealView {
        audience: sight.id.clone(),
        role: sight.role,
        version: deal.version,
        project,
        segments,
        invitations,
        requests,
        proformas,
        documents,
        approvals,
        settings: deal.settings.clone(),
        confirmations,
        tracking,
        shipments,
        payments,
        accounts,
        events,
    })
}

/// The accepted proforma's line for `item`, through its reconciliation.
fn purchase(deal: &Deal, s: &DealSegment, item: &str) -> Option<Purchase> {
    let accepted = s.accepted_proforma.as_ref()?;
    let recorded = deal
        .proformas
        .iter()
        .find(|p| p.segment == s.id && p.number == accepted.number && p.version == accepted.version)?;
    let line = recorded.reconciliation.lines.iter().find(|l| l.item.as_deref() == Some(item))?;
    let quoted = recorded.proforma.lines.get(line.quoted_line?)?;
    Some(Purchase {
        proforma: recorded.number.clone(),
        quantity: quoted.quantity,
        unit_price: quoted.unit_price,
        discount_pct: quoted.discount_pct,
        net: line.quoted.as_ref()?.net,
        currency: recorded.proforma.currency.clone(),
    })
}

/// A segment's items: list prices when `list_prices`, the discount when `trades`, the accepted
/// proforma's line when `manages`.
fn items(deal: &Deal, s: &DealSegment, list_prices: bool, trades: bool, manages: bool) -> Vec<ItemView> {
    s.items
        .iter()
        .filter_map(|id| deal.project.items.iter().find(|i| i.id == *id))
        .map(|i| ItemView {
            id: i.id.clone(),
            sku: i.sku.clone(),
            name: i.name.clone(),
            quantity: i.quantity,
            unit: i.unit.clone(),
            unit_price: i.unit_price.filter(|_| list_prices),
            currency: i.currency.clone().filter(|_| list_prices),
            discount_pct: i.discount_pct.filter(|_| trades),
            purchase: if manages { purchase(deal, s, &i.id) } else { None },
        })
        .collect()
}

/// Whether an event's sentence is for this audience: the client and a designer see the
/// invitations, the opening, re-segmenting and the documents they may see; a trading party
/// sees its own actions and those on its segments.
fn sees_event(sight: &Sight<'_>, deal: &Deal, e: &super::Event) -> bool {
    let action = e.action.as_str();
    let about = &e.about.segments;
    let approval = || deal.approvals.iter().filter(|a| a.event == e.version).any(|a| sight.sees_approval(a));
    let document =
        || deal.documents.iter().filter(|d| d.event == e.version).any(|d| sight.sees_document(d)) || approval();
    match sight.role {
        Role::Client | Role::Designer => {
            matches!(
                action,
                "open"
                    | "invite_supplier"
                    | "accept_invitation"
                    | "decline_invitation"
                    | "withdraw_invitation"
                    | "resegment"
            ) || (sight.role == Role::Designer && action == "request_documents")
                || document()
        }
        _ => {
            e.actor == sight.id
                || approval()
                || (sight.owner && action != "record_proforma")
                || about.iter().any(|s| sight.trades_in(s))
                || (action == "request_documents" && about.iter().any(|s| sight.is_source_of(s)))
                || (action == "invite_supplier" && e.about.supplier.as_deref() == Some(sight.id.as_str()))
        }
    }
}
