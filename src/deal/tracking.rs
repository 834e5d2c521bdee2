//! Tracking the goods after the order: each ordered item's state with its dates (ordered,
//! confirmed, in production, ready, shipped, received, delivered, installed; backordered and
//! cancelled quantities), shipments that carry some of the order (each with its packing
//! list), and receipts that record what arrived, short or damaged and what is re-ordered.

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::action::{bad_date, problem};
use super::inputs::{ItemState, QuantityLine, ReceiptInput, ReceiptLine, ShipmentInput, TrackUpdate};
use super::{rules, Deal};
use crate::codes::Code;
use crate::model::{Company, Text};
use crate::money::{exact_add, exact_sub};
use crate::partners::PartnerIndex;
use crate::problem::Problem;

/// The state in Russian, for summaries.
fn ru(state: ItemState) -> &'static str {
    match state {
        ItemState::Ordered => "заказан",
        ItemState::Confirmed => "подтверждён",
        ItemState::InProduction => "в производстве",
        ItemState::Ready => "готов к отгрузке",
        ItemState::Shipped => "отгружен",
        ItemState::Received => "получен",
        ItemState::Delivered => "доставлен",
        ItemState::Installed => "установлен",
        ItemState::Backordered => "ждёт поступления",
        ItemState::Cancelled => "отменён",
    }
}

/// States recorded by their own action, never set by `track_items`.
fn by_action(state: ItemState) -> Option<&'static str> {
    match state {
        ItemState::Ordered => Some("issuing a purchase order"),
        ItemState::Confirmed => Some("record_confirmation"),
        ItemState::Shipped => Some("record_shipment"),
        ItemState::Received => Some("record_receipt"),
        _ => None,
    }
}

/// One ordered item's life after the order.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ItemTrack {
    /// The project item.
    pub item: Text,
    /// Its segment.
    pub segment: String,
    /// Its latest state.
    pub state: ItemState,
    /// Units on the segment's first order.
    pub ordered: Decimal,
    /// Units on re-orders.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub reordered: Decimal,
    /// Units that will not come.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub cancelled: Decimal,
    /// Units waiting for stock.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub backordered: Decimal,
    /// When the backordered units are expected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Text>,
    /// The ship date the source confirmed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed_ship_date: Option<Text>,
    /// Units shipped.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub shipped: Decimal,
    /// Units that arrived whole.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub received: Decimal,
    /// Units shipped that did not arrive.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub short: Decimal,
    /// Units that arrived damaged.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub damaged: Decimal,
    /// Units receipts marked to order again.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub to_reorder: Decimal,
    /// Every state it reached, oldest first.
    pub history: Vec<StateChange>,
}

impl ItemTrack {
    /// Units still to ship: ordered + re-ordered − cancelled − shipped.
    pub fn open(&self) -> Option<Decimal> {
        exact_sub(exact_sub(exact_add(self.ordered, self.reordered)?, self.cancelled)?, self.shipped)
    }
}

/// A state an item reached.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct StateChange {
    /// The state.
    pub state: ItemState,
    /// When, as the host or the document says.
    pub date: Text,
    /// The version of the event that recorded it.
    pub event: u32,
    /// How many units, when not all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Decimal>,
    /// The order, confirmation or shipment that recorded it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
    /// A note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Goods that left the source together.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Shipment {
    /// Its id (the host's, else `SHP-1`, `SHP-2`, …).
    pub id: Text,
    /// The segment.
    pub segment: String,
    /// When it left.
    pub date: Text,
    /// The carrier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier: Option<Text>,
    /// The carrier's tracking reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking: Option<Text>,
    /// What it carries.
    pub lines: Vec<QuantityLine>,
    /// The number of its packing list, issued with it.
    pub packing_list: Text,
    /// Who recorded it.
    pub recorded_by: Text,
    /// When.
    pub at: Text,
    /// The version of the event that recorded it.
    pub event: u32,
    /// What arrived, once recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<Receipt>,
}

/// What arrived of a shipment.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Receipt {
    /// When it arrived.
    pub date: Text,
    /// Per item: received, short, damaged, re-ordered.
    pub lines: Vec<ReceiptLine>,
    /// Who recorded it.
    pub recorded_by: Text,
    /// When.
    pub at: Text,
    /// The version of the event that recorded it.
    pub event: u32,
}

/// A quantity that passed 28 digits.
fn too_large(path: &str) -> Vec<Problem> {
    vec![problem(Code::TrackingQuantity, path, "The quantities add up past 28 digits; check them.")]
}

/// The tracked items of `segment` by item, their indexes in the deal's tracking: made once per
/// action, so that an action's lines cost a look-up each, not a scan.
fn index(deal: &Deal, segment: &str) -> BTreeMap<Text, usize> {
    deal.tracking.iter().enumerate().filter(|(_, t)| t.segment == segment).map(|(n, t)| (t.item.clone(), n)).collect()
}

fn change(state: ItemState, date: &Text, event: u32) -> StateChange {
    StateChange { state, date: date.clone(), event, quantity: None, reference: None, note: None }
}

/// Issuing purchase order `number` puts its lines on order: on the segment's first order
/// their `ordered` units, on a re-order their `reordered` ones.
pub(super) fn ordered(
    deal: &mut Deal,
    segment: &str,
    number: &Text,
    lines: &[(Text, Decimal)],
    date: &Text,
    event: u32,
) -> Result<(), Vec<Problem>> {
    let mut at = index(deal, segment);
    for (item, quantity) in lines {
        let entry = StateChange {
            quantity: Some(*quantity),
            reference: Some(number.clone()),
            ..change(ItemState::Ordered, date, event)
        };
        match at.get(item).copied() {
            Some(n) => {
                let t = deal.track_mut(n).ok_or_else(|| too_large("/number"))?;
                t.reordered = exact_add(t.reordered, *quantity).ok_or_else(|| too_large("/number"))?;
                t.state = ItemState::Ordered;
                t.history.push(entry);
            }
            None => {
                at.insert(item.clone(), deal.tracking.len());
                deal.tracking.push_back(Arc::new(ItemTrack {
                    item: item.clone(),
                    segment: segment.to_string(),
                    state: ItemState::Ordered,
                    ordered: *quantity,
                    reordered: Decimal::ZERO,
                    cancelled: Decimal::ZERO,
                    backordered: Decimal::ZERO,
                    expected: None,
                    confirmed_ship_date: None,
                    shipped: Decimal::ZERO,
                    received: Decimal::ZERO,
                    short: Decimal::ZERO,
                    damaged: Decimal::ZERO,
                    to_reorder: Decimal::ZERO,
                    history: vec![entry],
                }));
            }
        }
    }
    Ok(())
}

/// Confirmation `number` confirmed its items on `date`, each to ship on its date (item and
/// confirmed ship date).
pub(super) fn confirmed(
    deal: &mut Deal,
    segment: &str,
    ship_dates: &[(&Text, Option<&Text>)],
    date: &Text,
    number: &Text,
    event: u32,
) {
    let at = index(deal, segment);
    for &(item, ship_date) in ship_dates {
        if let Some(t) = at.get(item).and_then(|&n| deal.track_mut(n)) {
            t.state = ItemState::Confirmed;
            t.confirmed_ship_date = ship_date.cloned().or_else(|| t.confirmed_ship_date.clone());
            t.history
                .push(StateChange { reference: Some(number.clone()), ..change(ItemState::Confirmed, date, event) });
        }
    }
}

/// What receipts of `segment` marked to re-order and no re-order took yet, by item.
pub(super) fn to_reorder(deal: &Deal, segment: &str) -> BTreeMap<Text, Decimal> {
    deal.tracking
        .iter()
        .filter(|t| t.segment == segment)
        .filter_map(|t| {
            // Every re-order answers a receipt's `reorder`: what is left waits for the next.
            let pending = exact_sub(t.to_reorder, t.reordered)?;
            (pending > Decimal::ZERO).then(|| (t.item.clone(), pending))
        })
        .collect()
}

/// `track_items`: the manager (any state set by hand), the source (in production, ready,
/// backordered) or the owner (delivered, installed) records where items are.
pub(super) fn track(
    deal: &mut Deal,
    who: &Company,
    segment: &Text,
    updates: &[TrackUpdate],
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let segment = rules::segment(deal, segment, "/segment").map_err(|p| vec![p])?.clone();
    let manager = segment.manager.as_deref() == Some(who.id.as_str());
    let source = segment.company == who.id;
    let owner = deal.project.project.owner == who.id;
    if !manager && !source && !owner {
        return Err(vec![rules::not_manager(deal, who, &segment, "track its goods", "/actor", directory)]);
    }
    let event = deal.version.saturating_add(1);
    let tracked = index(deal, &segment.id);
    let mut problems = Vec::new();
    for (i, u) in updates.iter().enumerate() {
        let at = format!("/updates/{i}");
        if let Some(action) = by_action(u.state) {
            problems.push(problem(
                Code::TrackingStateByAction,
                format!("{at}/state"),
                format!("\"{}\" is recorded by {action}, not set by hand.", u.state.as_str()),
            ));
            continue;
        }
        let allowed = manager
            || (source && matches!(u.state, ItemState::InProduction | ItemState::Ready | ItemState::Backordered))
            || (owner && matches!(u.state, ItemState::Delivered | ItemState::Installed));
        if !allowed {
            problems.push(problem(
                Code::ForbiddenNotManager,
                format!("{at}/state"),
                format!(
                    "{} may not mark goods \"{}\": the segment's manager records every state; the source records in_production, ready and backordered; the owner delivered and installed.",
                    who.name,
                    u.state.as_str()
                ),
            ));
            continue;
        }
        problems.extend(bad_date(&u.date, format!("{at}/date")));
        problems.extend(u.expected.as_ref().and_then(|e| bad_date(e, format!("{at}/expected"))));
        let Some(&n) = tracked.get(&u.item) else {
            problems.push(unknown_item(deal, &segment.id, &u.item, format!("{at}/item")));
            continue;
        };
        if problems.is_empty() {
            let t = deal.track_mut(n).ok_or_else(|| too_large(&at))?;
            let open = t.open().ok_or_else(|| too_large(&at))?;
            let mut units = u.quantity;
            match u.state {
                ItemState::Cancelled => {
                    let q = u.quantity.unwrap_or(open);
                    if q > open {
                        problems.push(problem(
                            Code::TrackingQuantity,
                            format!("{at}/quantity"),
                            format!("Item \"{}\" has {open} unit(s) still to ship; {q} cannot be cancelled.", u.item),
                        ));
                        continue;
                    }
                    t.cancelled = exact_add(t.cancelled, q).ok_or_else(|| too_large(&at))?;
                    units = Some(q);
                }
                ItemState::Backordered => {
                    let q = u.quantity.unwrap_or(open);
                    if q > open {
                        problems.push(problem(
                            Code::TrackingQuantity,
                            format!("{at}/quantity"),
                            format!("Item \"{}\" has {open} unit(s) still to ship; {q} cannot wait for stock.", u.item),
                        ));
                        continue;
                    }
                    t.backordered = q;
                    t.expected = u.expected.clone();
                    units = Some(q);
                }
                _ => {}
            }
            t.state = u.state;
            t.history.push(StateChange { quantity: units, note: u.note.clone(), ..change(u.state, &u.date, event) });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let said = |russian: bool| {
        updates
            .iter()
            .map(|u| {
                let state = if russian { ru(u.state).to_string() } else { u.state.as_str().replace('_', " ") };
                match u.quantity {
                    Some(q) => format!("{} {state} ({q})", u.item),
                    None => format!("{} {state}", u.item),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(deal.lang().say(
        format!("{} tracked {}: {}.", who.name, segment.name, said(false)),
        format!("{}: статус товаров {} — {}.", who.name, segment.name, said(true)),
    ))
}

fn unknown_item(deal: &Deal, segment: &str, item: &str, path: String) -> Problem {
    let on: Vec<&str> = deal.tracking.iter().filter(|t| t.segment == segment).map(|t| t.item.as_str()).collect();
    problem(
        Code::TrackingUnknownItem,
        path,
        format!(
            "Item \"{item}\" is on no order of segment \"{segment}\"; its ordered items are {}.",
            if on.is_empty() { "none yet (issue a purchase_order first)".to_string() } else { on.join(", ") }
        ),
    )
}

/// `record_shipment`: the source (or the manager) records goods that left, and the packing
/// list of what they carry is issued with them.
pub(super) fn ship(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    segment: &Text,
    shipment: &ShipmentInput,
    directory: Option<&PartnerIndex>,
) -> Result<(String, Text), Vec<Problem>> {
    let segment = rules::segment(deal, segment, "/segment").map_err(|p| vec![p])?.clone();
    rules::source_or_manager(deal, who, &segment, "record its shipments", directory)?;
    let mut problems = Vec::new();
    problems.extend(bad_date(&shipment.date, "/shipment/date"));
    let id =
        shipment.id.clone().unwrap_or_else(|| Text::new(format!("SHP-{}", deal.shipments.len().saturating_add(1))));
    if deal.shipments.iter().any(|s| s.id == id) {
        problems.push(problem(
            Code::DealNumberTaken,
            "/shipment/id",
            format!("Shipment {id} is already recorded in this deal; give this one another `id`."),
        ));
    }
    let tracked = index(deal, &segment.id);
    let mut seen: BTreeMap<&str, Decimal> = BTreeMap::new();
    for (i, l) in shipment.lines.iter().enumerate() {
        let path = format!("/shipment/lines/{i}");
        let Some(t) = tracked.get(&l.item).and_then(|&n| deal.tracking.get(n)) else {
            problems.push(unknown_item(deal, &segment.id, &l.item, format!("{path}/item")));
            continue;
        };
        let before = seen.get(l.item.as_str()).copied().unwrap_or(Decimal::ZERO);
        let total = exact_add(before, l.quantity).ok_or_else(|| too_large(&path))?;
        seen.insert(l.item.as_str(), total);
        let open = t.open().ok_or_else(|| too_large(&path))?;
        if total > open {
            problems.push(problem(
                Code::TrackingQuantity,
                format!("{path}/quantity"),
                format!(
                    "Item \"{}\" has {open} unit(s) still to ship (ordered {}, re-ordered {}, cancelled {}, shipped {}); {total} cannot leave.",
                    l.item, t.ordered, t.reordered, t.cancelled, t.shipped
                ),
            ));
        }
    }
    if shipment.lines.is_empty() {
        problems.push(problem(Code::FieldMissing, "/shipment/lines", "A shipment carries at least one line."));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let event = deal.version.saturating_add(1);
    for l in &shipment.lines {
        if let Some(t) = tracked.get(&l.item).and_then(|&n| deal.track_mut(n)) {
            t.shipped = exact_add(t.shipped, l.quantity).ok_or_else(|| too_large("/shipment/lines"))?;
            t.backordered = Decimal::ZERO.max(exact_sub(t.backordered, l.quantity).unwrap_or(Decimal::ZERO));
            t.state = ItemState::Shipped;
            t.history.push(StateChange {
                quantity: Some(l.quantity),
                reference: Some(id.clone()),
                ..change(ItemState::Shipped, &shipment.date, event)
            });
        }
    }
    let summary_lines: Vec<String> = shipment.lines.iter().map(|l| format!("{} × {}", l.item, l.quantity)).collect();
    let carrier = shipment.carrier.as_ref().map(|c| format!(" by {c}")).unwrap_or_default();
    deal.shipments.push_back(Arc::new(Shipment {
        id: id.clone(),
        segment: segment.id.clone(),
        date: shipment.date.clone(),
        carrier: shipment.carrier.clone(),
        tracking: shipment.tracking.clone(),
        lines: shipment.lines.clone(),
        packing_list: Text::default(),
        recorded_by: who.id.clone(),
        at: at.clone(),
        event,
        receipt: None,
    }));
    let summary = deal.lang().say(
        format!("{} shipped {id}{carrier} for {}: {}", who.name, segment.name, summary_lines.join(", ")),
        format!("{}: отгрузка {id} — {}: {}", who.name, segment.name, summary_lines.join(", ")),
    );
    Ok((summary, id))
}

/// The shipment whose packing list is `number`, its lines: what that packing list is built from.
pub(super) fn shipment_lines(deal: &Deal, number: &str) -> Option<Vec<QuantityLine>> {
    deal.shipments.iter().find(|s| s.packing_list == number).map(|s| s.lines.clone())
}

/// The project with the segment's items at a shipment's quantities; those it does not carry
/// are left out.
pub(super) fn shipment_basis(
    project: &crate::model::Project,
    segment: &super::DealSegment,
    lines: &[QuantityLine],
) -> Result<crate::model::Project, Vec<Problem>> {
    let mut by_item: BTreeMap<&Text, Decimal> = BTreeMap::new();
    for l in lines {
        let q = by_item.get(&l.item).copied().unwrap_or(Decimal::ZERO);
        by_item.insert(&l.item, exact_add(q, l.quantity).ok_or_else(|| too_large("/shipment/lines"))?);
    }
    Ok(super::segments::laid_over(project, segment, |item| by_item.get(&item.id).map(|q| item.quantity = *q).is_some()))
}

/// Sets the packing list number of the shipment just recorded.
pub(super) fn set_packing_list(deal: &mut Deal, id: &Text, number: &Text) {
    if let Some(n) = deal.shipments.iter().position(|s| s.id == *id) {
        if let Some(s) = deal.shipment_mut(n) {
            s.packing_list = number.clone();
        }
    }
}

/// `record_receipt`: the manager (or the owner) records what arrived of shipment `number`.
pub(super) fn receive(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    number: &Text,
    receipt: &ReceiptInput,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let Some(n) = deal.shipments.iter().position(|s| s.id == *number) else {
        let known: Vec<&str> = deal.shipments.iter().map(|s| s.id.as_str()).collect();
        return Err(vec![problem(
            Code::ShipmentUnknown,
            "/number",
            format!(
                "No shipment \"{number}\" is recorded in this deal; its shipments are {}.",
                if known.is_empty() { "none yet".to_string() } else { known.join(", ") }
            ),
        )]);
    };
    let shipment = deal.shipments.get(n).cloned().ok_or_else(|| too_large("/number"))?;
    let segment = rules::segment(deal, &shipment.segment, "/number").map_err(|p| vec![p])?.clone();
    let manager = segment.manager.as_deref() == Some(who.id.as_str());
    let owner = deal.project.project.owner == who.id;
    if !manager && !owner {
        return Err(vec![rules::not_manager(deal, who, &segment, "record what arrived", "/actor", directory)]);
    }
    if let Some(r) = &shipment.receipt {
        return Err(vec![problem(
            Code::ShipmentReceived,
            "/number",
            format!("Shipment {number}'s receipt was recorded on {} (event {}); it is recorded once.", r.date, r.event),
        )]);
    }
    let mut problems = Vec::new();
    problems.extend(bad_date(&receipt.date, "/receipt/date"));
    let mut shipped: BTreeMap<&Text, Decimal> = BTreeMap::new();
    for l in &shipment.lines {
        let q = shipped.get(&l.item).copied().unwrap_or(Decimal::ZERO);
        shipped.insert(&l.item, exact_add(q, l.quantity).ok_or_else(|| too_large("/number"))?);
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, l) in receipt.lines.iter().enumerate() {
        let path = format!("/receipt/lines/{i}");
        let Some(&q) = shipped.get(&l.item) else {
            problems.push(problem(
                Code::TrackingUnknownItem,
                format!("{path}/item"),
                format!(
                    "Item \"{}\" is not in shipment {number}; it carries {}.",
                    l.item,
                    shipped.keys().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")
                ),
            ));
            continue;
        };
        if !seen.insert(&l.item) {
            problems.push(problem(
                Code::TrackingQuantity,
                format!("{path}/item"),
                format!("Item \"{}\" is named twice.", l.item),
            ));
            continue;
        }
        let accounted = exact_add(exact_add(l.received, l.short).ok_or_else(|| too_large(&path))?, l.damaged)
            .ok_or_else(|| too_large(&path))?;
        if accounted != q {
            problems.push(problem(
                Code::TrackingQuantity,
                path.clone(),
                format!(
                    "Item \"{}\": received {} + short {} + damaged {} = {accounted}, but {q} were shipped; account for every unit.",
                    l.item, l.received, l.short, l.damaged
                ),
            ));
        }
        let lost = exact_add(l.short, l.damaged).ok_or_else(|| too_large(&path))?;
        if l.reorder > lost {
            problems.push(problem(
                Code::TrackingQuantity,
                format!("{path}/reorder"),
                format!("Item \"{}\": {} to re-order, but only {lost} are short or damaged.", l.item, l.reorder),
            ));
        }
    }
    for item in shipped.keys().filter(|k| !seen.contains(*k)) {
        problems.push(problem(
            Code::TrackingQuantity,
            "/receipt/lines",
            format!("Item \"{item}\" was shipped in {number} and the receipt does not say what arrived of it."),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let event = deal.version.saturating_add(1);
    let tracked = index(deal, &segment.id);
    for l in &receipt.lines {
        if let Some(t) = tracked.get(&l.item).and_then(|&n| deal.track_mut(n)) {
            let add = |a: Decimal, b: Decimal| exact_add(a, b).ok_or_else(|| too_large("/receipt/lines"));
            t.received = add(t.received, l.received)?;
            t.short = add(t.short, l.short)?;
            t.damaged = add(t.damaged, l.damaged)?;
            t.to_reorder = add(t.to_reorder, l.reorder)?;
            if !l.received.is_zero() {
                t.state = ItemState::Received;
            }
            t.history.push(StateChange {
                quantity: Some(l.received),
                reference: Some(number.clone()),
                note: l.note.clone(),
                ..change(ItemState::Received, &receipt.date, event)
            });
        }
    }
    let lost = || receipt.lines.iter().filter(|l| !l.short.is_zero() || !l.damaged.is_zero());
    let issues_en: Vec<String> = lost()
        .map(|l| format!("{}: {} short, {} damaged, {} to re-order", l.item, l.short, l.damaged, l.reorder))
        .collect();
    let issues_ru: Vec<String> = lost()
        .map(|l| format!("{}: недостача {}, повреждено {}, к дозаказу {}", l.item, l.short, l.damaged, l.reorder))
        .collect();
    if let Some(s) = deal.shipment_mut(n) {
        s.receipt = Some(Receipt {
            date: receipt.date.clone(),
            lines: receipt.lines.clone(),
            recorded_by: who.id.clone(),
            at: at.clone(),
            event,
        });
    }
    let (en, ru) = if issues_en.is_empty() {
        ("everything arrived".to_string(), "всё получено".to_string())
    } else {
        (issues_en.join("; "), issues_ru.join("; "))
    };
    Ok(deal.lang().say(
        format!("{} received shipment {number}: {en}.", who.name),
        format!("{}: получена отгрузка {number} — {ru}.", who.name),
    ))
}
