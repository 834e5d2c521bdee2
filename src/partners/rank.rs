//! Candidates and their order: a supplier is a candidate for a manufacturer only through an
//! active partnership. They rank by the share of the weight they cover, then the discount
//! (weighted by what they cover), then whether they serve the delivery region, then rating,
//! then id.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;

use super::index::{Link, PartnerIndex};
use super::needs::Needs;
use crate::model::{PartnershipStatus, Text};

/// A supplier with at least one active partnership among the manufacturers that need one.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Its number in the index.
    pub supplier: u32,
    /// Its id.
    pub id: Text,
    /// `(need index, partnership)` for each manufacturer it covers, in needs order.
    pub covers: Vec<(usize, Link)>,
    /// The weight it covers.
    pub value: Decimal,
    /// Its discount, weighted by the weight of what it covers (a missing discount counts 0).
    pub discount: Decimal,
    /// Whether it serves the delivery region.
    pub region: bool,
    /// Its rating.
    pub rating: Option<Decimal>,
}

/// Every candidate, in id order.
pub fn candidates(index: &PartnerIndex, needs: &Needs<'_>, region: Option<&str>) -> Vec<Candidate> {
    let mut slot: HashMap<u32, usize> = HashMap::default();
    let mut list: Vec<Candidate> = Vec::new();
    for (n, need) in needs.list.iter().enumerate() {
        let Some(m) = index.number(need.manufacturer) else { continue };
        for link in index.links_of(m).iter().filter(|l| l.status == PartnershipStatus::Active) {
            let i = *slot.entry(link.supplier).or_insert_with(|| {
                list.push(Candidate {
                    supplier: link.supplier,
                    id: index.company(link.supplier).map(|c| c.company.id.clone()).unwrap_or_default(),
                    covers: Vec::new(),
                    value: Decimal::ZERO,
                    discount: Decimal::ZERO,
                    region: false,
                    rating: None,
                });
                list.len() - 1
            });
            if let Some(c) = list.get_mut(i) {
                c.covers.push((n, *link));
                c.value += need.value;
            }
        }
    }
    for c in &mut list {
        let company = index.company(c.supplier);
        c.rating = company.and_then(|x| x.rating);
        c.region = region.is_some_and(|r| company.is_some_and(|x| x.regions.iter().any(|g| g == r)));
        c.discount = weighted_discount(&c.covers, needs);
    }
    list.sort_by(|a, b| a.id.cmp(&b.id));
    list
}

fn weighted_discount(covers: &[(usize, Link)], needs: &Needs<'_>) -> Decimal {
    let weight = |n: usize| needs.list.get(n).map_or(Decimal::ZERO, |x| x.value);
    let total: Decimal = covers.iter().map(|&(n, _)| weight(n)).sum();
    let discount = |l: &Link| l.discount_pct.unwrap_or_default();
    let d = if total.is_zero() {
        let sum: Decimal = covers.iter().map(|(_, l)| discount(l)).sum();
        sum.checked_div(Decimal::from(covers.len().max(1) as u64)).unwrap_or_default()
    } else {
        let sum: Decimal = covers.iter().map(|(n, l)| weight(*n) * discount(l)).sum();
        sum.checked_div(total).unwrap_or_default()
    };
    d.round_dp(2).normalize()
}

/// The ranking order; `Less` ranks first.
pub fn order(a: &Candidate, b: &Candidate) -> Ordering {
    b.value
        .cmp(&a.value)
        .then(b.discount.cmp(&a.discount))
        .then(b.region.cmp(&a.region))
        .then(b.rating.cmp(&a.rating))
        .then(a.id.cmp(&b.id))
}

/// The first criterion that tells two candidates apart.
pub fn deciding(a: &Candidate, b: &Candidate) -> &'static str {
    if a.value != b.value {
        "share"
    } else if a.discount != b.discount {
        "discount"
    } else if a.region != b.region {
        "region"
    } else if a.rating != b.rating {
        "rating"
    } else {
        "id"
    }
}
