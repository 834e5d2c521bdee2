//! Candidates and their order: a supplier is a candidate for a manufacturer only through an
//! active partnership. They rank by the share of the weight they cover, then the discount
//! (weighted by what they cover), then whether they serve the delivery region, then rating,
//! then id.
//!
//! A large directory gives tens of thousands of candidates for a project, so they are gathered
//! in one pass over the manufacturers' partnerships into a flat list (no allocation per
//! candidate), each with the bit mask of the manufacturers it covers and the weight it covers
//! as an exact integer. Its partnerships are found again by binary search when needed, and
//! discount, region and rating are looked up only for the candidates that can still reach the
//! ranking's first places.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::index::{Link, PartnerIndex};
use super::needs::Needs;
use crate::model::PartnershipStatus;

/// A supplier with at least one active partnership among the manufacturers that need one.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    /// Its number in the index.
    pub supplier: u32,
    /// Its place in id order.
    pub rank: u32,
    /// How many manufacturers it covers.
    pub count: u32,
    /// The manufacturers it covers, as bits of their need index (those below 128).
    pub mask: u128,
    /// The weight it covers, in units of 10^−[`Candidates::scale`].
    pub value: i128,
}

/// Every candidate, and what finds their partnerships again.
#[derive(Debug, Clone, Default)]
pub struct Candidates {
    /// The candidates, in the order found (`rank` gives id order).
    pub list: Vec<Candidate>,
    /// The index number of each need's manufacturer (None when the directory lacks it).
    pub makers: Vec<Option<u32>>,
    /// How many active partners each need has.
    pub partners: Vec<usize>,
    /// The decimal places of the integer weights.
    pub scale: u32,
}

/// What orders two candidates after their weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The candidate's index in [`Candidates::list`].
    pub at: usize,
    /// Its weight.
    pub value: i128,
    /// Σ weight × discount over what it covers (a missing discount counts 0): between equal
    /// weights it orders as the weighted discount does.
    pub discount: Decimal,
    /// Whether it serves the delivery region.
    pub region: bool,
    /// Its rating.
    pub rating: Option<Decimal>,
    /// Its place in id order.
    pub rank: u32,
}

impl Candidates {
    /// The active partnerships of `c` with the needs' manufacturers: `(need index, partnership)`,
    /// in needs order.
    pub fn of(&self, c: &Candidate, index: &PartnerIndex) -> Vec<(usize, Link)> {
        let active = |n: usize| {
            let m = self.makers.get(n).copied().flatten()?;
            index.link(c.supplier, m).filter(|l| l.status == PartnershipStatus::Active).map(|l| (n, *l))
        };
        if self.makers.len() <= 128 {
            let mut bits = c.mask;
            std::iter::from_fn(|| {
                (bits != 0).then(|| {
                    let n = bits.trailing_zeros() as usize;
                    bits &= bits.wrapping_sub(1); // bits is not zero here
                    n
                })
            })
            .filter_map(active)
            .collect()
        } else {
            (0..self.makers.len()).filter_map(active).collect()
        }
    }

    /// A weight as a decimal.
    pub fn decimal(&self, units: i128) -> Decimal {
        Decimal::try_from_i128_with_scale(units, self.scale).unwrap_or_default()
    }

    /// Its discount, weighted by the weight of what it covers, to two places.
    pub fn discount(&self, c: &Candidate, index: &PartnerIndex, needs: &Needs<'_>) -> Decimal {
        let covers = self.of(c, index);
        let d = if c.value == 0 {
            // Percentages from the directory (each at most 100): a sum of them cannot overflow.
            let sum =
                covers.iter().try_fold(Decimal::ZERO, |s, (_, l)| s.checked_add(l.discount_pct.unwrap_or_default()));
            sum.and_then(|s| s.checked_div(Decimal::from(covers.len().max(1) as u64))).unwrap_or_default()
        } else {
            discount_sum(&covers, needs).checked_div(self.decimal(c.value)).unwrap_or_default()
        };
        d.round_dp(2).normalize()
    }

    /// The full key of the candidate at `at`.
    pub fn key(&self, at: usize, index: &PartnerIndex, needs: &Needs<'_>, serving: Option<&[u64]>) -> Option<Key> {
        let c = self.list.get(at)?;
        Some(Key {
            at,
            value: c.value,
            discount: discount_sum(&self.of(c, index), needs),
            region: super::index::in_set(serving, c.supplier),
            rating: index.rating(c.supplier),
            rank: c.rank,
        })
    }
}

/// Σ value × discount over what a candidate covers. Each value is at most the needs' checked
/// total and each discount at most 100, but a product can still pass 28 digits: then the sum
/// is taken at a scale 100 times smaller (value / 100 × discount), which keeps the order
/// between candidates, never zero.
fn discount_sum(covers: &[(usize, Link)], needs: &Needs<'_>) -> Decimal {
    let sum = |scale: Decimal| {
        covers.iter().try_fold(Decimal::ZERO, |s, (n, l)| {
            let (Some(need), Some(pct)) = (needs.list.get(*n), l.discount_pct) else { return Some(s) };
            s.checked_add(need.value.checked_div(scale)?.checked_mul(pct)?)
        })
    };
    sum(Decimal::ONE)
        .or_else(|| sum(Decimal::ONE_HUNDRED).map(|s| s.saturating_mul(Decimal::ONE_HUNDRED)))
        .unwrap_or(Decimal::MAX)
}

/// Each need's weight as an integer at one scale, exact; past i128, rounded to 12 places.
fn units(needs: &Needs<'_>) -> (Vec<i128>, u32) {
    let exact = |scale: u32| -> Option<Vec<i128>> {
        needs
            .list
            .iter()
            .map(|n| {
                let mut v = n.value;
                if v.scale() > scale {
                    v = v.round_dp(scale);
                }
                v.mantissa().checked_mul(10i128.checked_pow(scale.checked_sub(v.scale())?)?)
            })
            .collect()
    };
    let scale = needs.list.iter().map(|n| n.value.scale()).max().unwrap_or(0);
    match exact(scale) {
        Some(u) => (u, scale),
        None => (exact(12).unwrap_or_default(), 12),
    }
}

/// Every candidate of `needs` in `index`.
pub fn candidates(index: &PartnerIndex, needs: &Needs<'_>) -> Candidates {
    let (weights, scale) = units(needs);
    let makers: Vec<Option<u32>> = needs.list.iter().map(|n| index.number(n.manufacturer)).collect();
    // One pass: a slot per company numbers the candidates as they are met. The slots are kept
    // per thread between calls (a directory's worth of them is too many to allocate and clear
    // for every query) and put back to empty after use.
    let (list, partners) = SLOTS.with_borrow_mut(|slot| {
        if slot.len() < index.companies() {
            slot.resize(index.companies(), u32::MAX);
        }
        let found = gather(index, &makers, &weights, slot);
        for c in &found.0 {
            if let Some(s) = slot.get_mut(c.supplier as usize) {
                *s = u32::MAX;
            }
        }
        found
    });
    Candidates { list, makers, partners, scale }
}

thread_local! {
    static SLOTS: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The candidates and each need's number of active partners, numbering them in `slot`.
fn gather(
    index: &PartnerIndex,
    makers: &[Option<u32>],
    weights: &[i128],
    slot: &mut [u32],
) -> (Vec<Candidate>, Vec<usize>) {
    let active = |m: &Option<u32>| {
        m.map_or(&[][..], |m| index.links_of(m)).iter().filter(|l| l.status == PartnershipStatus::Active)
    };
    let links: usize = makers.iter().map(|m| m.map_or(0, |m| index.links_of(m).len())).sum();
    let mut list: Vec<Candidate> = Vec::with_capacity(links);
    let mut partners = vec![0usize; makers.len()];
    for (n, m) in makers.iter().enumerate() {
        let weight = weights.get(n).copied().unwrap_or(0);
        for link in active(m) {
            let Some(s) = slot.get_mut(link.supplier as usize) else { continue };
            if *s == u32::MAX {
                *s = u32::try_from(list.len()).unwrap_or(u32::MAX);
                let rank = index.rank(link.supplier);
                list.push(Candidate { supplier: link.supplier, rank, count: 0, mask: 0, value: 0 });
            }
            if let Some(c) = list.get_mut(*s as usize) {
                c.count = c.count.saturating_add(1);
                c.value = c.value.saturating_add(weight);
                if n < 128 {
                    c.mask |= 1u128 << n;
                }
            }
            if let Some(p) = partners.get_mut(n) {
                *p = p.saturating_add(1);
            }
        }
    }
    (list, partners)
}

/// The first `count` candidates in ranking order (and their keys): the weight decides first,
/// so only those whose weight reaches the `count`-th largest are looked at further.
pub fn first(
    all: &Candidates,
    count: usize,
    index: &PartnerIndex,
    needs: &Needs<'_>,
    serving: Option<&[u64]>,
) -> Vec<Key> {
    if count == 0 || all.list.is_empty() {
        return Vec::new();
    }
    let mut values: Vec<i128> = all.list.iter().map(|c| c.value).collect();
    let nth = count.min(values.len()).saturating_sub(1);
    let (_, &mut threshold, _) = values.select_nth_unstable_by(nth, |a, b| b.cmp(a));
    let mut keys: Vec<Key> = (0..all.list.len())
        .filter(|&i| all.list.get(i).is_some_and(|c| c.value >= threshold))
        .filter_map(|i| all.key(i, index, needs, serving))
        .collect();
    keys.sort_unstable_by(order);
    keys.truncate(count);
    keys
}

/// The ranking order; `Less` ranks first.
pub(crate) fn order(a: &Key, b: &Key) -> Ordering {
    b.value
        .cmp(&a.value)
        .then(b.discount.cmp(&a.discount))
        .then(b.region.cmp(&a.region))
        .then(b.rating.cmp(&a.rating))
        .then(a.rank.cmp(&b.rank))
}

/// The criteria candidates are ranked by, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Criterion {
    /// The share of the needs covered.
    Share,
    /// The discount.
    Discount,
    /// Delivery to the project's region.
    Region,
    /// The rating.
    Rating,
    /// The id, when all else is equal.
    Id,
}

/// The first criterion that tells two candidates apart.
pub(crate) fn deciding(a: &Key, b: &Key) -> Criterion {
    if a.value != b.value {
        Criterion::Share
    } else if a.discount != b.discount {
        Criterion::Discount
    } else if a.region != b.region {
        Criterion::Region
    } else if a.rating != b.rating {
        Criterion::Rating
    } else {
        Criterion::Id
    }
}
