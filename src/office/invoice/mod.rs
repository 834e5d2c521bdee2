//! The Front Office's client invoice, computed in the order of `segments-and-money.md` ("The
//! client invoice, step by step"), so that every host gets the same cents:
//!
//! 1. purchase net unit price = the line's net (the source's discount, or the accepted
//!    proforma's) ÷ quantity, kept exact;
//! 2. sale unit price = round(purchase × (1 + markup / 100)), or the supplier's sale price;
//! 3. converted into the invoice's currency: round(sale × rate);
//! 4. amount = round(quantity × sale); goods = Σ amounts;
//! 5. costs in the request's order, converted or a percentage of the goods; allocated ones
//!    spread over the lines by the largest remainder (`crate::money::allocate`);
//! 6. VAT by the policy; total;
//! 7. deposit and balance.

mod costs;
mod credit;
mod goods;
pub(crate) mod request;

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::codes::Code;
use crate::docs::labels::L;
use crate::docs::model::client_invoice::{ClientInvoice, CostLine, InvoiceLine, InvoiceTotals};
use crate::docs::model::pricing::VatRow;
use crate::docs::model::{Head, Party, Scope};
use crate::docs::settings::VatPolicy;
use crate::model::{Project, Text};
use crate::money::line::tax;
use crate::money::words::amount_in_words;
use crate::money::{currency_minor_units, exact_add, exact_sub, round, Rounding};
use crate::problem::Problem;
pub use credit::{credit_note, CreditLine, CreditRequest};
pub use request::{Basis, Cost, CostKind, InvoiceRequest, InvoiceTerms, LinePricing};

/// Builds the client invoice `request` asks for. Problems name their input (`request`, or
/// `project` for an item's missing price).
pub fn invoice(project: &Project, request: &InvoiceRequest) -> Result<(ClientInvoice, Vec<Problem>), Vec<Problem>> {
    let s = &request.settings;
    let problems = check(project, request);
    if !problems.is_empty() {
        return Err(problems);
    }
    let seller = seller_of(project, request);
    let scopes: Vec<Scope<'_>> = request.segments.iter().filter_map(|id| Scope::find(project, id).ok()).collect();
    let date = s.date.clone().or_else(|| project.project.date.clone()).unwrap_or_default();
    let lang = crate::docs::language(project, s);
    let mut warnings = Vec::new();
    let picked = goods::pick(project, &scopes, &request.proformas, s, &mut warnings);
    let currency = goods::currency(project, s, &picked)?;
    let dp = currency_minor_units(&currency).unwrap_or(2);
    let rounding = s.rounding;
    let priced = goods::price(&picked, request, &currency, dp)?;
    let goods_total = sum(priced.iter().map(|l| l.amount), dp, rounding, "/segments")?;

    let spread = costs::apply(request, &picked, &priced, goods_total, &currency, dp, lang)?;
    let mut lines: Vec<InvoiceLine> = Vec::with_capacity(priced.len());
    for (n, (line, p)) in priced.iter().zip(&picked).enumerate() {
        let allocated = spread.allocated.get(n).cloned().unwrap_or_default();
        let at = format!("/lines/{}", crate::problem::escape_token(&p.item.id));
        let extra = sum(allocated.values().copied(), dp, rounding, "/costs")?;
        let vat_pct = vat_rate(request.lines.get(p.item.id.as_str()).and_then(|l| l.vat_pct), s.vat.rate, "/vat/rate")?;
        lines.push(InvoiceLine {
            n: n.saturating_add(1),
            item: p.item.id.clone(),
            segment: p.segment.clone(),
            sku: p.item.sku.clone(),
            name: p.item.name.clone(),
            options: p.item.options.iter().map(|o| format!("{}: {}", o.name, o.value)).collect::<Vec<_>>().join(" · "),
            quantity: p.quantity,
            unit: Text::new(p.item.unit()),
            unit_price: line.unit_price,
            amount: line.amount,
            line_total: add(line.amount, extra, &at)?,
            allocated,
            vat_pct,
        });
    }
    let mut cost_lines = Vec::with_capacity(spread.own.len());
    for own in spread.own {
        let vat_pct = vat_rate(own.vat_pct, s.vat.rate, &format!("/costs/{}/vat_pct", own.index))?;
        cost_lines.push(CostLine { kind: own.kind.as_str(), label: own.label, amount: own.amount, vat_pct });
    }
    let totals = totals(&lines, &cost_lines, goods_total, spread.total, dp, rounding, s)?;
    let deposit = s.deposit_pct.map(|pct| percent(totals.total, pct, dp, rounding)).transpose()?;
    let balance = sub(
        sub(totals.total, deposit.unwrap_or_default(), "/deposit_pct")?,
        request.paid.unwrap_or_default(),
        "/paid",
    )?;
    let total_in_words = amount_in_words(totals.total, &currency, lang).unwrap_or_default();
    let seller = seller.map(Party::from).unwrap_or_default();
    let buyer = project.project.client.as_ref().map(Party::from).unwrap_or_default();
    let used: Vec<_> =
        s.fx.iter().filter(|r| r.to == currency && picked.iter().any(|p| p.currency == r.from)).cloned().collect();
    let invoice = ClientInvoice {
        head: Head {
            number: s.number.as_deref().map_or_else(|| format!("INV-{}", project.project.id), str::to_string),
            date,
            language: lang,
            title: L::client_invoice.get(lang),
            project: project.project.id.clone(),
            project_name: project.project.name.clone(),
            segment: None,
        },
        segments: request.segments.iter().map(ToString::to_string).collect(),
        seller,
        buyer,
        currency: Text::new(&currency),
        fx: used,
        lines,
        costs: cost_lines,
        totals,
        deposit_pct: s.deposit_pct,
        deposit,
        deposit_due: request.deposit_due.clone(),
        paid: request.paid.map(|p| round(p, dp, rounding)),
        credited: None,
        balance: round(balance, dp, rounding),
        balance_due: request.balance_due.clone(),
        payment_terms: s.payment_terms.clone(),
        total_in_words,
        corrects: None,
        reason: None,
    };
    Ok((invoice, warnings))
}

/// What a request must be to be invoiced from `project`: dates, currencies and rates that are
/// well written, a known seller, known segments, proformas for those segments from their
/// sources. Runs on a request that failed to read too, so that one call reports everything.
pub(crate) fn check(project: &Project, request: &InvoiceRequest) -> Vec<Problem> {
    let mut problems: Vec<Problem> = crate::docs::check(project, &request.settings, None);
    if seller_of(project, request).is_none() && !request.seller.is_empty() {
        problems.push(Problem::request(
            Code::RefUnknownCompany,
            "/seller",
            format!(
                "The seller \"{}\" is neither in the project's `companies` nor in the request's `companies`; add the supplier's company there.",
                request.seller
            ),
        ));
    }
    for (i, id) in request.segments.iter().enumerate() {
        if let Err(p) = Scope::find(project, id) {
            problems.push(Problem { path: format!("/segments/{i}"), ..p });
        }
    }
    for (i, pf) in request.proformas.iter().enumerate() {
        if !request.segments.contains(&pf.segment) {
            problems.push(Problem::request(
                Code::SegmentUnknown,
                format!("/proformas/{i}/segment"),
                format!("The proforma {} answers \"{}\", which this invoice does not carry.", pf.number, pf.segment),
            ));
        }
        for p in crate::office::reconcile::check(project, pf) {
            problems.push(Problem {
                path: format!("/proformas/{i}{}", p.path),
                input: Some(crate::problem::Input::Request),
                ..p
            });
        }
    }
    problems
}

/// The invoicing company: the project's, else one the request adds.
fn seller_of<'a>(project: &'a Project, request: &'a InvoiceRequest) -> Option<&'a crate::model::Company> {
    crate::docs::model::company_in(project, &request.settings, &request.seller)
}

/// Step 6: VAT per rate over the document (or per line), on line totals and own cost lines.
fn totals(
    lines: &[InvoiceLine],
    costs: &[CostLine],
    goods: Decimal,
    all_costs: Decimal,
    dp: u32,
    rounding: Rounding,
    s: &crate::docs::settings::Settings,
) -> Result<InvoiceTotals, Vec<Problem>> {
    let include = s.vat.prices_include_vat;
    let tax =
        |base: Decimal, rate: Decimal| tax(base, rate, include, dp, rounding).ok_or_else(|| vec![overflow("/vat")]);
    let zero = round(Decimal::ZERO, dp, rounding);
    let mut by_rate: BTreeMap<Decimal, (Decimal, Decimal)> = BTreeMap::new();
    let entries = lines.iter().map(|l| (l.line_total, l.vat_pct)).chain(costs.iter().map(|c| (c.amount, c.vat_pct)));
    for (base, rate) in entries {
        let e = by_rate.entry(rate.normalize()).or_insert((zero, zero));
        e.0 = add(e.0, base, "/vat")?;
        if s.vat.policy == VatPolicy::PerLine {
            e.1 = add(e.1, tax(base, rate)?, "/vat")?;
        }
    }
    let mut vat = Vec::with_capacity(by_rate.len());
    for (rate, (base, per_line)) in by_rate {
        let amount = match s.vat.policy {
            VatPolicy::PerLine => per_line,
            VatPolicy::PerDocument => tax(base, rate)?,
        };
        vat.push(VatRow { rate, base, vat: amount });
    }
    let vat_total = sum(vat.iter().map(|r| r.vat), dp, rounding, "/vat")?;
    let amounts = add(goods, all_costs, "/costs")?;
    let (net, total) =
        if include { (sub(amounts, vat_total, "/vat")?, amounts) } else { (amounts, add(amounts, vat_total, "/vat")?) };
    Ok(InvoiceTotals { goods, costs: all_costs, net, vat, vat_total, total, prices_include_vat: include })
}

/// A line's (or cost's) VAT rate: its own, else the request's; a client invoice never takes the
/// source's rate from the item.
fn vat_rate(own: Option<Decimal>, request: Option<Decimal>, at: &str) -> Result<Decimal, Vec<Problem>> {
    own.or(request).ok_or_else(|| {
        vec![Problem::request(
            Code::VatMissingRate,
            at,
            "The invoice has no VAT rate: give `vat.rate` in the request (0 when none is charged), or a line's or cost's `vat_pct`.",
        )]
    })
}

fn percent(total: Decimal, pct: Decimal, dp: u32, rounding: Rounding) -> Result<Decimal, Vec<Problem>> {
    crate::money::percent_of(total, pct)
        .and_then(|x| crate::money::checked_round(x, dp, rounding))
        .ok_or_else(|| vec![overflow("/deposit_pct")])
}

fn sum(
    mut values: impl Iterator<Item = Decimal>,
    dp: u32,
    rounding: Rounding,
    at: &str,
) -> Result<Decimal, Vec<Problem>> {
    values.try_fold(round(Decimal::ZERO, dp, rounding), |a, b| add(a, b, at))
}

/// An exact sum (its cents kept), or `amount.overflow` at `at`: the request's field whose
/// amounts it adds.
fn add(a: Decimal, b: Decimal, at: &str) -> Result<Decimal, Vec<Problem>> {
    exact_add(a, b).ok_or_else(|| vec![overflow(at)])
}

fn sub(a: Decimal, b: Decimal, at: &str) -> Result<Decimal, Vec<Problem>> {
    exact_sub(a, b).ok_or_else(|| vec![overflow(at)])
}

fn overflow(at: &str) -> Problem {
    Problem::request(
        Code::AmountOverflow,
        at,
        "The invoice's amounts add up beyond what 28 digits hold with their cents; check the amounts here.",
    )
}
