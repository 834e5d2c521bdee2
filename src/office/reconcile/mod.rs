//! The Back Office's reconciliation: a source's `proforma/1` held against what was requested for
//! its segment (`roles-and-partners.md`). Each line is `accepted`, `changed` (which fields, old
//! → new, beyond the tolerances), `missing` (requested, not quoted) or `added` (quoted, not
//! requested), with its money effect; the proforma's own totals are recomputed under the spec's
//! rounding and every difference reported; the summary gives the total effect and the new
//! longest lead time. Amounts are in the proforma's currency; requested prices in another are
//! converted with the settings' rates (round(price × rate), as every conversion).

mod document;
mod matching;
pub(crate) mod settings;

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::codes::Code;
use crate::docs::model::Scope;
use crate::model::{Item, Proforma, ProformaLine, Project, Text};
use crate::money::line::{line_amounts, tax, LineAmounts};
use crate::money::{checked_round, currency_minor_units, round};
use crate::problem::Problem;
pub(crate) use document::document;
pub use document::ReconciliationDocument;
pub use matching::MatchedBy;
pub(crate) use matching::{normalise, pair};
pub use settings::{ReconcileSettings, Tolerances};

/// The reconciliation report.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "reconciliation")]
pub struct Reconciliation {
    /// The segment the proforma answers.
    pub segment: String,
    /// The issuer's company id.
    pub issuer: Text,
    /// The proforma's number.
    pub number: Text,
    /// The proforma's currency: every amount of the report is in it.
    pub currency: Text,
    /// Requested lines in the segment's order (accepted, changed or missing), then the added ones
    /// in the proforma's order.
    pub lines: Vec<ReconciledLine>,
    /// The proforma's own totals that do not add up.
    pub arithmetic: Vec<Arithmetic>,
    /// How many lines of each status.
    pub counts: Counts,
    /// Σ net of the requested lines, at the requested prices.
    pub requested_net: Decimal,
    /// Σ net of the quoted lines.
    pub quoted_net: Decimal,
    /// quoted − requested: what the proforma changes, in money.
    pub effect: Decimal,
    /// The longest lead time quoted (the new one), in weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
    /// The longest lead time requested, in weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_lead_time_weeks: Option<u32>,
    /// Whether the proforma can be accepted as it is: every line accepted, its totals adding up.
    pub clean: bool,
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ReconciledLine {
    /// `accepted`, `changed`, `missing` or `added`.
    pub status: LineStatus,
    /// The project item (absent for an added line that names none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<Text>,
    /// The sku: the quoted one when quoted, else the requested one.
    pub sku: Text,
    /// The name: the requested one when requested, else the quoted one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// The index of the quoted line in the proforma's `lines`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quoted_line: Option<usize>,
    /// How the quoted line was paired with the requested one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_by: Option<MatchedBy>,
    /// Fields that differ beyond the tolerances.
    pub changes: Vec<Change>,
    /// Fields that differ within the tolerances (accepted, shown so nothing is hidden).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tolerated: Vec<Change>,
    /// The requested line's amounts, at the requested price (converted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<LineAmounts>,
    /// The quoted line's amounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quoted: Option<LineAmounts>,
    /// quoted net − requested net (a missing line: − requested; an added one: + quoted).
    pub effect: Decimal,
}

/// What became of a requested or quoted line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LineStatus {
    /// Quoted as requested (or within the tolerances).
    Accepted,
    /// Quoted with a price, discount, quantity, unit or lead time beyond the tolerances.
    Changed,
    /// Requested and not quoted.
    Missing,
    /// Quoted and not requested.
    Added,
}

/// One field that differs.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Change {
    /// `unit_price`, `discount_pct`, `quantity`, `unit` or `lead_time_weeks`.
    pub field: &'static str,
    /// The requested value (absent when the project had none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<String>,
    /// The quoted value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quoted: Option<String>,
}

/// A total of the proforma that does not equal what its lines give.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Arithmetic {
    /// `net`, `vat` or `total`.
    pub field: &'static str,
    /// What the proforma states.
    pub stated: Decimal,
    /// What its lines give under the spec's rounding (the total: its own net + VAT).
    pub computed: Decimal,
    /// stated − computed.
    pub difference: Decimal,
}

/// Lines per status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Counts {
    /// Accepted lines.
    pub accepted: usize,
    /// Changed lines.
    pub changed: usize,
    /// Missing lines.
    pub missing: usize,
    /// Added lines.
    pub added: usize,
}

/// Reconciles `proforma` against its segment of `project`. Problems name their input:
/// `proforma` or `settings`.
pub fn reconcile(
    project: &Project,
    proforma: &Proforma,
    settings: &ReconcileSettings,
) -> Result<Reconciliation, Vec<Problem>> {
    let mut problems = check(project, proforma);
    let scope = match Scope::find(project, &proforma.segment) {
        Ok(scope) if problems.is_empty() => scope,
        _ => return Err(problems),
    };
    let currency = proforma.currency.as_str();
    let dp = currency_minor_units(currency).unwrap_or(2);
    let requested: Vec<&Item> = scope.items.iter().map(|(_, i)| *i).collect();
    // Where each requested item stands in the project, for the pointers of its problems.
    let at: Vec<usize> = scope.items.iter().map(|(i, _)| *i).collect();
    // Each requested price in the proforma's currency.
    let mut prices = Vec::with_capacity(requested.len());
    for (item, &i) in requested.iter().zip(&at) {
        let price = match (item.unit_price, item.currency.as_deref().or(Some(project.project.currency.as_str()))) {
            (Some(p), Some(from)) => match settings.rate(from, currency) {
                Some(rate) => {
                    let converted = p.checked_mul(rate).and_then(|x| {
                        if from == currency {
                            Some(x)
                        } else {
                            checked_round(x, dp, settings.rounding())
                        }
                    });
                    if converted.is_none() {
                        problems.push(item_overflow(i, "unit_price"));
                    }
                    converted
                }
                None => {
                    missing_rate(from, currency, &mut problems);
                    None
                }
            },
            _ => None,
        };
        prices.push(price);
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let pairs = matching::pair(&requested, &proforma.lines);
    let mut lines = Vec::with_capacity(requested.len().saturating_add(proforma.lines.len()));
    let amounts = |q: Decimal, p: Decimal, d: Option<Decimal>, problem: &dyn Fn() -> Problem| {
        line_amounts(q, p, d, dp, settings.rounding()).ok_or_else(|| vec![problem()])
    };
    for (((item, price), pair), &i) in requested.iter().zip(&prices).zip(&pairs).zip(&at) {
        let requested_amounts = price
            .map(|p| amounts(item.quantity, p, item.discount_pct, &|| item_overflow(i, "quantity")))
            .transpose()?;
        let line = match pair.and_then(|(q, how)| proforma.lines.get(q).map(|l| (q, how, l))) {
            Some((q, how, quoted)) => {
                let quoted_amounts = amounts(quoted.quantity, quoted.unit_price, quoted.discount_pct, &|| {
                    overflow_at(format!("/lines/{q}/unit_price"))
                })?;
                let (changes, tolerated) = compare(item, *price, quoted, &settings.tolerances);
                let effect = quoted_amounts
                    .net
                    .checked_sub(requested_amounts.map_or(Decimal::ZERO, |a| a.net))
                    .ok_or_else(|| vec![overflow_at(format!("/lines/{q}"))])?;
                ReconciledLine {
                    status: if changes.is_empty() { LineStatus::Accepted } else { LineStatus::Changed },
                    item: Some(item.id.clone()),
                    sku: quoted.sku.clone(),
                    name: Some(item.name.clone()),
                    quoted_line: Some(q),
                    matched_by: Some(how),
                    changes,
                    tolerated,
                    requested: requested_amounts,
                    quoted: Some(quoted_amounts),
                    effect: round(effect, dp, settings.rounding()),
                }
            }
            None => ReconciledLine {
                status: LineStatus::Missing,
                item: Some(item.id.clone()),
                sku: item.sku.clone(),
                name: Some(item.name.clone()),
                quoted_line: None,
                matched_by: None,
                changes: Vec::new(),
                tolerated: Vec::new(),
                requested: requested_amounts,
                quoted: None,
                effect: round(
                    crate::money::negate(requested_amounts.map_or(Decimal::ZERO, |a| a.net)),
                    dp,
                    settings.rounding(),
                ),
            },
        };
        lines.push(line);
    }
    // Which quoted lines answer a requested one: a flag per line (a lookup, not a search).
    let mut paired = vec![false; proforma.lines.len()];
    for (q, _) in pairs.iter().flatten() {
        if let Some(flag) = paired.get_mut(*q) {
            *flag = true;
        }
    }
    for (q, quoted) in proforma.lines.iter().enumerate().filter(|(q, _)| !paired.get(*q).copied().unwrap_or(false)) {
        let quoted_amounts = amounts(quoted.quantity, quoted.unit_price, quoted.discount_pct, &|| {
            overflow_at(format!("/lines/{q}/unit_price"))
        })?;
        lines.push(ReconciledLine {
            status: LineStatus::Added,
            item: quoted.item.clone(),
            sku: quoted.sku.clone(),
            name: quoted.name.clone(),
            quoted_line: Some(q),
            matched_by: None,
            changes: Vec::new(),
            tolerated: Vec::new(),
            requested: None,
            quoted: Some(quoted_amounts),
            effect: quoted_amounts.net,
        });
    }

    let zero = round(Decimal::ZERO, dp, settings.rounding());
    let sum = |f: &dyn Fn(&ReconciledLine) -> Option<Decimal>| {
        lines.iter().filter_map(f).try_fold(zero, |s, x| s.checked_add(x)).ok_or_else(|| vec![overflow()])
    };
    let requested_net = sum(&|l| l.requested.map(|a| a.net))?;
    let quoted_net = sum(&|l| l.quoted.map(|a| a.net))?;
    let arithmetic = arithmetic(proforma, &lines, dp, settings)?;
    let mut counts = Counts::default();
    for l in &lines {
        match l.status {
            LineStatus::Accepted => counts.accepted = counts.accepted.saturating_add(1),
            LineStatus::Changed => counts.changed = counts.changed.saturating_add(1),
            LineStatus::Missing => counts.missing = counts.missing.saturating_add(1),
            LineStatus::Added => counts.added = counts.added.saturating_add(1),
        }
    }
    Ok(Reconciliation {
        segment: scope.id.clone(),
        issuer: proforma.issuer.clone(),
        number: proforma.number.clone(),
        currency: proforma.currency.clone(),
        clean: counts.accepted == lines.len() && arithmetic.is_empty(),
        lines,
        arithmetic,
        counts,
        requested_net,
        quoted_net,
        effect: quoted_net.checked_sub(requested_net).ok_or_else(|| vec![overflow()])?,
        lead_time_weeks: proforma.lines.iter().filter_map(|l| l.lead_time_weeks).max(),
        requested_lead_time_weeks: requested.iter().filter_map(|i| i.lead_time_weeks).max(),
    })
}

/// What a proforma must be to be reconciled against `project`: for one of its segments, issued
/// by that segment's source.
pub(crate) fn check(project: &Project, proforma: &Proforma) -> Vec<Problem> {
    let scope = match Scope::find(project, &proforma.segment) {
        Ok(scope) => scope,
        Err(p) => return vec![in_proforma(p)],
    };
    if proforma.issuer == scope.source.id {
        return Vec::new();
    }
    vec![in_proforma(Problem::new(
        Code::ProformaWrongIssuer,
        "/issuer",
        format!(
            "The proforma is issued by \"{}\", but segment \"{}\" is sourced from \"{}\"; only the segment's source quotes it.",
            proforma.issuer, scope.id, scope.source.id
        ),
    ))]
}

/// The fields of `quoted` that differ from `item`: beyond the tolerances, and within them.
fn compare(item: &Item, price: Option<Decimal>, quoted: &ProformaLine, t: &Tolerances) -> (Vec<Change>, Vec<Change>) {
    let (mut changes, mut tolerated) = (Vec::new(), Vec::new());
    let mut note = |field, requested: Option<String>, quoted: Option<String>, within: bool| {
        let c = Change { field, requested, quoted };
        if within {
            tolerated.push(c);
        } else {
            changes.push(c);
        }
    };
    let text = |d: Decimal| d.normalize().to_string();
    if price != Some(quoted.unit_price) {
        let within = price.is_some_and(|p| !p.is_zero() && within_pct(quoted.unit_price, p, t.unit_price_pct));
        note("unit_price", price.map(|p| p.to_string()), Some(quoted.unit_price.to_string()), within);
    }
    let (asked, got) = (item.discount_pct.unwrap_or_default(), quoted.discount_pct.unwrap_or_default());
    if asked != got {
        note("discount_pct", Some(text(asked)), Some(text(got)), within(asked, got, t.discount_pct));
    }
    if item.quantity != quoted.quantity {
        note(
            "quantity",
            Some(text(item.quantity)),
            Some(text(quoted.quantity)),
            within(item.quantity, quoted.quantity, t.quantity),
        );
    }
    if let Some(unit) = quoted.unit.as_deref().filter(|u| normalise(u) != normalise(item.unit())) {
        note("unit", Some(item.unit().to_string()), Some(unit.to_string()), false);
    }
    if let Some(weeks) = quoted.lead_time_weeks.filter(|w| Some(*w) != item.lead_time_weeks) {
        let within = item.lead_time_weeks.is_some_and(|a| a.abs_diff(weeks) <= t.lead_time_weeks);
        note("lead_time_weeks", item.lead_time_weeks.map(|w| w.to_string()), Some(weeks.to_string()), within);
    }
    (changes, tolerated)
}

/// Whether `a` and `b` differ by at most `tolerance`. A difference too large to compute (beyond
/// 28 digits) is beyond any tolerance.
fn within(a: Decimal, b: Decimal, tolerance: Decimal) -> bool {
    a.checked_sub(b).is_some_and(|d| d.abs() <= tolerance)
}

/// Whether `quoted` is within `pct` percent of `asked` (not zero): |quoted − asked| × 100 ≤ pct ×
/// |asked|, in checked arithmetic. A difference too large to compute is beyond it; a bound too
/// large to compute is above any difference that could be.
fn within_pct(quoted: Decimal, asked: Decimal, pct: Decimal) -> bool {
    let Some(difference) = quoted.checked_sub(asked).and_then(|d| d.abs().checked_mul(Decimal::ONE_HUNDRED)) else {
        return false;
    };
    pct.checked_mul(asked.abs()).is_none_or(|bound| difference <= bound)
}

/// The proforma's stated totals against its lines: net = Σ line nets; VAT per rate over the
/// document (lines without a rate carry none); total = its own net + VAT.
fn arithmetic(
    proforma: &Proforma,
    lines: &[ReconciledLine],
    dp: u32,
    settings: &ReconcileSettings,
) -> Result<Vec<Arithmetic>, Vec<Problem>> {
    let Some(totals) = &proforma.totals else { return Ok(Vec::new()) };
    let zero = round(Decimal::ZERO, dp, settings.rounding());
    let mut net = zero;
    let mut by_rate: BTreeMap<Decimal, Decimal> = BTreeMap::new();
    for l in lines {
        let (Some(q), Some(a)) = (l.quoted_line.and_then(|q| proforma.lines.get(q)), l.quoted) else { continue };
        net = net.checked_add(a.net).ok_or_else(|| vec![overflow()])?;
        if let Some(rate) = q.vat_pct {
            let base = by_rate.entry(rate.normalize()).or_insert(zero);
            *base = base.checked_add(a.net).ok_or_else(|| vec![overflow()])?;
        }
    }
    let mut vat = zero;
    for (rate, base) in by_rate {
        let tax = tax(base, rate, false, dp, settings.rounding()).ok_or_else(|| vec![overflow()])?;
        vat = vat.checked_add(tax).ok_or_else(|| vec![overflow()])?;
    }
    let stated_net = totals.net.unwrap_or(net);
    let stated_vat = totals.vat.unwrap_or(vat);
    let total = stated_net.checked_add(stated_vat).ok_or_else(|| vec![overflow_at("/totals".into())])?;
    let mut out = Vec::new();
    for (field, stated, computed) in
        [("net", totals.net, net), ("vat", totals.vat, vat), ("total", totals.total, total)]
    {
        if let Some(stated) = stated.filter(|s| *s != computed) {
            let difference =
                stated.checked_sub(computed).ok_or_else(|| vec![overflow_at(format!("/totals/{field}"))])?;
            out.push(Arithmetic { field, stated, computed, difference });
        }
    }
    Ok(out)
}

fn in_proforma(p: Problem) -> Problem {
    Problem { input: Some(crate::problem::Input::Proforma), ..p }
}

fn missing_rate(from: &str, to: &str, problems: &mut Vec<Problem>) {
    if problems.iter().any(|p| p.code == Code::FxMissingRate && p.message.contains(&format!("{from} → {to}"))) {
        return;
    }
    problems.push(Problem {
        input: Some(crate::problem::Input::Settings),
        ..Problem::new(
            Code::FxMissingRate,
            "/fx",
            format!(
                "The requested prices are in {from} and the proforma in {to}: give the rate {from} → {to} in `fx`."
            ),
        )
    });
}

fn overflow() -> Problem {
    overflow_at("/lines".into())
}

/// `amount.overflow` at `field` of the project's item `at`: its amounts cannot be computed.
fn item_overflow(at: usize, field: &str) -> Problem {
    Problem {
        input: Some(crate::problem::Input::Project),
        ..Problem::new(
            Code::AmountOverflow,
            format!("/items/{at}/{field}"),
            "This item's amount is too large to compute exactly (28 digits) in the proforma's currency.",
        )
    }
}

/// `amount.overflow` at `path` of the proforma.
fn overflow_at(path: String) -> Problem {
    in_proforma(Problem::new(Code::AmountOverflow, path, "An amount is too large to compute exactly (28 digits)."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn tolerances_hold_at_the_edges_of_decimal_and_never_overflow() {
        let max = Decimal::MAX;
        assert!(within(d("10"), d("10.4"), d("0.5")));
        assert!(!within(d("10"), d("10.6"), d("0.5")));
        // max − (−max) is beyond 28 digits: beyond any tolerance, not a panic.
        assert!(!within(max, -max, max));
        assert!(within_pct(d("101"), d("100"), d("1")));
        assert!(!within_pct(d("102"), d("100"), d("1")));
        // A JPY price of 1e28 quoted for 1: the difference × 100 is beyond 28 digits.
        assert!(!within_pct(d("10000000000000000000000000000"), d("1"), d("5")));
        // A bound beyond 28 digits is above any difference that could be computed.
        assert!(within_pct(d("20000000000000000000000000"), d("10000000000000000000000000"), max));
    }
}
