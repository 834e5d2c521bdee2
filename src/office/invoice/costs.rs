//! Step 5 of the client invoice: the added costs, each converted (or a percentage of the
//! goods), then spread into the goods lines by its basis with the largest remainder, or kept as
//! its own line.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::goods::{Picked, Priced};
use super::request::{Basis, Cost, CostKind, InvoiceRequest};
use crate::codes::Code;
use crate::docs::labels::L;
use crate::money::allocate::{allocate, AllocateError};
use crate::money::round;
use crate::money::words::Lang;
use crate::problem::Problem;

/// The costs applied: each line's allocated shares (by cost kind), the costs printed as their
/// own lines, and the sum of every cost.
pub(super) struct Spread {
    pub allocated: Vec<BTreeMap<String, Decimal>>,
    pub own: Vec<OwnCost>,
    pub total: Decimal,
}

/// A cost printed as its own line.
pub(super) struct OwnCost {
    /// Its index in the request's `costs`.
    pub index: usize,
    pub kind: CostKind,
    pub label: String,
    pub amount: Decimal,
    pub vat_pct: Option<Decimal>,
}

pub(super) fn apply(
    request: &InvoiceRequest,
    picked: &[Picked<'_>],
    priced: &[Priced],
    goods: Decimal,
    currency: &str,
    dp: u32,
    lang: Lang,
) -> Result<Spread, Vec<Problem>> {
    let s = &request.settings;
    let mut problems = Vec::new();
    let mut spread = Spread {
        allocated: vec![BTreeMap::new(); picked.len()],
        own: Vec::new(),
        total: round(Decimal::ZERO, dp, s.rounding),
    };
    for (i, cost) in request.costs.iter().enumerate() {
        let Some(amount) = amount(cost, i, goods, currency, dp, request, &mut problems) else { continue };
        let label = cost.label.as_deref().map_or_else(|| kind_label(cost.kind, lang).to_string(), str::to_string);
        match cost.allocate {
            None => spread.own.push(OwnCost { index: i, kind: cost.kind, label, amount, vat_pct: cost.vat_pct }),
            Some(basis) => {
                let Some(weights) = weights(basis, cost, i, amount, picked, priced, dp, request, &mut problems) else {
                    continue;
                };
                match allocate(amount, &weights, dp) {
                    Ok(shares) => {
                        // Several costs of one kind add into one column of a line: checked.
                        let mut overflow = false;
                        for (line, share) in spread.allocated.iter_mut().zip(shares).filter(|(_, s)| !s.is_zero()) {
                            let e = line.entry(cost.kind.as_str().to_string()).or_insert(Decimal::ZERO);
                            match crate::money::exact_add(*e, share) {
                                Some(sum) => *e = round(sum, dp, s.rounding),
                                None => overflow = true,
                            }
                        }
                        if overflow {
                            problems.push(Problem::request(
                                Code::AmountOverflow,
                                format!("/costs/{i}"),
                                format!(
                                    "The {} costs allocated to one line add up beyond 28 digits.",
                                    cost.kind.as_str()
                                ),
                            ));
                        }
                    }
                    Err(AllocateError::NoBasis) => problems.push(Problem::request(
                        Code::AllocationZeroBasis,
                        format!("/costs/{i}/allocate"),
                        format!(
                            "The cost \"{label}\" ({}) is allocated by {}, but no invoiced line has any: give the items {}, or choose another basis.",
                            cost.kind.as_str(),
                            basis_name(basis),
                            basis_needs(basis)
                        ),
                    )),
                    Err(_) => problems.push(Problem::request(
                        Code::AmountOverflow,
                        format!("/costs/{i}"),
                        format!("The cost \"{label}\" is too large to allocate exactly."),
                    )),
                }
            }
        }
        match crate::money::exact_add(spread.total, amount) {
            Some(t) => spread.total = t,
            None => problems.push(Problem::request(
                Code::AmountOverflow,
                format!("/costs/{i}"),
                "The costs, added up, need more than 28 digits with their cents.",
            )),
        }
    }
    if problems.is_empty() {
        Ok(spread)
    } else {
        Err(problems)
    }
}

/// A cost in the invoice's currency: round(amount × rate), or round(goods × percent / 100).
fn amount(
    cost: &Cost,
    i: usize,
    goods: Decimal,
    currency: &str,
    dp: u32,
    request: &InvoiceRequest,
    problems: &mut Vec<Problem>,
) -> Option<Decimal> {
    let s = &request.settings;
    if let Some(pct) = cost.percent_of_goods {
        return crate::money::percent_of(goods, pct).map(|x| round(x, dp, s.rounding));
    }
    let value = cost.amount?;
    let from = cost.currency.as_deref().unwrap_or(currency);
    if from == currency {
        return Some(round(value, dp, s.rounding));
    }
    match s.rate(from, currency) {
        Some(rate) => value.checked_mul(rate).map(|x| round(x, dp, s.rounding)),
        None => {
            problems.push(Problem::request(
                Code::FxMissingRate,
                format!("/costs/{i}/currency"),
                format!(
                    "The cost is in {from} and the invoice in {currency}: give the rate {from} → {currency} in `fx`."
                ),
            ));
            None
        }
    }
}

/// Each line's weight under `basis`. Weights and volumes come from the counted boxes:
/// ceil(quantity × per_unit) of each package kind.
#[allow(clippy::too_many_arguments)]
fn weights(
    basis: Basis,
    cost: &Cost,
    i: usize,
    amount: Decimal,
    picked: &[Picked<'_>],
    priced: &[Priced],
    dp: u32,
    request: &InvoiceRequest,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Decimal>> {
    let boxes = |p: &Picked<'_>, per_box: &dyn Fn(&crate::model::Package) -> Option<Decimal>| {
        p.item
            .packages
            .iter()
            .try_fold(Decimal::ZERO, |sum, pk| sum.checked_add(pk.boxes(p.quantity)?.checked_mul(per_box(pk)?)?))
    };
    let milli = Decimal::new(1, 9);
    let w: Option<Vec<Decimal>> = match basis {
        Basis::Value => Some(priced.iter().map(|p| p.amount).collect()),
        Basis::Quantity => Some(picked.iter().map(|p| p.quantity).collect()),
        Basis::Equal => Some(vec![Decimal::ONE; picked.len()]),
        Basis::GrossWeight => picked.iter().map(|p| boxes(p, &|pk| Some(pk.gross_kg))).collect(),
        Basis::Volume => picked
            .iter()
            .map(|p| {
                boxes(p, &|pk| pk.length_mm.checked_mul(pk.width_mm)?.checked_mul(pk.height_mm)?.checked_mul(milli))
            })
            .collect(),
        Basis::Manual => return manual(cost, i, amount, picked, dp, request, problems),
    };
    if w.is_none() {
        problems.push(Problem::request(
            Code::AmountOverflow,
            format!("/costs/{i}/allocate"),
            "The weights or volumes of the lines are too large to add exactly.",
        ));
    }
    w
}

/// `manual` shares: every named item invoiced, and the shares adding up to the cost.
fn manual(
    cost: &Cost,
    i: usize,
    amount: Decimal,
    picked: &[Picked<'_>],
    dp: u32,
    request: &InvoiceRequest,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Decimal>> {
    let before = problems.len();
    for id in cost.shares.keys() {
        if !picked.iter().any(|p| p.item.id == id.as_str()) {
            problems.push(Problem::request(
                Code::AllocationManualMismatch,
                format!("/costs/{i}/shares/{}", crate::problem::escape_token(id)),
                format!("\"{id}\" is not an item this invoice carries; name only invoiced items."),
            ));
        }
    }
    let given = cost
        .shares
        .values()
        .try_fold(Decimal::ZERO, |sum, v| crate::money::exact_add(sum, round(*v, dp, request.settings.rounding)));
    let Some(given) = given else {
        problems.push(Problem::request(
            Code::AmountOverflow,
            format!("/costs/{i}/shares"),
            "The shares add up beyond 28 digits; they must add up to the cost exactly.",
        ));
        return None;
    };
    if given != amount {
        problems.push(Problem::request(
            Code::AllocationManualMismatch,
            format!("/costs/{i}/shares"),
            format!("The shares add up to {given}, the cost is {amount}; they must add up to the cost exactly."),
        ));
    }
    if problems.len() > before {
        return None;
    }
    Some(
        picked
            .iter()
            .map(|p| {
                cost.shares.get(p.item.id.as_str()).map_or(Decimal::ZERO, |v| round(*v, dp, request.settings.rounding))
            })
            .collect(),
    )
}

fn basis_name(b: Basis) -> &'static str {
    match b {
        Basis::Value => "value",
        Basis::Quantity => "quantity",
        Basis::GrossWeight => "gross weight",
        Basis::Volume => "volume",
        Basis::Equal => "equal shares",
        Basis::Manual => "manual shares",
    }
}

fn basis_needs(b: Basis) -> &'static str {
    match b {
        Basis::GrossWeight | Basis::Volume => "`packages` (with dimensions and gross weight)",
        Basis::Value => "prices",
        _ => "quantities",
    }
}

fn kind_label(kind: CostKind, lang: Lang) -> &'static str {
    match kind {
        CostKind::Logistics => L::cost_logistics,
        CostKind::Customs => L::cost_customs,
        CostKind::Installation => L::cost_installation,
        CostKind::DesignFee => L::cost_design_fee,
        CostKind::Other => L::cost_other,
    }
    .get(lang)
}
