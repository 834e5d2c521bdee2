//! Steps 1–4 of the client invoice: which lines are invoiced and at what purchase net, then
//! their sale prices in the invoice's currency and their amounts.

use rust_decimal::Decimal;

use super::request::InvoiceRequest;
use crate::codes::Code;
use crate::docs::model::Scope;
use crate::docs::settings::Settings;
use crate::model::{Item, Proforma, Project};
use crate::money::line::{line_amounts, sale_unit_price};
use crate::money::{currency_minor_units, round};
use crate::office::reconcile::pair;
use crate::problem::Problem;

/// A line to invoice, with what it was bought for.
pub(super) struct Picked<'a> {
    /// The project item.
    pub item: &'a Item,
    /// Its index in the project's items.
    pub at: usize,
    /// Its segment.
    pub segment: String,
    /// The quantity invoiced: the accepted proforma's, else the item's.
    pub quantity: Decimal,
    /// The currency it was bought in.
    pub currency: String,
    /// Its purchase net (after the source's discount), when it has a price.
    pub net: Option<Decimal>,
}

/// A line's sale price in the invoice's currency and its amount.
pub(super) struct Priced {
    /// Step 3.
    pub unit_price: Decimal,
    /// Step 4.
    pub amount: Decimal,
}

/// The lines of the invoiced segments, in the request's segment order and the project's item
/// order. A segment with an accepted proforma is bought as that proforma quotes it (the newest
/// one given for the segment); what it does not quote, or quotes beyond the project, is left out
/// with a warning.
pub(super) fn pick<'a>(
    project: &'a Project,
    scopes: &[Scope<'a>],
    proformas: &'a [Proforma],
    settings: &Settings,
    warnings: &mut Vec<Problem>,
) -> Vec<Picked<'a>> {
    let mut out = Vec::new();
    for scope in scopes {
        let items: Vec<&Item> = scope.items.iter().map(|(_, i)| *i).collect();
        let Some(pf) = proformas.iter().rev().find(|p| p.segment == scope.id) else {
            for (at, item) in &scope.items {
                let currency = item.currency.as_deref().unwrap_or(&project.project.currency).to_string();
                let dp = currency_minor_units(&currency).unwrap_or(2);
                let net = item
                    .unit_price
                    .and_then(|p| line_amounts(item.quantity, p, item.discount_pct, dp, settings.rounding))
                    .map(|a| a.net);
                out.push(Picked { item, at: *at, segment: scope.id.clone(), quantity: item.quantity, currency, net });
            }
            continue;
        };
        let pairs = pair(&items, &pf.lines);
        let dp = currency_minor_units(&pf.currency).unwrap_or(2);
        for ((at, item), paired) in scope.items.iter().zip(&pairs) {
            match paired.and_then(|(q, _)| pf.lines.get(q)) {
                Some(q) => out.push(Picked {
                    item,
                    at: *at,
                    segment: scope.id.clone(),
                    quantity: q.quantity,
                    currency: pf.currency.to_string(),
                    net: line_amounts(q.quantity, q.unit_price, q.discount_pct, dp, settings.rounding).map(|a| a.net),
                }),
                None => warnings.push(Problem::request(
                    Code::InvoiceLineLeftOut,
                    "/proformas",
                    format!(
                        "Item \"{}\" ({}) is left out: the accepted proforma {} does not quote it.",
                        item.id, item.sku, pf.number
                    ),
                )),
            }
        }
        let quoted: Vec<usize> = pairs.iter().flatten().map(|(q, _)| *q).collect();
        for (q, line) in pf.lines.iter().enumerate().filter(|(q, _)| !quoted.contains(q)) {
            warnings.push(Problem::request(
                Code::InvoiceLineLeftOut,
                "/proformas",
                format!(
                    "Line {} of proforma {} ({}) is left out: it is not an item of the project; add the item to invoice it.",
                    q.saturating_add(1),
                    pf.number,
                    line.sku
                ),
            ));
        }
    }
    out
}

/// The invoice's currency: the request's, else the one currency every line was bought in, else
/// (no line at all) the project's.
pub(super) fn currency(project: &Project, settings: &Settings, picked: &[Picked<'_>]) -> Result<String, Vec<Problem>> {
    if let Some(c) = &settings.currency {
        return Ok(c.to_string());
    }
    let mut found: Option<&str> = None;
    for p in picked {
        match found {
            Some(f) if f != p.currency => {
                return Err(vec![Problem::request(
                    Code::CurrencyRequired,
                    "/currency",
                    format!(
                        "The goods are in {f} and {}; give the invoice's `currency` and the rates (`fx`) to convert into it.",
                        p.currency
                    ),
                )])
            }
            _ => found = Some(&p.currency),
        }
    }
    Ok(found.unwrap_or(&project.project.currency).to_string())
}

/// Steps 1–4 for every line; every missing price and rate is reported at once.
pub(super) fn price(
    picked: &[Picked<'_>],
    request: &InvoiceRequest,
    currency: &str,
    dp: u32,
) -> Result<Vec<Priced>, Vec<Problem>> {
    let s = &request.settings;
    let mut problems: Vec<Problem> = Vec::new();
    let mut out = Vec::with_capacity(picked.len());
    for p in picked {
        let own = request.lines.get(p.item.id.as_str());
        let goods_dp = currency_minor_units(&p.currency).unwrap_or(2);
        // Steps 1 and 2, in the currency the line was bought in.
        let sale = match (own.and_then(|l| l.sale_price), p.net) {
            (Some(price), _) => Some(price),
            (None, Some(net)) => {
                let markup = own
                    .and_then(|l| l.markup_pct)
                    .or_else(|| request.segment_markup_pct.get(&p.segment).copied())
                    .or(s.markup_pct)
                    .unwrap_or_default();
                sale_unit_price(net, p.quantity, markup, goods_dp, s.rounding)
            }
            (None, None) => {
                problems.push(Problem::project(
                    Code::PriceMissing,
                    format!("/items/{}/unit_price", p.at),
                    format!(
                        "Item \"{}\" ({}) has no price: its source must quote it, or give its `sale_price` in the request's `lines`.",
                        p.item.id, p.item.sku
                    ),
                ));
                continue;
            }
        };
        // Step 3.
        let unit_price = match sale {
            Some(x) if p.currency == currency => Some(x),
            Some(x) => match s.rate(&p.currency, currency) {
                Some(rate) => x.checked_mul(rate).map(|y| round(y, dp, s.rounding)),
                None => {
                    let message = format!(
                        "The goods of \"{}\" are in {} and the invoice in {currency}: give the rate {} → {currency} in `fx`.",
                        p.segment, p.currency, p.currency
                    );
                    if !problems.iter().any(|q| {
                        q.code == Code::FxMissingRate && q.message.contains(&format!("{} → {currency}", p.currency))
                    }) {
                        problems.push(Problem::request(Code::FxMissingRate, "/fx", message));
                    }
                    continue;
                }
            },
            None => None,
        };
        // Step 4.
        match unit_price.and_then(|u| p.quantity.checked_mul(u)) {
            Some(a) => {
                out.push(Priced { unit_price: unit_price.unwrap_or_default(), amount: round(a, dp, s.rounding) })
            }
            None => problems.push(Problem::project(
                Code::AmountOverflow,
                format!("/items/{}", p.at),
                "An amount of this item is too large to compute exactly (28 digits).",
            )),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
