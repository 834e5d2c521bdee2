//! The packing list: every box numbered `1/N … N/N` through the segment (item order, then
//! package order), its contents, dimensions, net and gross weight and volume; totals. No prices.
//! The checks a packing list must pass before it is issued run here.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Context, Head, ItemLine, Party, Scope};
use crate::codes::Code;
use crate::docs::settings::Kind;
use crate::model::{Item, Text};
use crate::money::{round, Rounding};
use crate::problem::Problem;

/// A packing list.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PackingList {
    /// Number, date, language, project, segment.
    #[serde(flatten)]
    pub head: Head,
    /// The segment's source.
    pub shipper: Party,
    /// The buyer.
    pub consignee: Party,
    /// Where the goods go.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<Text>,
    /// The proforma or invoice the shipment answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
    /// Incoterms 2020 rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
    /// Every box.
    pub boxes: Vec<PackedBox>,
    /// Lines with no packing data: named, never skipped.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unpacked: Vec<ItemLine>,
    /// Boxes, net and gross weight, volume.
    pub totals: PackingTotals,
}

/// One box.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PackedBox {
    /// Its number through the shipment, from 1.
    pub n: u64,
    /// The item it holds (all or part of).
    pub item: Text,
    /// The item's sku.
    pub sku: Text,
    /// The item's name.
    pub name: Text,
    /// How many units of the item it holds; absent when it holds part of a unit (or a second
    /// package kind of units counted in other boxes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Decimal>,
    /// The item's unit.
    pub unit: Text,
    /// Which of the item's boxes this is, from 1 ("box 2 of 3").
    pub item_box: u64,
    /// How many boxes the item ships in.
    pub item_boxes: u64,
    /// Length, mm.
    pub length_mm: Decimal,
    /// Width, mm.
    pub width_mm: Decimal,
    /// Height, mm.
    pub height_mm: Decimal,
    /// Net weight of what it holds, kg (3 decimals).
    pub net_kg: Decimal,
    /// Gross weight, kg.
    pub gross_kg: Decimal,
    /// Volume, m³ (exact: L × W × H / 10⁹).
    pub volume_m3: Decimal,
}

/// The packing list's totals.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PackingTotals {
    /// Number of boxes.
    pub boxes: u64,
    /// Σ quantity × net weight per unit, kg (3 decimals).
    pub net_weight_kg: Decimal,
    /// Σ box gross weights, kg (3 decimals).
    pub gross_weight_kg: Decimal,
    /// Σ box volumes, m³ (3 decimals).
    pub volume_m3: Decimal,
}

pub(super) fn build(ctx: &Context<'_>, scope: &Scope<'_>) -> Result<PackingList, Vec<Problem>> {
    let mut boxes: Vec<PackedBox> = Vec::new();
    let mut unpacked = Vec::new();
    let mut errors = Vec::new();
    for &(at, item) in &scope.items {
        if item.packages.is_empty() {
            unpacked.push(ItemLine {
                item: item.id.clone(),
                sku: item.sku.clone(),
                name: item.name.clone(),
                quantity: item.quantity,
                unit: Text::new(item.unit()),
            });
            continue;
        }
        if let Err(p) = pack(item, at, &mut boxes) {
            errors.push(p);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let count = boxes.len() as u64;
    let three = |d: Decimal| round(d, 3, Rounding::HalfAwayFromZero);
    fn sum(it: impl Iterator<Item = Decimal>) -> Option<Decimal> {
        it.into_iter().try_fold(Decimal::ZERO, |s, d| s.checked_add(d))
    }
    let overflow = || {
        vec![Problem::project(
            Code::AmountOverflow,
            "/items",
            format!("The weights or volume of \"{}\" are too large to compute exactly; check the packages.", scope.id),
        )]
    };
    let net_total = sum(boxes.iter().map(|b| b.net_kg)).ok_or_else(overflow)?;
    let gross_total = sum(boxes.iter().map(|b| b.gross_kg)).ok_or_else(overflow)?;
    let volume_total = sum(boxes.iter().map(|b| b.volume_m3)).ok_or_else(overflow)?;
    let totals = PackingTotals {
        boxes: count,
        net_weight_kg: three(net_total),
        gross_weight_kg: three(gross_total),
        volume_m3: three(volume_total),
    };
    let list = PackingList {
        head: ctx.head(Kind::PackingList, Some(scope)),
        shipper: Party::from(scope.source),
        consignee: ctx.buyer_party().unwrap_or_default(),
        ship_to: ctx.settings.ship_to.clone().or_else(|| ctx.commercial_buyer().and_then(|b| b.address.clone())),
        reference: ctx.settings.reference.clone(),
        incoterm: ctx.incoterm(),
        boxes,
        unpacked,
        totals,
    };
    check(&list, scope)?;
    Ok(list)
}

/// Appends the boxes of one item: `ceil(quantity × per_unit)` of each package kind.
fn pack(item: &Item, at: usize, boxes: &mut Vec<PackedBox>) -> Result<(), Problem> {
    // The engine's limit of boxes per packing list, checked before a box is made.
    let max_boxes = crate::limits::current().boxes;
    let too_many = || {
        Problem::project(
            Code::LimitBoxes,
            format!("/items/{at}/packages"),
            format!(
                "Item \"{}\" would take the packing list past the engine's limit of {max_boxes} boxes; check its quantity and `per_unit`.",
                item.id
            ),
        )
    };
    let counts: Vec<u64> = item
        .packages
        .iter()
        .map(|p| p.boxes(item.quantity).and_then(|b| u64::try_from(b).ok()))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(too_many)?;
    // Summed checked: counts near 2⁶⁴ must not wrap round to a small total.
    let item_boxes = counts.iter().try_fold(0u64, |sum, &c| sum.checked_add(c)).ok_or_else(too_many)?;
    if (boxes.len() as u64).saturating_add(item_boxes) > max_boxes {
        return Err(too_many());
    }
    let too_large = || {
        Problem::project(
            Code::AmountOverflow,
            format!("/items/{at}/packages"),
            format!(
                "The weights or volume of item \"{}\" are too large to compute exactly; check its packages.",
                item.id
            ),
        )
    };
    let grosses: Vec<Decimal> =
        item.packages.iter().zip(&counts).flat_map(|(p, &c)| std::iter::repeat_n(p.gross_kg, c as usize)).collect();
    let net_each = net_shares(item, &grosses).ok_or_else(too_large)?;
    let mut k = 0u64;
    for (kind, (p, &count)) in item.packages.iter().zip(&counts).enumerate() {
        let quantities = if kind == 0 { box_quantities(item.quantity, p.per_unit, count) } else { Vec::new() };
        let volume = p
            .length_mm
            .checked_mul(p.width_mm)
            .and_then(|a| a.checked_mul(p.height_mm))
            .and_then(|v| v.checked_div(Decimal::from(1_000_000_000u64)))
            .ok_or_else(too_large)?;
        for j in 0..count {
            let net_kg = net_each.get(k as usize).copied().unwrap_or_default();
            k = k.saturating_add(1);
            boxes.push(PackedBox {
                n: (boxes.len() as u64).saturating_add(1),
                item: item.id.clone(),
                sku: item.sku.clone(),
                name: item.name.clone(),
                quantity: quantities.get(j as usize).copied().flatten(),
                unit: Text::new(item.unit()),
                item_box: k,
                item_boxes,
                length_mm: p.length_mm,
                width_mm: p.width_mm,
                height_mm: p.height_mm,
                net_kg,
                gross_kg: p.gross_kg,
                volume_m3: volume.normalize(),
            });
        }
    }
    Ok(())
}

/// How many units each box of the first package kind holds, so that they add up to the
/// quantity: `1/per_unit` a box (the last one takes the rest) when a box holds whole units;
/// one unit at the first of its boxes when a unit takes a whole number of boxes; otherwise
/// the whole quantity at the item's first box.
fn box_quantities(quantity: Decimal, per_unit: Decimal, count: u64) -> Vec<Option<Decimal>> {
    let mut out = vec![None; count as usize];
    let whole = |d: Decimal| d.fract().is_zero();
    if count == 0 {
        return out;
    }
    // `per_unit` is positive (checked when read): the division cannot fail.
    let per_box = Decimal::ONE.checked_div(per_unit).unwrap_or(Decimal::ONE);
    if per_unit <= Decimal::ONE && whole(per_box) {
        let mut left = quantity;
        for q in out.iter_mut() {
            let here = left.min(per_box);
            *q = Some(here.normalize());
            // `here` is at most `left`: the difference stays between zero and `quantity`.
            left = left.checked_sub(here).unwrap_or_default();
        }
    } else if whole(per_unit) && whole(quantity) {
        let step = usize::try_from(per_unit.mantissa()).unwrap_or(1).max(1);
        for q in out.iter_mut().step_by(step) {
            *q = Some(Decimal::ONE);
        }
    } else if let Some(first) = out.first_mut() {
        *first = Some(quantity.normalize());
    }
    out
}

/// The item's net weight spread over its boxes in proportion to their gross weights, to the
/// gram, the last box taking the rest, so the boxes add up to quantity × net weight exactly.
fn net_shares(item: &Item, grosses: &[Decimal]) -> Option<Vec<Decimal>> {
    let Some(per_unit) = item.net_weight_kg else { return Some(vec![Decimal::ZERO; grosses.len()]) };
    let total = item.quantity.checked_mul(per_unit)?;
    let sum = grosses.iter().try_fold(Decimal::ZERO, |s, g| s.checked_add(*g))?;
    let mut out: Vec<Decimal> = Vec::with_capacity(grosses.len());
    let mut given = Decimal::ZERO;
    for (i, g) in grosses.iter().enumerate() {
        let share = if i.saturating_add(1) == grosses.len() {
            total.checked_sub(given)?
        } else if sum.is_zero() {
            total.checked_div(Decimal::from(grosses.len()))?.trunc_with_scale(3)
        } else {
            total.checked_mul(*g)?.checked_div(sum)?.trunc_with_scale(3)
        };
        given = given.checked_add(share)?;
        out.push(share);
    }
    Some(out)
}

/// The checks before issuing: boxes numbered without gaps or overlaps, quantities equal to the
/// segment's (and so to its proforma's), gross weight not below net weight. One problem per
/// item, at the item's packages.
fn check(list: &PackingList, scope: &Scope<'_>) -> Result<(), Vec<Problem>> {
    let mut errors = Vec::new();
    let problem = |path: String, what: String| {
        Problem::project(
            Code::PackingInconsistent,
            path,
            format!("The packing list of \"{}\" cannot be issued: {what}; correct the item's packages.", scope.id),
        )
    };
    let number = |i: usize| (i as u64).saturating_add(1);
    if let Some((i, b)) = list.boxes.iter().enumerate().find(|(i, b)| b.n != number(*i)) {
        errors.push(problem("/items".into(), format!("box {} is numbered {}", number(i), b.n)));
    }
    let mut start = 0usize;
    for &(at, item) in &scope.items {
        if item.packages.is_empty() {
            continue;
        }
        let end = start.saturating_add(
            list.boxes.get(start..).unwrap_or_default().iter().take_while(|b| b.item == item.id).count(),
        );
        let boxes = list.boxes.get(start..end).unwrap_or_default();
        start = end;
        let packed: Decimal = boxes.iter().filter_map(|b| b.quantity).sum();
        if packed != item.quantity {
            let what = format!("item \"{}\" is packed as {packed}, but {} are shipped", item.id, item.quantity);
            errors.push(problem(format!("/items/{at}/quantity"), what));
        }
        let gross: Decimal = boxes.iter().map(|b| b.gross_kg).sum();
        let net: Decimal = boxes.iter().map(|b| b.net_kg).sum();
        if gross < net {
            let what = format!(
                "the boxes of item \"{}\" weigh {} kg gross, less than its {} kg net",
                item.id,
                gross.normalize(),
                net.normalize()
            );
            errors.push(problem(format!("/items/{at}/packages"), what));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
