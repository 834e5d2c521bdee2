//! The order to the source: the deal's rule that ordering waits for the client's approval,
//! what a purchase order of a deal is built from (the accepted proforma's lines laid over the
//! segment's items; a re-order's quantities from the receipts), and the source's order
//! confirmation, reconciled against the order by the Back Office's reconciliation.

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::action::{problem, Read};
use super::inputs::DealSettings;
use super::rules;
use super::{Deal, DealSegment, DocumentStatus, IssueKind, IssuedDocument, RecordedProforma, Snapshot};
use crate::codes::Code;
use crate::docs::model::Document;
use crate::docs::settings::Settings;
use crate::model::{Company, Proforma, Project, Text};
use crate::office::reconcile::{ReconcileSettings, Reconciliation};
use crate::partners::PartnerIndex;
use crate::problem::Problem;

/// A source's confirmation of a purchase order, every version, with its reconciliation
/// against the order.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RecordedConfirmation {
    /// The purchase order it confirms.
    pub order: Text,
    /// The order's revision it was reconciled against.
    pub order_revision: u32,
    /// The segment.
    pub segment: String,
    /// The source's number.
    pub number: Text,
    /// Its version under that number, from 1.
    pub version: u32,
    /// Who recorded it (the source, or the manager for it).
    pub recorded_by: Text,
    /// When.
    pub at: Text,
    /// The version of the event that recorded it.
    pub event: u32,
    /// The confirmation as read (a `proforma/1`: the source's lines, prices and ship dates).
    #[serde(serialize_with = "crate::json::sorted")]
    pub confirmation: Proforma,
    /// Its lines against the order's.
    #[serde(serialize_with = "crate::json::sorted")]
    pub reconciliation: Reconciliation,
    /// Per item of the order: the ship date asked and the one confirmed.
    pub ship_dates: Vec<ShipDate>,
}

/// An item's ship date, asked and confirmed.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ShipDate {
    /// The project item.
    pub item: Text,
    /// The order's requested ship date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<Text>,
    /// The date the source confirmed (its line's, else its document's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<Text>,
    /// True when a date was asked and another confirmed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub changed: bool,
}

/// What a line of a proforma or an order sets on an item.
#[derive(Debug, Clone)]
pub(super) struct Terms {
    quantity: Decimal,
    unit_price: Decimal,
    currency: Text,
    discount_pct: Option<Decimal>,
    vat_pct: Option<Decimal>,
    lead_time_weeks: Option<u32>,
}

/// `project` with the segment's items as `terms` price them; an item of the segment without
/// terms is left out (it is not ordered).
fn overlay(project: &Project, segment: &DealSegment, terms: &BTreeMap<Text, Terms>) -> Project {
    super::segments::laid_over(project, segment, |item| {
        let Some(t) = terms.get(&item.id) else { return false };
        item.quantity = t.quantity;
        item.unit_price = Some(t.unit_price);
        item.currency = Some(t.currency.clone());
        item.discount_pct = t.discount_pct;
        item.vat_pct = t.vat_pct.or(item.vat_pct);
        item.lead_time_weeks = t.lead_time_weeks.or(item.lead_time_weeks);
        true
    })
}

/// The segment's accepted proforma.
pub(super) fn accepted_proforma(deal: &Deal, segment: &DealSegment) -> Result<Arc<RecordedProforma>, Vec<Problem>> {
    segment
        .accepted_proforma
        .as_ref()
        .and_then(|a| {
            deal.proformas
                .iter()
                .find(|p| p.segment == segment.id && p.number == a.number && p.version == a.version)
                .cloned()
        })
        .ok_or_else(|| {
            vec![problem(
                Code::OrderNoAcceptedProforma,
                "/segments/0",
                format!(
                    "Segment \"{}\" has no accepted proforma: record the source's proforma and accept it (accept_proforma) before ordering.",
                    segment.id
                ),
            )]
        })
}

/// The accepted proforma's terms by item, through its reconciliation (lines it adds beyond the
/// project are not ordered).
fn proforma_terms(recorded: &RecordedProforma) -> BTreeMap<Text, Terms> {
    let pf = &recorded.proforma;
    recorded
        .reconciliation
        .lines
        .iter()
        .filter_map(|l| {
            let q = pf.lines.get(l.quoted_line?)?;
            Some((
                l.item.clone()?,
                Terms {
                    quantity: q.quantity,
                    unit_price: q.unit_price,
                    currency: pf.currency.clone(),
                    discount_pct: q.discount_pct,
                    vat_pct: q.vat_pct,
                    lead_time_weeks: q.lead_time_weeks,
                },
            ))
        })
        .collect()
}

/// The purchase orders of a segment, their current revisions.
fn orders_of<'d>(deal: &'d Deal, segment: &'d str) -> impl Iterator<Item = &'d Arc<IssuedDocument>> {
    deal.documents.iter().filter(move |d| {
        d.kind == IssueKind::PurchaseOrder
            && d.status != DocumentStatus::Revised
            && d.segments.iter().any(|s| s == segment)
    })
}

/// The lines of an issued purchase order.
pub(super) fn order_lines(d: &IssuedDocument) -> Option<&crate::docs::model::PurchaseOrder> {
    match &d.document {
        Snapshot::Document(Document::PurchaseOrder(po)) => Some(po),
        _ => None,
    }
}

/// What a purchase order of the deal is built from, and the settings the proforma gives: the
/// accepted proforma's prices; its quantities on the segment's first order, the earlier
/// revision's on a revision, and what receipts marked to re-order (not yet re-ordered) on a
/// later order. The proforma's number and version are the order's `reference`; its payment
/// terms, deposit and incoterm the order's, unless the settings give them.
pub(super) fn order_basis(
    deal: &Deal,
    segment: &DealSegment,
    number: &str,
    revision: u32,
    settings: &mut Settings,
) -> Result<Project, Vec<Problem>> {
    let recorded = accepted_proforma(deal, segment)?;
    let mut terms = proforma_terms(&recorded);
    let earlier = deal.documents.iter().rev().find(|d| d.number == number && d.revision < revision).cloned();
    let quantities: Option<BTreeMap<Text, Decimal>> = if let Some(old) = earlier {
        order_lines(&old).map(|po| po.lines.iter().map(|l| (l.item.item.clone(), l.item.quantity)).collect())
    } else if orders_of(deal, &segment.id).next().is_some() {
        let pending = super::tracking::to_reorder(deal, &segment.id);
        if pending.is_empty() {
            let ordered: Vec<&str> = orders_of(deal, &segment.id).map(|d| d.number.as_str()).collect();
            return Err(vec![problem(
                Code::OrderNothingToOrder,
                "/kind",
                format!(
                    "Segment \"{}\" is ordered ({}) and no receipt marks goods to re-order: revise that order (revise_document) to change it.",
                    segment.id,
                    ordered.join(", ")
                ),
            )]);
        }
        Some(pending)
    } else {
        None
    };
    if let Some(q) = quantities {
        terms = terms
            .into_iter()
            .filter_map(|(item, t)| q.get(&item).map(|&quantity| (item, Terms { quantity, ..t })))
            .collect();
    }
    let pf = &recorded.proforma;
    if settings.reference.is_none() {
        settings.reference = Some(Text::new(format!("{} v{}", recorded.number, recorded.version)));
    }
    settings.payment_terms = settings.payment_terms.clone().or_else(|| pf.payment_terms.clone());
    settings.deposit_pct = settings.deposit_pct.or(pf.deposit_pct);
    settings.incoterm = settings.incoterm.clone().or_else(|| pf.incoterm.clone());
    if settings.ship_date.is_none() {
        settings.ship_date = pf.ship_date.clone();
    }
    Ok(overlay(&deal.project, segment, &terms))
}

/// Whether this is the segment's first order (not a re-order, not a revision).
pub(super) fn first_order(deal: &Deal, segment: &str) -> bool {
    orders_of(deal, segment).next().is_none()
}

/// With `order_requires_approval`, every item of the segment's order must be covered by a valid
/// approval of the client (and no later valid rejection).
pub(super) fn check_approved(deal: &Deal, segment: &DealSegment) -> Result<(), Vec<Problem>> {
    if !deal.settings.order_requires_approval {
        return Ok(());
    }
    let recorded = accepted_proforma(deal, segment)?;
    let approved = super::approvals::approved_items(deal);
    let missing: Vec<Text> = proforma_terms(&recorded).into_keys().filter(|i| !approved.contains(i)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(vec![problem(
        Code::OrderNotApproved,
        "/segments/0",
        format!(
            "The deal orders only what the client approved, and {} of segment \"{}\" {} no valid approval: have the client approve the current client document for {} (approve_document), or change the deal's settings.",
            missing.iter().map(Text::as_str).collect::<Vec<_>>().join(", "),
            segment.id,
            if missing.len() == 1 { "has" } else { "have" },
            if missing.len() == 1 { "it" } else { "them" },
        ),
    )])
}

/// `set_deal_settings`: the owner, or a supplier that manages a segment, sets the deal's rules.
pub(super) fn set_settings(
    deal: &mut Deal,
    who: &Company,
    settings: &Read<DealSettings>,
) -> Result<String, Vec<Problem>> {
    let settings = settings.clone()?;
    let owner = deal.project.project.owner == who.id;
    let manages = deal.segments.iter().any(|s| s.manager.as_deref() == Some(who.id.as_str()) && s.company != who.id);
    if !owner && !manages {
        return Err(vec![rules::not_owner(
            deal,
            who,
            "set the deal's rules (only the owner or a managing supplier does)",
        )]);
    }
    deal.settings = settings;
    let on = deal.settings.order_requires_approval;
    Ok(deal.lang().say(
        format!(
            "{} set the deal's rules: goods are ordered {}.",
            who.name,
            if on { "only once the client approved them" } else { "without waiting for the client's approval" }
        ),
        format!(
            "{}: правила сделки — товар заказывается {}.",
            who.name,
            if on {
                "только после согласования клиентом"
            } else {
                "без ожидания согласования клиентом"
            }
        ),
    ))
}

/// The current revision of purchase order `number`.
pub(super) fn order(deal: &Deal, number: &Text) -> Result<Arc<IssuedDocument>, Vec<Problem>> {
    let found = deal.documents.iter().rev().find(|d| d.number == *number).cloned();
    match found {
        Some(d) if d.kind == IssueKind::PurchaseOrder && d.status == DocumentStatus::Current => Ok(d),
        Some(d) if d.kind == IssueKind::PurchaseOrder => Err(vec![problem(
            Code::OrderNotAnOrder,
            "/number",
            format!("Purchase order {number} is out of date with the project: issue it anew before it is confirmed."),
        )]),
        _ => {
            let orders: Vec<&str> = deal
                .documents
                .iter()
                .filter(|d| d.kind == IssueKind::PurchaseOrder && d.revision == 1)
                .map(|d| d.number.as_str())
                .collect();
            Err(vec![problem(
                Code::OrderNotAnOrder,
                "/number",
                format!(
                    "\"{number}\" is not a purchase order of this deal; its orders are {}.",
                    if orders.is_empty() { "none yet".to_string() } else { orders.join(", ") }
                ),
            )])
        }
    }
}

/// `record_confirmation`: the source (or the manager for it) records its confirmation of
/// purchase order `number`, reconciled against the order.
pub(super) fn confirm(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    number: &Text,
    confirmation: &Read<Proforma>,
    settings: &Read<ReconcileSettings>,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let po_doc = order(deal, number)?;
    let segment_id = po_doc.segments.first().cloned().unwrap_or_default();
    let segment = rules::segment(deal, &segment_id, "/number").map_err(|p| vec![p])?.clone();
    rules::source_or_manager(deal, who, &segment, "record order confirmations", directory)?;
    let confirmation = confirmation.clone()?;
    if confirmation.segment != segment.id {
        return Err(vec![problem(
            Code::SegmentUnknown,
            "/proforma/segment",
            format!(
                "The confirmation answers segment \"{}\", but order {number} is for \"{}\".",
                confirmation.segment, segment.id
            ),
        )]);
    }
    let settings = settings.clone()?;
    let po = order_lines(&po_doc).ok_or_else(|| vec![problem(Code::Internal, "/number", "an order without lines")])?;
    let terms: BTreeMap<Text, Terms> = po
        .lines
        .iter()
        .map(|l| {
            (
                l.item.item.clone(),
                Terms {
                    quantity: l.item.quantity,
                    unit_price: l.price.unit_price,
                    currency: po.currency.clone(),
                    discount_pct: l.price.discount_pct,
                    vat_pct: l.price.vat_pct,
                    lead_time_weeks: l.lead_time_weeks,
                },
            )
        })
        .collect();
    let ordered = overlay(&deal.project, &segment, &terms);
    let reconciliation = super::back_office::reconcile_in_action(&ordered, &confirmation, &settings)?;
    let ship_dates: Vec<ShipDate> = po
        .lines
        .iter()
        .map(|l| {
            let line = reconciliation
                .lines
                .iter()
                .find(|r| r.item.as_ref() == Some(&l.item.item))
                .and_then(|r| confirmation.lines.get(r.quoted_line?));
            let confirmed = line.and_then(|q| q.ship_date.clone()).or_else(|| confirmation.ship_date.clone());
            let changed = matches!((&po.ship_date, &confirmed), (Some(a), Some(b)) if a != b);
            ShipDate { item: l.item.item.clone(), requested: po.ship_date.clone(), confirmed, changed }
        })
        .collect();
    let version = deal
        .confirmations
        .iter()
        .filter(|c| c.order == *number && c.number == confirmation.number)
        .count()
        .saturating_add(1);
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    let event = deal.version.saturating_add(1);
    let date = confirmation.date.clone();
    let dates: Vec<(&Text, Option<&Text>)> = ship_dates.iter().map(|d| (&d.item, d.confirmed.as_ref())).collect();
    super::tracking::confirmed(deal, &segment.id, &dates, &date, &confirmation.number, event);
    let counts = &reconciliation.counts;
    let (changed, missing, added) = (counts.changed, counts.missing, counts.added);
    let moved: Vec<String> = ship_dates.iter().filter(|d| d.changed).map(|d| d.item.to_string()).collect();
    let cnum = confirmation.number.clone();
    deal.confirmations.push_back(Arc::new(RecordedConfirmation {
        order: number.clone(),
        order_revision: po_doc.revision,
        segment: segment.id.clone(),
        number: cnum.clone(),
        version,
        recorded_by: who.id.clone(),
        at: at.clone(),
        event,
        confirmation,
        reconciliation,
        ship_dates,
    }));
    let dates_en =
        if moved.is_empty() { String::new() } else { format!("; ship date changed for {}", moved.join(", ")) };
    let dates_ru = if moved.is_empty() {
        String::new()
    } else {
        format!("; дата отгрузки изменена: {}", moved.join(", "))
    };
    Ok(deal.lang().say(
        format!(
            "{} recorded confirmation {cnum} of order {number}: {changed} line(s) changed, {missing} missing, {added} added{dates_en}.",
            who.name
        ),
        format!(
            "{}: получено подтверждение {cnum} к заказу {number} — изменено строк: {changed}, нет: {missing}, добавлено: {added}{dates_ru}.",
            who.name
        ),
    ))
}
