//! Which manufacturers need a supplier, and what each weighs.
//!
//! A project owned by a designer or a client needs a supplier for its factory segments and its
//! unsourced items; one owned by a supplier or showroom only for its unsourced items. What a
//! supplier already manages (`managed`) needs no one. Each manufacturer weighs the net value
//! of its lines (`segments-and-money.md`: rounded at the line), in one currency: the lines'
//! own when they share one, else the project's through the rates given. A line without a
//! price, or a currency without a rate, makes every weight a count of lines instead, and
//! `share_basis` says so.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::options::RecommendOptions;
use crate::codes::Code;
use crate::model::{CompanyKind, Project, Text};
use crate::money::Rounding;
use crate::problem::Problem;

/// What a share is a share of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ShareBasis {
    /// Net value, converted into one currency.
    Value,
    /// The number of lines (a price or a rate was missing).
    Lines,
}

/// Why the basis is lines and not value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinesBecause {
    /// This item has no price.
    Unpriced(Text),
    /// No rate from the first currency into the second.
    NoRate(Text, Text),
}

/// One manufacturer that needs a supplier.
#[derive(Debug, Clone)]
pub struct Need<'a> {
    /// Its company id.
    pub manufacturer: &'a str,
    /// The segments and unsourced groups it needs a supplier for, in project order.
    pub groups: Vec<String>,
    /// Its items needing a supplier (indices into the project's items).
    pub items: Vec<usize>,
    /// Its weight: net value in `currency`, or its number of lines.
    pub value: Decimal,
}

/// Every manufacturer that needs a supplier, in order of first appearance.
#[derive(Debug, Clone)]
pub struct Needs<'a> {
    /// The manufacturers.
    pub list: Vec<Need<'a>>,
    /// Value or lines.
    pub basis: ShareBasis,
    /// The currency of the values (with `Value`).
    pub currency: Option<Text>,
    /// The sum of the weights.
    pub total: Decimal,
    /// Why the basis is lines.
    pub because: Option<LinesBecause>,
}

/// The ids of every segment and unsourced group of the project.
pub(crate) fn group_ids(project: &Project) -> Vec<String> {
    let pid = project.project.id.as_str();
    let mut ids = crate::docs::model::segment_ids(project);
    let mut seen: std::collections::HashSet<String> = ids.iter().cloned().collect();
    for item in project.items.iter().filter(|i| i.source.is_none()) {
        let id = format!("{pid}/unsourced/{}", item.manufacturer);
        if seen.insert(id.clone()) {
            ids.push(id);
        }
    }
    ids
}

/// Checks that the options name groups the project has.
pub(crate) fn check(project: &Project, o: &RecommendOptions) -> Vec<Problem> {
    let known = group_ids(project);
    let set: std::collections::HashSet<&str> = known.iter().map(String::as_str).collect();
    let mut problems = Vec::new();
    let mut unknown = |id: &str, path: String| {
        if !set.contains(id) {
            problems.push(Problem::new(
                Code::SegmentUnknown,
                path,
                format!(
                    "The project has no segment or unsourced group \"{id}\"; it has: {}.",
                    crate::problem::listing(&known)
                ),
            ));
        }
    };
    if let Some(s) = &o.segment {
        unknown(s, "/segment".into());
    }
    for (i, m) in o.managed.iter().enumerate() {
        unknown(m, format!("/managed/{i}"));
    }
    problems
}

/// The manufacturers of `project` that need a supplier (options checked), or
/// `amount.overflow` at the item whose value cannot be added exactly.
pub fn needs<'a>(project: &'a Project, o: &RecommendOptions) -> Result<Needs<'a>, Vec<Problem>> {
    let pid = project.project.id.as_str();
    let owner_trades = project
        .company(&project.project.owner)
        .is_some_and(|c| matches!(c.kind, CompanyKind::Supplier | CompanyKind::Showroom));
    let mut list: Vec<Need<'a>> = Vec::new();
    for (n, item) in project.items.iter().enumerate() {
        let group = match item.source.as_deref() {
            None => format!("{pid}/unsourced/{}", item.manufacturer),
            Some(s) if !owner_trades && project.company(s).is_some_and(|c| c.kind == CompanyKind::Factory) => {
                format!("{pid}/{s}")
            }
            Some(_) => continue,
        };
        if o.managed.iter().any(|m| *m == group) || o.segment.as_ref().is_some_and(|s| *s != group) {
            continue;
        }
        let need = match list.iter().position(|x| x.manufacturer == item.manufacturer) {
            Some(i) => list.get_mut(i),
            None => {
                list.push(Need {
                    manufacturer: &item.manufacturer,
                    groups: Vec::new(),
                    items: Vec::new(),
                    value: Decimal::ZERO,
                });
                list.last_mut()
            }
        };
        if let Some(need) = need {
            if !need.groups.contains(&group) {
                need.groups.push(group);
            }
            need.items.push(n);
        }
    }
    weigh(project, o, list)
}

/// Gives each manufacturer its weight, by value when every line can be valued in one currency.
/// Every product and sum is checked: an overflow names the item, never weighs it as zero.
fn weigh<'a>(project: &'a Project, o: &RecommendOptions, mut list: Vec<Need<'a>>) -> Result<Needs<'a>, Vec<Problem>> {
    let items = || list.iter().flat_map(|n| n.items.iter()).filter_map(|&i| project.items.get(i));
    let mut currencies: Vec<&str> = items().filter_map(|i| i.currency.as_deref()).collect();
    currencies.sort_unstable();
    currencies.dedup();
    let currency = match currencies.as_slice() {
        [one] => Text::new(one),
        _ => project.project.currency.clone(),
    };
    let mut because = items().find(|i| i.unit_price.is_none()).map(|i| LinesBecause::Unpriced(i.id.clone()));
    if because.is_none() {
        because = currencies
            .iter()
            .find(|c| o.rate(c, &currency).is_none())
            .map(|c| LinesBecause::NoRate(Text::new(c), currency.clone()));
    }
    let valued = because.is_none();
    let mut total = Decimal::ZERO;
    let mut problems = Vec::new();
    for need in &mut list {
        need.value = if valued {
            let mut sum = Some(Decimal::ZERO);
            for &n in &need.items {
                let Some(item) = project.items.get(n) else { continue };
                sum = value_of(item, &currency, o).and_then(|v| sum?.checked_add(v));
                if sum.is_none() {
                    problems.push(overflow(n, item, &currency));
                    break;
                }
            }
            sum.unwrap_or_default()
        } else {
            Decimal::from(need.items.len() as u64)
        };
        match total.checked_add(need.value) {
            Some(t) => total = t,
            None if problems.is_empty() => {
                let last = need.items.last().copied().unwrap_or_default();
                if let Some(item) = project.items.get(last) {
                    problems.push(overflow(last, item, &currency));
                }
            }
            None => {}
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Needs {
        list,
        basis: if valued { ShareBasis::Value } else { ShareBasis::Lines },
        currency: valued.then_some(currency),
        total,
        because,
    })
}

fn overflow(n: usize, item: &crate::model::Item, currency: &str) -> Problem {
    Problem {
        input: Some(crate::problem::Input::Project),
        ..Problem::new(
            Code::AmountOverflow,
            format!("/items/{n}"),
            format!(
                "The value of \"{}\" in {currency}, alone or added to the lines before it, goes beyond 28 digits; the manufacturers cannot be weighed by value.",
                item.id
            ),
        )
    }
}

/// A line's net value (rounded at the line in its own currency) in `currency`; zero for an
/// unpriced line, `None` on overflow.
fn value_of(item: &crate::model::Item, currency: &str, o: &RecommendOptions) -> Option<Decimal> {
    let (Some(price), Some(from)) = (item.unit_price, item.currency.as_deref()) else { return Some(Decimal::ZERO) };
    let dp = crate::model::standards::currency_minor_units(from).unwrap_or(2);
    let net = crate::money::line::line_amounts(item.quantity, price, item.discount_pct, dp, Rounding::default())?.net;
    net.checked_mul(o.rate(from, currency).unwrap_or(Decimal::ONE))
}
