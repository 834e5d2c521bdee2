//! Partnership proposals for the manufacturers no supplier covers: supplier ↔ manufacturer
//! pairs ranked by the evidence the directory and the host's projects hold.
//!
//! The score adds, exactly in decimals:
//!
//! | evidence | points |
//! |---|---|
//! | a pending partnership with the manufacturer (the supplier has asked) | 3 |
//! | an expired partnership with it (they worked together) | 2 |
//! | active partnerships with factories of the manufacturer's country | 0.4 each, at most 5 counted |
//! | active partnerships with manufacturers that appear in the same projects | 0.5 per shared project, at most 5 counted |
//! | serves the project's delivery region | 1 |
//! | rating (0–5) | 0.2 × rating |
//!
//! A supplier needs at least one of the first four to be proposed (a region and a rating say
//! nothing about a manufacturer). A declined partnership is never proposed again. Proposals
//! for one manufacturer are ordered by score, then id.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;
use schemars::JsonSchema;
use serde::Serialize;

use super::index::PartnerIndex;
use super::options::RecommendOptions;
use super::text;
use super::{Reason, ReasonKind};
use crate::model::{PartnershipStatus, Project, Text};
use crate::money::words::Lang;

/// A proposed partnership.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Proposal {
    /// The supplier's company id.
    pub supplier: Text,
    /// Its name.
    pub supplier_name: Text,
    /// The manufacturer's company id.
    pub manufacturer: Text,
    /// Its name.
    pub manufacturer_name: Text,
    /// The evidence's points (see the table in the docs).
    pub score: Decimal,
    /// Each piece of evidence, in words.
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    pending: Option<u32>,
    expired: Option<u32>,
    declined: bool,
    country: u32,
    together: u32,
}

const COUNTED: u32 = 5;

/// The manufacturers that appear in the same projects as `m`, with how many projects they
/// share: the current project and the host's.
pub(crate) fn together<'a>(project: &'a Project, o: &'a RecommendOptions, m: &str) -> BTreeMap<&'a str, u32> {
    let mut out: BTreeMap<&str, u32> = BTreeMap::new();
    let mut count = |makers: Vec<&'a str>| {
        if makers.contains(&m) {
            let mut seen: Vec<&str> = makers.into_iter().filter(|x| *x != m).collect();
            seen.sort_unstable();
            seen.dedup();
            for x in seen {
                let n = out.entry(x).or_insert(0);
                *n = n.saturating_add(1);
            }
        }
    };
    count(project.items.iter().map(|i| i.manufacturer.as_str()).collect());
    for p in &o.projects {
        count(p.manufacturers.iter().map(Text::as_str).collect());
    }
    out
}

/// Up to `o.proposals` proposals for the manufacturer `m`.
pub fn propose(
    index: &PartnerIndex,
    project: &Project,
    o: &RecommendOptions,
    m: &str,
    region: Option<&str>,
    lang: Lang,
) -> Vec<Proposal> {
    let name_of = |id: &str| super::name(index, project, id);
    let country = index
        .find(m)
        .and_then(|c| c.company.country.clone())
        .or_else(|| project.company(m).and_then(|c| c.country.clone()));
    // The evidence about `m` itself and its co-occurring manufacturers is small; the country's
    // counts can hold tens of thousands of suppliers and are read, not copied.
    let mut own: HashMap<u32, Evidence> = HashMap::default();
    if let Some(n) = index.number(m) {
        for l in index.links_of(n) {
            let e = own.entry(l.supplier).or_default();
            match l.status {
                PartnershipStatus::Pending => e.pending = Some(l.since),
                PartnershipStatus::Expired => e.expired = Some(l.since),
                PartnershipStatus::Declined => e.declined = true,
                PartnershipStatus::Active => {}
            }
        }
    }
    let shared = together(project, o, m);
    for (&other, &k) in &shared {
        let Some(n) = index.number(other) else { continue };
        for l in index.links_of(n).iter().filter(|l| l.status == PartnershipStatus::Active) {
            let e = own.entry(l.supplier).or_default();
            e.together = e.together.saturating_add(k);
        }
    }
    let in_country = country.as_deref().and_then(|c| index.in_country(c));
    let evidence = |s: u32| -> Evidence {
        let mut e = own.get(&s).copied().unwrap_or_default();
        e.country = in_country.and_then(|map| map.get(&s)).copied().unwrap_or(0);
        e
    };
    let suppliers = own
        .keys()
        .copied()
        .chain(in_country.into_iter().flat_map(|map| map.keys().copied()).filter(|s| !own.contains_key(s)));
    // Every supplier here has a partnership, so it is a supplier or showroom (the directory is
    // checked). Scoring tens of thousands reads only the index's small arrays: rating, id order
    // and the region's bit set; the records of the chosen few are read after. The evidence
    // without the rating is a whole number of tenths, and a rating adds at most one point: only
    // suppliers within a point of the best are scored in decimals.
    let serving = region.map(|r| index.serving(r));
    let serves = |s: u32| super::index::in_set(serving.as_deref(), s);
    let mut tenths: Vec<(u32, u32)> = suppliers
        .filter_map(|s| {
            let e = evidence(s);
            let proposable =
                !e.declined && (e.pending.is_some() || e.expired.is_some() || e.country > 0 || e.together > 0);
            proposable.then(|| (points_in_tenths(&e, serves(s)), s))
        })
        .collect();
    let keep = (o.proposals as usize).min(tenths.len());
    if keep == 0 {
        return Vec::new();
    }
    let last = keep.saturating_sub(1);
    tenths.select_nth_unstable_by(last, |a, b| b.0.cmp(&a.0));
    let floor = tenths.get(last).map_or(0, |t| t.0).saturating_sub(10);
    let mut scored: Vec<(Decimal, u32, u32, Evidence)> = tenths
        .iter()
        .filter(|t| t.0 >= floor)
        .map(|&(_, s)| {
            let e = evidence(s);
            (score(&e, serves(s), index.rating(s)), index.rank(s), s, e)
        })
        .collect();
    let by_score =
        |a: &(Decimal, u32, u32, Evidence), b: &(Decimal, u32, u32, Evidence)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    if keep < scored.len() {
        scored.select_nth_unstable_by(keep, by_score);
        scored.truncate(keep);
    }
    scored.sort_by(by_score);
    let m_name = name_of(m);
    scored
        .into_iter()
        .map(|(points, _, s, e)| {
            let id = index.company(s).map(|c| c.company.id.clone()).unwrap_or_default();
            let mut reasons = Vec::new();
            let since = super::index::date_text;
            if let Some(d) = e.pending {
                reasons.push(Reason::new(
                    ReasonKind::Pending,
                    text::proposal::pending(&m_name, since(d).as_deref(), lang),
                ));
            }
            if let Some(d) = e.expired {
                reasons.push(Reason::new(
                    ReasonKind::Expired,
                    text::proposal::expired(&m_name, since(d).as_deref(), lang),
                ));
            }
            if let (Some(c), true) = (country.as_deref(), e.country > 0) {
                let mut names: Vec<&Text> = index
                    .active_of(s)
                    .iter()
                    .filter_map(|&x| index.company(x))
                    .filter(|x| x.company.country.as_deref() == Some(c))
                    .map(|x| &x.company.id)
                    .collect();
                names.sort_unstable();
                let names: Vec<String> = names.iter().take(3).map(|x| name_of(x).to_string()).collect();
                reasons.push(Reason::new(ReasonKind::Country, text::proposal::country(e.country, c, &names, lang)));
            }
            if e.together > 0 {
                let with: Vec<String> = shared
                    .keys()
                    .filter(|x| index.number(x).is_some_and(|n| index.active_of(s).contains(&n)))
                    .take(3)
                    .map(|x| name_of(x).to_string())
                    .collect();
                reasons.push(Reason::new(
                    ReasonKind::CoOccurrence,
                    text::proposal::co_occurrence(&m_name, &with, e.together, lang),
                ));
            }
            if let Some(r) = region {
                reasons.push(Reason::new(ReasonKind::Region, text::region(r, serves(s), lang)));
            }
            reasons.push(Reason::new(ReasonKind::Rating, text::rating(index.company(s).and_then(|c| c.rating), lang)));
            Proposal {
                supplier_name: name_of(&id),
                supplier: id,
                manufacturer: Text::new(m),
                manufacturer_name: m_name.clone(),
                score: points,
                reasons,
            }
        })
        .collect()
}

/// The evidence's points without the rating, in tenths.
#[allow(clippy::arithmetic_side_effects, reason = "small weights times counts capped at COUNTED")]
fn points_in_tenths(e: &Evidence, region: bool) -> u32 {
    30 * u32::from(e.pending.is_some())
        + 20 * u32::from(e.expired.is_some())
        + 4 * e.country.min(COUNTED)
        + 5 * e.together.min(COUNTED)
        + 10 * u32::from(region)
}

#[allow(
    clippy::arithmetic_side_effects,
    reason = "a few points, counts capped at COUNTED and a rating of at most 5: far from 28 digits"
)]
fn score(e: &Evidence, region: bool, rating: Option<Decimal>) -> Decimal {
    let mut points = Decimal::ZERO;
    if e.pending.is_some() {
        points += Decimal::from(3);
    }
    if e.expired.is_some() {
        points += Decimal::TWO;
    }
    points += Decimal::new(4, 1) * Decimal::from(e.country.min(COUNTED));
    points += Decimal::new(5, 1) * Decimal::from(e.together.min(COUNTED));
    if region {
        points += Decimal::ONE;
    }
    points += Decimal::new(2, 1) * rating.unwrap_or_default();
    points.normalize()
}
