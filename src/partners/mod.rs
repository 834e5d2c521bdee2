//! Partners: which suppliers to invite for a project's manufacturers, and which partnerships
//! to propose where none exists (`roles-and-partners.md`, "Recommendation" and "Partnership
//! proposals").
//!
//! The data walks: a `partner-directory/1` → [`PartnerIndex`] (loaded once) → for a project,
//! the manufacturers that need a supplier (`needs`) → candidates through active partnerships
//! ranked (`rank`) → the smallest cover (`cover`) → proposals for the rest (`proposals`).
//! Every list is in a stated order (ranking order, needs order, ids); nothing comes out in hash
//! order, so results are the same on every run, platform and surface.

pub(crate) mod cover;
pub(crate) mod index;
pub(crate) mod letter;
pub(crate) mod load;
pub(crate) mod needs;
pub(crate) mod options;
pub(crate) mod proposals;
pub(crate) mod rank;
mod text;

pub use index::{PartnerIndex, UpdateSummary};
pub use letter::{LetterRequest, LetterText, ProposalLetter};
pub use options::{PastProject, RecommendOptions};
pub use proposals::Proposal;

/// The steps of a recommendation, one by one, as `benches/profile_partners.rs` times them:
/// the project's needs, the candidates and their ranking, the smallest cover, the proposals,
/// and the directory's fast loader.
pub mod steps {
    pub use super::cover::{cover, greedy_lists, Cover, Limits, Method};
    pub use super::load::optimistic;
    pub use super::needs::{needs, Needs, ShareBasis};
    pub use super::proposals::propose;
    pub use super::rank::{candidates, first};
}

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{CompanyKind, Project, Text};
use crate::money::words::Lang;
use crate::problem::Problem;
use needs::ShareBasis;
use rank::{Candidate, Candidates};

/// The kinds of reason, stable names a host can match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// The partnerships that cover the manufacturers.
    Covers,
    /// The share of the project's needs covered.
    Share,
    /// The discount it gives.
    Discount,
    /// Whether it delivers to the project's region.
    Region,
    /// Its rating.
    Rating,
    /// Its place, against its neighbours.
    Rank,
    /// Why it is in the smallest cover.
    Cover,
    /// Why the cover is the smallest.
    Proof,
    /// Other covers as small.
    Ties,
    /// Manufacturers no supplier covers.
    Uncovered,
    /// A partnership not yet active.
    Pending,
    /// A partnership that ended.
    Expired,
    /// A supplier in the manufacturer's country.
    Country,
    /// Manufacturers bought together in other projects.
    CoOccurrence,
}

/// One reason, with a stable `kind` a host can match and its sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Reason {
    /// What it is about.
    pub kind: ReasonKind,
    /// The sentence, in the recommendation's language.
    pub text: String,
}

impl Reason {
    fn new(kind: ReasonKind, text: String) -> Self {
        Reason { kind, text }
    }
}

/// The result of `recommend`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "recommendation")]
pub struct Recommendation {
    /// The project's id.
    pub project: Text,
    /// The segment or unsourced group asked about, when one was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<Text>,
    /// The manufacturers that need a supplier, in project order.
    pub needs: Vec<Text>,
    /// Each of them: its groups, items, weight and share, and how many active partners it has.
    pub manufacturers: Vec<Needing>,
    /// What shares are shares of: `value` or `lines`.
    pub share_basis: ShareBasis,
    /// The currency of the values, with `value`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// Why shares count lines, with `lines`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_note: Option<String>,
    /// Suppliers with active partnerships, best first (the first `limit`).
    pub ranking: Vec<Ranked>,
    /// How many suppliers have an active partnership with a manufacturer that needs one.
    pub candidates: usize,
    /// The smallest set of suppliers covering every manufacturer that has an active partner.
    pub cover: CoverResult,
    /// Manufacturers no active partnership covers.
    pub uncovered: Vec<Text>,
    /// Proposed partnerships for them.
    pub proposals: Vec<Proposal>,
    /// Why the uncovered are uncovered.
    pub reasons: Vec<Reason>,
}

/// A manufacturer that needs a supplier.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Needing {
    /// Its company id.
    pub manufacturer: Text,
    /// Its name.
    pub name: Text,
    /// The segments and unsourced groups it needs a supplier for.
    pub groups: Vec<String>,
    /// Its items.
    pub items: Vec<Text>,
    /// Its weight: net value in `currency`, or a number of lines.
    pub value: Decimal,
    /// Its part of the whole weight, 0–1 (four places).
    pub share: Decimal,
    /// How many suppliers have an active partnership with it.
    pub active_partners: usize,
}

/// A ranked supplier.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Ranked {
    /// Place, from 1.
    pub rank: usize,
    /// Its company id.
    pub supplier: Text,
    /// Its name.
    pub name: Text,
    /// `supplier` or `showroom`.
    pub kind: CompanyKind,
    /// The manufacturers it covers, through which partnership.
    pub covers: Vec<Covered>,
    /// The part of the weight needing a supplier it covers, 0–1 (four places).
    pub share: Decimal,
    /// Its discount, weighted by what it covers.
    pub discount_pct: Decimal,
    /// Whether it serves the delivery region.
    pub region_match: bool,
    /// Its rating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<Decimal>,
    /// Why it is here, and why here.
    pub reasons: Vec<Reason>,
}

/// A manufacturer a supplier covers.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Covered {
    /// Its company id.
    pub manufacturer: Text,
    /// Its name.
    pub name: Text,
    /// The partnership's since-date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The partnership's discount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
    /// The manufacturer's share of the weight, 0–1.
    pub share: Decimal,
}

/// The smallest cover.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CoverResult {
    /// Its suppliers, in id order.
    pub suppliers: Vec<Text>,
    /// True when proven minimal.
    pub exact: bool,
    /// `exact`, `greedy`, or `search` (better than greedy, stopped at its limit, not proven).
    pub method: &'static str,
    /// The fewest suppliers any cover needs, as far as proven.
    pub lower_bound: usize,
    /// Whether the choice among covers of this size (largest summed share, then ids) is proven
    /// too; false when the search stopped at its limit first (the size can still be exact).
    pub ties_proven: bool,
    /// With a greedy answer: it is at most this many times the minimum (H of the largest set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<Decimal>,
    /// Which of its suppliers to ask for each manufacturer (the largest discount, then id).
    pub assignment: Vec<Assignment>,
    /// The part of the weight it covers, 0–1.
    pub share: Decimal,
    /// What it covers and how sure it is.
    pub reasons: Vec<Reason>,
}

/// One manufacturer and the cover's supplier for it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Assignment {
    /// The manufacturer.
    pub manufacturer: Text,
    /// The supplier.
    pub supplier: Text,
    /// Its discount there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
}

/// A company's name: the directory's, else the project's, else its id.
fn name(index: &PartnerIndex, project: &Project, id: &str) -> Text {
    index
        .find(id)
        .map(|c| c.company.name.clone())
        .or_else(|| project.company(id).map(|c| c.name.clone()))
        .unwrap_or_else(|| Text::new(id))
}

fn share_of(part: Decimal, total: Decimal) -> Decimal {
    part.checked_div(total).unwrap_or_default().round_dp(4).normalize()
}

/// The language of the reasons: the options', else the project's locale.
fn language(project: &Project, o: &RecommendOptions) -> Lang {
    o.language.unwrap_or_else(|| crate::docs::project_language(project))
}

/// Recommends suppliers for a checked project from the index.
pub fn recommend(
    project: &Project,
    index: &PartnerIndex,
    o: &RecommendOptions,
) -> Result<Recommendation, Vec<Problem>> {
    let problems = needs::check(project, o);
    if !problems.is_empty() {
        return Err(problems);
    }
    let lang = language(project, o);
    let needs = needs::needs(project, o)?;
    let region = project.project.delivery.as_ref().and_then(|d| d.region.as_deref());
    let candidates = rank::candidates(index, &needs);
    let serving = region.map(|r| index.serving(r));
    let partners = candidates.partners.clone();
    let share = |v: Decimal| share_of(v, needs.total);
    let manufacturers = needs
        .list
        .iter()
        .zip(&partners)
        .map(|(n, &p)| Needing {
            manufacturer: Text::new(n.manufacturer),
            name: name(index, project, n.manufacturer),
            groups: n.groups.clone(),
            items: n.items.iter().filter_map(|&i| project.items.get(i)).map(|i| i.id.clone()).collect(),
            value: n.value,
            share: share(n.value),
            active_partners: p,
        })
        .collect();
    let cover = cover_of(index, project, &needs, &candidates, &partners, lang);
    // The first `limit`, and the one after them (to say why the last is ahead of it).
    let shown = (o.limit as usize).min(candidates.list.len());
    let keys = rank::first(&candidates, shown.saturating_add(1), index, &needs, serving.as_deref());
    let ranking =
        (0..shown).filter_map(|i| ranked(index, project, &needs, &candidates, &keys, i, region, lang)).collect();
    let uncovered: Vec<&str> =
        needs.list.iter().zip(&partners).filter(|(_, &p)| p == 0).map(|(n, _)| n.manufacturer).collect();
    let proposals = uncovered.iter().flat_map(|m| proposals::propose(index, project, o, m, region, lang)).collect();
    let mut reasons = Vec::new();
    if !uncovered.is_empty() {
        let names: Vec<String> = uncovered.iter().map(|m| name(index, project, m).to_string()).collect();
        reasons.push(Reason::new(ReasonKind::Uncovered, text::uncovered(&names, lang)));
    }
    Ok(Recommendation {
        project: project.project.id.clone(),
        segment: o.segment.clone(),
        needs: needs.list.iter().map(|n| Text::new(n.manufacturer)).collect(),
        manufacturers,
        share_basis: needs.basis,
        currency: needs.currency.clone(),
        share_note: needs.because.as_ref().map(|b| text::lines_because(b, lang)),
        ranking,
        candidates: candidates.list.len(),
        cover,
        uncovered: uncovered.into_iter().map(Text::new).collect(),
        proposals,
        reasons,
    })
}

/// The place-`i` supplier of `keys`, explained.
#[allow(clippy::too_many_arguments)]
fn ranked(
    index: &PartnerIndex,
    project: &Project,
    needs: &needs::Needs<'_>,
    all: &Candidates,
    keys: &[rank::Key],
    i: usize,
    region: Option<&str>,
    lang: Lang,
) -> Option<Ranked> {
    let key = keys.get(i)?;
    let c = all.list.get(key.at)?;
    let company = index.company(c.supplier)?;
    let candidate = |k: &rank::Key| all.list.get(k.at).copied();
    let id_of = |k: &rank::Key| {
        candidate(k).and_then(|x| index.company(x.supplier)).map(|x| x.company.id.clone()).unwrap_or_default()
    };
    let discount_of = |k: &rank::Key| candidate(k).map_or(Decimal::ZERO, |x| all.discount(&x, index, needs));
    let by_lines = needs.basis == ShareBasis::Lines;
    let covers: Vec<Covered> = all
        .of(c, index)
        .iter()
        .filter_map(|&(n, link)| {
            let need = needs.list.get(n)?;
            Some(Covered {
                manufacturer: Text::new(need.manufacturer),
                name: name(index, project, need.manufacturer),
                since: link.since_text(),
                discount_pct: link.discount_pct,
                share: share_of(need.value, needs.total),
            })
        })
        .collect();
    let share_units = |units: i128| share_of(all.decimal(units), needs.total);
    let share = share_units(c.value);
    let discount = discount_of(key);
    let partnerships: Vec<String> =
        covers.iter().map(|x| text::partnership(&x.name, x.since.as_deref(), x.discount_pct, lang)).collect();
    let mut reasons = vec![
        Reason::new(ReasonKind::Covers, text::covers(&partnerships, lang)),
        Reason::new(ReasonKind::Share, text::covered(covers.len(), needs.list.len(), share, by_lines, lang)),
        Reason::new(ReasonKind::Discount, text::discount(discount, by_lines, lang)),
    ];
    if let Some(r) = region {
        reasons.push(Reason::new(ReasonKind::Region, text::region(r, key.region, lang)));
    }
    reasons.push(Reason::new(ReasonKind::Rating, text::rating(key.rating, lang)));
    let compare = |other: &rank::Key, ahead: bool| {
        let criterion = rank::deciding(key, other);
        let (mine, theirs) = match criterion {
            rank::Criterion::Share => (text::share(share, lang), text::share(share_units(other.value), lang)),
            rank::Criterion::Discount => {
                (crate::docs::format::percent(discount, lang), crate::docs::format::percent(discount_of(other), lang))
            }
            rank::Criterion::Region => (text::serves(key.region, lang), text::serves(other.region, lang)),
            rank::Criterion::Rating => (text::rating(key.rating, lang), text::rating(other.rating, lang)),
            rank::Criterion::Id => (id_of(key).to_string(), id_of(other).to_string()),
        };
        let other_name = name(index, project, &id_of(other));
        text::rank(&other_name, ahead, criterion, &mine, &theirs, lang)
    };
    let mut comparisons = Vec::new();
    if let Some(prev) = i.checked_sub(1).and_then(|p| keys.get(p)) {
        comparisons.push(compare(prev, false));
    }
    if let Some(next) = keys.get(i.saturating_add(1)) {
        comparisons.push(compare(next, true));
    }
    if !comparisons.is_empty() {
        reasons.push(Reason::new(ReasonKind::Rank, text::place(i.saturating_add(1), &comparisons, lang)));
    }
    Some(Ranked {
        rank: i.saturating_add(1),
        supplier: company.company.id.clone(),
        name: company.company.name.clone(),
        kind: company.company.kind,
        covers,
        share,
        discount_pct: discount,
        region_match: key.region,
        rating: key.rating,
        reasons,
    })
}

/// The smallest cover of the manufacturers that have an active partner, explained.
fn cover_of(
    index: &PartnerIndex,
    project: &Project,
    needs: &needs::Needs<'_>,
    candidates: &Candidates,
    partners: &[usize],
    lang: Lang,
) -> CoverResult {
    let coverable: Vec<usize> = partners.iter().enumerate().filter(|(_, &p)| p > 0).map(|(n, _)| n).collect();
    let found = if needs.list.len() <= cover::MAX_ELEMENTS {
        // Of the suppliers covering a single manufacturer (most of them, in a large directory),
        // only the one with the smallest id can be in the cover: the others have the same set
        // and weight and a larger id. They are left out before the search.
        let mut single: Vec<Option<usize>> = vec![None; needs.list.len()];
        let mut pick: Vec<usize> = Vec::new();
        for (i, c) in candidates.list.iter().enumerate() {
            if c.count != 1 {
                pick.push(i);
            } else if let Some(s) = single.get_mut(c.mask.trailing_zeros() as usize) {
                if s.and_then(|j| candidates.list.get(j)).is_none_or(|b| c.rank < b.rank) {
                    *s = Some(i);
                }
            }
        }
        pick.extend(single.into_iter().flatten());
        let picked = || pick.iter().filter_map(|&i| candidates.list.get(i));
        let masks: Vec<u128> = picked().map(|c| c.mask).collect();
        let weights: Vec<i128> = picked().map(|c| c.value).collect();
        let ids: Vec<u32> = picked().map(|c| c.rank).collect();
        let mut found = cover::cover(&masks, &weights, &ids, cover::Limits::default());
        found.sets = found.sets.iter().filter_map(|&k| pick.get(k).copied()).collect();
        found
    } else {
        let weights: Vec<i128> = candidates.list.iter().map(|c| c.value).collect();
        let ids: Vec<u32> = candidates.list.iter().map(|c| c.rank).collect();
        let sets: Vec<Vec<usize>> =
            candidates.list.iter().map(|c| candidates.of(c, index).iter().map(|&(n, _)| n).collect()).collect();
        cover::greedy_lists(needs.list.len(), &sets, &weights, &ids)
    };
    let id = |c: &Candidate| index.company(c.supplier).map(|x| x.company.id.clone()).unwrap_or_default();
    let chosen: Vec<&Candidate> = found.sets.iter().filter_map(|&i| candidates.list.get(i)).collect();
    let covers: Vec<Vec<(usize, index::Link)>> = chosen.iter().map(|c| candidates.of(c, index)).collect();
    let assignment: Vec<Assignment> = coverable
        .iter()
        .filter_map(|&n| {
            let need = needs.list.get(n)?;
            let (c, link) = chosen
                .iter()
                .zip(&covers)
                .filter_map(|(c, of)| of.iter().find(|(x, _)| *x == n).map(|(_, l)| (*c, *l)))
                .max_by(|a, b| a.1.discount_pct.cmp(&b.1.discount_pct).then(b.0.rank.cmp(&a.0.rank)))?;
            Some(Assignment {
                manufacturer: Text::new(need.manufacturer),
                supplier: id(c),
                discount_pct: link.discount_pct,
            })
        })
        .collect();
    // A subset of the needs, whose total was added checked: it cannot overflow, but is
    // added checked all the same.
    let covered = coverable
        .iter()
        .filter_map(|&n| needs.list.get(n))
        .try_fold(Decimal::ZERO, |sum, n| sum.checked_add(n.value))
        .unwrap_or(needs.total);
    let exact = found.method == cover::Method::Exact;
    let mut reasons = Vec::new();
    if !chosen.is_empty() {
        let s: Vec<String> = chosen.iter().map(|c| name(index, project, &id(c)).to_string()).collect();
        let m: Vec<String> = coverable
            .iter()
            .filter_map(|&n| needs.list.get(n))
            .map(|n| name(index, project, n.manufacturer).to_string())
            .collect();
        reasons.push(Reason::new(ReasonKind::Cover, text::cover(&s, &m, lang)));
        reasons.push(Reason::new(
            ReasonKind::Proof,
            text::proof(chosen.len(), exact, found.lower_bound, found.ratio, lang),
        ));
        if exact && !found.ties_proven {
            reasons.push(Reason::new(ReasonKind::Ties, text::ties(lang)));
        }
    }
    CoverResult {
        suppliers: chosen.iter().map(|c| id(c)).collect(),
        exact,
        method: match found.method {
            cover::Method::Exact => "exact",
            cover::Method::Greedy => "greedy",
            cover::Method::Search => "search",
        },
        lower_bound: found.lower_bound,
        ties_proven: found.ties_proven,
        ratio: (!exact).then_some(found.ratio),
        assignment,
        share: share_of(covered, needs.total),
        reasons,
    }
}
