//! The managing supplier's report on a deal as of a date: margins per segment (sale from its
//! client invoices less credit notes, purchase from its purchase orders, the costs it invoiced,
//! margin and margin %), receivables and payables with their ageing, and the morning's
//! questions (what is late against its confirmed date, what waits for a deposit, what is ready
//! to ship, what is short). Only a supplier that manages a segment gets it, for its segments:
//! the client and the sources never see a margin.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::ledger::{accounts_as_of, date_of, Account};
use super::{Deal, DocumentStatus, IssueKind, Snapshot};
use crate::codes::Code;
use crate::docs::format::{date, money, number, percent as percent_text, quantity};
use crate::docs::labels::L;
use crate::docs::model::{Document, Head, Party};
use crate::docs::settings::FxRate;
use crate::docs::sheet::{Table, Value};
use crate::docs::view::{fr, header, meta, mm, party, Body, Cell, Group, Images, TotalRow};
use crate::model::Text;
use crate::money::{currency_minor_units, exact_add, exact_sub, Rounding};
use crate::problem::Problem;
use crate::text::Lang;

/// The report.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "deal report")]
pub struct DealReport {
    /// Number, date (the `as_of`), language, title, project.
    #[serde(flatten)]
    pub head: Head,
    /// The supplier it is for.
    pub supplier: Party,
    /// The currency of every sum of the margins (the project's, or the request's).
    pub currency: Text,
    /// The rates used to convert purchases into it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fx: Vec<FxRate>,
    /// Per segment it manages.
    pub segments: Vec<SegmentMargin>,
    /// The sums over its segments.
    pub total: Margin,
    /// What clients owe, per invoice, with its ageing.
    pub receivables: Vec<OpenItem>,
    /// What it owes sources, per order, with its ageing.
    pub payables: Vec<OpenItem>,
    /// Items ordered and not all received.
    pub open_orders: Vec<OpenOrder>,
}

/// Sale, purchase, margin.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Margin {
    /// The goods as invoiced to the client, less credit notes, before VAT.
    pub sale: Decimal,
    /// The goods as ordered from the source (orders' net, re-orders included), converted.
    pub purchase: Decimal,
    /// Logistics, customs, design fee and other costs as invoiced (passed on, not margin).
    pub costs_invoiced: Decimal,
    /// sale − purchase.
    pub margin: Decimal,
    /// margin ÷ sale × 100, to two places; none without a sale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin_pct: Option<Decimal>,
}

impl Margin {
    /// Nothing yet, with the currency's cents.
    fn zero(dp: u32) -> Margin {
        let zero = crate::money::round(Decimal::ZERO, dp, Rounding::default());
        Margin { sale: zero, purchase: zero, costs_invoiced: zero, margin: zero, margin_pct: None }
    }
}

/// One segment's margin.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SegmentMargin {
    /// The segment.
    pub segment: String,
    /// Its name.
    pub name: Text,
    /// Its numbers.
    #[serde(flatten)]
    pub margin: Margin,
}

/// A document with money still owed, and how late.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct OpenItem {
    /// The client invoice or purchase order.
    pub document: Text,
    /// `client`, or the source.
    pub party: Text,
    /// Its currency.
    pub currency: Text,
    /// Its total.
    pub total: Decimal,
    /// What is still owed.
    pub due: Decimal,
    /// What of it is past its due date as of the report.
    pub overdue: Decimal,
    /// The earliest unpaid instalment's due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<Text>,
    /// Days past that date (0 when not yet due).
    pub days_overdue: u32,
    /// `current`, `1-30`, `31-60`, `61-90` or `90+`.
    pub ageing: &'static str,
    /// True while its deposit is not paid in full.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub awaiting_deposit: bool,
}

/// An item ordered and not all received.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct OpenOrder {
    /// The item.
    pub item: Text,
    /// Its segment.
    pub segment: String,
    /// Its state.
    pub state: super::ItemState,
    /// Units still to ship.
    pub to_ship: Decimal,
    /// Units short or damaged not yet re-ordered.
    pub short: Decimal,
    /// The confirmed ship date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed_ship_date: Option<Text>,
    /// True when the confirmed date is past and units are still to ship.
    pub late: bool,
    /// True when it is ready and waits to ship.
    pub ready_to_ship: bool,
}

/// What the host asks: the date, and optionally the currency and the rates.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ReportRequest {
    pub as_of: Text,
    pub currency: Option<Text>,
    pub fx: Vec<FxRate>,
    pub language: Option<Lang>,
}

fn problem(code: Code, path: &str, message: String) -> Problem {
    Problem::request(code, path, message)
}

fn overflow() -> Vec<Problem> {
    vec![problem(Code::AmountOverflow, "", "A sum of the report passes 28 digits.".into())]
}

/// Days since 1970-01-01 of a checked date.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "a checked date's year has four digits: every step stays far inside an i64"
)]
fn day(iso: &str) -> Option<i64> {
    let (y, m, d) = crate::docs::format::parse_date(iso)?;
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn ageing(days: u32) -> &'static str {
    match days {
        0 => "current",
        1..=30 => "1-30",
        31..=60 => "31-60",
        61..=90 => "61-90",
        _ => "90+",
    }
}

fn open_item(a: &Account, as_of: i64) -> Option<OpenItem> {
    let unpaid: Vec<&super::Instalment> = a.schedule.iter().filter(|i| !i.outstanding.is_zero()).collect();
    let due_date = unpaid.iter().find_map(|i| i.due_date.clone());
    let days = due_date.as_deref().and_then(day).map_or(0, |d| as_of.saturating_sub(d).max(0));
    let overdue = unpaid
        .iter()
        .filter(|i| i.due_date.as_deref().and_then(day).is_some_and(|d| d < as_of))
        .try_fold(Decimal::ZERO, |s, i| exact_add(s, i.outstanding))?;
    Some(OpenItem {
        document: a.document.clone(),
        party: a.party.clone(),
        currency: a.currency.clone(),
        total: a.total,
        due: a.due,
        overdue,
        due_date,
        days_overdue: u32::try_from(days).unwrap_or(u32::MAX),
        ageing: ageing(u32::try_from(days).unwrap_or(u32::MAX)),
        awaiting_deposit: a.schedule.iter().any(|i| i.what == "deposit" && !i.outstanding.is_zero()),
    })
}

/// The report for `supplier` as of `request.as_of`; `Err` names what is missing (a rate).
pub(crate) fn report(deal: &Deal, supplier: &str, request: &ReportRequest) -> Result<DealReport, Vec<Problem>> {
    let as_of = day(&request.as_of).ok_or_else(|| {
        vec![problem(Code::DateInvalid, "/as_of", format!("\"{}\" is not a date written YYYY-MM-DD.", request.as_of))]
    })?;
    let currency = request.currency.clone().unwrap_or_else(|| deal.project.project.currency.clone());
    let dp = currency_minor_units(&currency).unwrap_or(2);
    let managed: Vec<&super::DealSegment> =
        deal.segments.iter().filter(|s| s.manager.as_deref() == Some(supplier) && s.company != supplier).collect();
    // Rates: the request's, then those of the supplier's client invoices.
    let mut fx: Vec<FxRate> = request.fx.clone();
    for d in deal.documents.iter().filter(|d| d.issued_by == supplier && d.status != DocumentStatus::Revised) {
        if let Snapshot::ClientInvoice(ci) = &d.document {
            for r in &ci.fx {
                if !fx.iter().any(|x| x.from == r.from && x.to == r.to) {
                    fx.push(r.clone());
                }
            }
        }
    }
    let mut used: Vec<FxRate> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut convert = |amount: Decimal, from: &str| -> Option<Decimal> {
        if from == currency {
            return Some(amount);
        }
        let Some(r) = fx.iter().find(|r| r.from == from && r.to == currency) else {
            missing.push(format!("{from}→{currency}"));
            return Some(Decimal::ZERO);
        };
        if !used.contains(r) {
            used.push(r.clone());
        }
        crate::money::checked_round(amount.checked_mul(r.rate)?, dp, Rounding::default())
    };
    let mut segments = Vec::new();
    let mut total = Margin::zero(dp);
    for s in &managed {
        let mut m = Margin::zero(dp);
        let dated = |d: &&std::sync::Arc<super::IssuedDocument>| date_of(d) <= request.as_of.as_str();
        for d in deal
            .documents
            .iter()
            .filter(|d| d.status != DocumentStatus::Revised && d.issued_by == supplier)
            .filter(dated)
        {
            match (&d.kind, &d.document) {
                (IssueKind::ClientInvoice | IssueKind::CreditNote, Snapshot::ClientInvoice(ci)) => {
                    let goods = ci
                        .lines
                        .iter()
                        .filter(|l| l.segment == s.id)
                        .try_fold(Decimal::ZERO, |a, l| exact_add(a, l.amount));
                    let costs = ci
                        .lines
                        .iter()
                        .filter(|l| l.segment == s.id)
                        .flat_map(|l| l.allocated.values())
                        .try_fold(Decimal::ZERO, |a, x| exact_add(a, *x));
                    // Costs not spread over lines go to the invoice's first segment.
                    let own = if ci.segments.first() == Some(&s.id) {
                        ci.costs.iter().try_fold(Decimal::ZERO, |a, c| exact_add(a, c.amount))
                    } else {
                        Some(Decimal::ZERO)
                    };
                    let (goods, costs, own) =
                        (goods.ok_or_else(overflow)?, costs.ok_or_else(overflow)?, own.ok_or_else(overflow)?);
                    let goods = convert(goods, &ci.currency).ok_or_else(overflow)?;
                    let costs =
                        convert(exact_add(costs, own).ok_or_else(overflow)?, &ci.currency).ok_or_else(overflow)?;
                    m.sale = exact_add(m.sale, goods).ok_or_else(overflow)?;
                    m.costs_invoiced = exact_add(m.costs_invoiced, costs).ok_or_else(overflow)?;
                }
                (IssueKind::PurchaseOrder, Snapshot::Document(Document::PurchaseOrder(po)))
                    if d.segments.contains(&s.id) =>
                {
                    let net = convert(po.totals.net, &po.currency).ok_or_else(overflow)?;
                    m.purchase = exact_add(m.purchase, net).ok_or_else(overflow)?;
                }
                _ => {}
            }
        }
        m.margin = exact_sub(m.sale, m.purchase).ok_or_else(overflow)?;
        m.margin_pct = percent(m.margin, m.sale);
        total.sale = exact_add(total.sale, m.sale).ok_or_else(overflow)?;
        total.purchase = exact_add(total.purchase, m.purchase).ok_or_else(overflow)?;
        total.costs_invoiced = exact_add(total.costs_invoiced, m.costs_invoiced).ok_or_else(overflow)?;
        segments.push(SegmentMargin { segment: s.id.clone(), name: s.name.clone(), margin: m });
    }
    if !missing.is_empty() {
        missing.sort();
        missing.dedup();
        return Err(vec![problem(
            Code::FxMissingRate,
            "/fx",
            format!(
                "The report converts into {currency} and has no rate for {}: give them in `fx`.",
                missing.join(", ")
            ),
        )]);
    }
    total.margin = exact_sub(total.sale, total.purchase).ok_or_else(overflow)?;
    total.margin_pct = percent(total.margin, total.sale);
    let all = accounts_as_of(deal, Some(&request.as_of))?;
    let mine = |a: &&Account| a.issued_by == supplier && !a.due.is_zero();
    let receivables = all
        .iter()
        .filter(mine)
        .filter(|a| a.kind == IssueKind::ClientInvoice)
        .map(|a| open_item(a, as_of).ok_or_else(overflow))
        .collect::<Result<_, _>>()?;
    let payables = all
        .iter()
        .filter(mine)
        .filter(|a| a.kind == IssueKind::PurchaseOrder)
        .map(|a| open_item(a, as_of).ok_or_else(overflow))
        .collect::<Result<_, _>>()?;
    let mut open_orders = Vec::new();
    for t in deal.tracking.iter().filter(|t| managed.iter().any(|s| s.id == t.segment)) {
        // The item as it stood at the end of `as_of`: its history up to then.
        let t = as_it_stood(deal, t, &request.as_of).ok_or_else(overflow)?;
        if t.history.is_empty() {
            continue;
        }
        let to_ship = t.open().ok_or_else(overflow)?;
        let lost = exact_add(t.short, t.damaged).ok_or_else(overflow)?;
        let short = exact_sub(lost, t.reordered.min(lost)).ok_or_else(overflow)?;
        if to_ship.is_zero() && short.is_zero() {
            continue;
        }
        let late = !to_ship.is_zero() && t.confirmed_ship_date.as_deref().and_then(day).is_some_and(|d| d < as_of);
        open_orders.push(OpenOrder {
            item: t.item.clone(),
            segment: t.segment.clone(),
            state: t.state,
            to_ship,
            short,
            confirmed_ship_date: t.confirmed_ship_date.clone(),
            late,
            ready_to_ship: t.state == super::ItemState::Ready && !to_ship.is_zero(),
        });
    }
    let lang = request.language.unwrap_or_else(|| deal.lang());
    let party = deal.company(supplier).map(Party::from).unwrap_or_default();
    Ok(DealReport {
        head: Head {
            number: format!("RPT-{}-{}", deal.project.project.id, request.as_of),
            date: request.as_of.clone(),
            language: lang,
            title: L::deal_report.get(lang),
            project: deal.project.project.id.clone(),
            project_name: deal.project.project.name.clone(),
            segment: None,
        },
        supplier: party,
        currency,
        fx: used,
        segments,
        total,
        receivables,
        payables,
        open_orders,
    })
}

/// An item's tracking as it stood at the end of `as_of`: its quantities summed again from the
/// states (and the receipts) dated up to then.
fn as_it_stood(deal: &Deal, t: &super::ItemTrack, as_of: &str) -> Option<super::ItemTrack> {
    use super::ItemState as S;
    let history: Vec<super::StateChange> = t.history.iter().filter(|h| h.date.as_str() <= as_of).cloned().collect();
    let sum = |state: S| {
        history
            .iter()
            .filter(|h| h.state == state)
            .try_fold(Decimal::ZERO, |a, h| exact_add(a, h.quantity.unwrap_or_default()))
    };
    let ordered_all = sum(S::Ordered)?;
    let reordered = exact_sub(ordered_all, t.ordered.min(ordered_all))?;
    let (mut short, mut damaged, mut to_reorder) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for s in deal.shipments.iter().filter(|s| s.segment == t.segment) {
        if let Some(r) = s.receipt.as_ref().filter(|r| r.date.as_str() <= as_of) {
            for l in r.lines.iter().filter(|l| l.item == t.item) {
                short = exact_add(short, l.short)?;
                damaged = exact_add(damaged, l.damaged)?;
                to_reorder = exact_add(to_reorder, l.reorder)?;
            }
        }
    }
    Some(super::ItemTrack {
        state: history.last().map_or(t.state, |h| h.state),
        ordered: ordered_all.min(t.ordered),
        reordered,
        cancelled: sum(S::Cancelled)?,
        shipped: sum(S::Shipped)?,
        received: sum(S::Received)?,
        short,
        damaged,
        to_reorder,
        history,
        ..t.clone()
    })
}

/// margin ÷ sale × 100 to two places (half away from zero), none without a sale.
fn percent(margin: Decimal, sale: Decimal) -> Option<Decimal> {
    if sale.is_zero() {
        return None;
    }
    crate::money::checked_round(margin.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(sale)?, 2, Rounding::default())
}

impl crate::docs::Form for DealReport {
    fn kind(&self) -> &'static str {
        "deal_report"
    }
    fn head(&self) -> &Head {
        &self.head
    }
    fn view(&self, lang: Lang, _: &mut Images) -> Body {
        print(self, lang)
    }
    fn sheet(&self, lang: Lang) -> Option<Table> {
        Some(table(self, lang))
    }
}

fn pct(p: Option<Decimal>, lang: Lang) -> String {
    p.map_or_else(|| "—".to_string(), |p| percent_text(p, lang))
}

/// The report as the template prints it: the margins per segment under one header, then the
/// receivables, payables and open orders, each a titled group in the same columns.
fn print(d: &DealReport, lang: Lang) -> Body {
    let cur = d.currency.as_str();
    let n = |x: Decimal| number(x, lang);
    let cols = vec![fr(1), mm(28, "right"), mm(28, "right"), mm(26, "right"), mm(28, "right"), mm(22, "right")];
    let labels = [L::col_segment, L::col_sale, L::col_purchase, L::col_costs, L::col_margin, L::col_margin_pct];
    let margins: Vec<Vec<Cell>> = d
        .segments
        .iter()
        .map(|s| {
            let m = &s.margin;
            vec![
                Cell::text(s.name.as_str()),
                Cell::text(n(m.sale)),
                Cell::text(n(m.purchase)),
                Cell::text(n(m.costs_invoiced)),
                Cell::text(n(m.margin)),
                Cell::text(pct(m.margin_pct, lang)),
            ]
        })
        .collect();
    let open = |items: &[OpenItem]| -> Vec<Vec<Cell>> {
        items
            .iter()
            .map(|i| {
                let when = i.due_date.as_deref().map_or_else(String::new, |x| date(x, lang));
                vec![
                    Cell::named(&format!("{} · {}", i.document, i.party), format!("{} {when}", L::due.get(lang))),
                    Cell::text(money(i.total, &i.currency, lang)),
                    Cell::text(money(i.due, &i.currency, lang)),
                    Cell::text(money(i.overdue, &i.currency, lang)),
                    Cell::text(i.ageing),
                    Cell::text(if i.awaiting_deposit { L::deposit.get(lang) } else { "" }),
                ]
            })
            .collect()
    };
    let orders: Vec<Vec<Cell>> = d
        .open_orders
        .iter()
        .map(|o| {
            let when = o.confirmed_ship_date.as_deref().map_or_else(String::new, |x| date(x, lang));
            vec![
                Cell::named(o.item.as_str(), o.state.as_str().replace('_', " ")),
                Cell::text(quantity(o.to_ship, lang)),
                Cell::text(quantity(o.short, lang)),
                Cell::text(when),
                Cell::text(if o.late { L::late.get(lang) } else { "" }),
                Cell::text(if o.ready_to_ship { L::ready.get(lang) } else { "" }),
            ]
        })
        .collect();
    let mut groups = vec![Group::untitled(margins)];
    // The groups under the margins keep their columns and name what each holds.
    let named = |title: L, columns: &[L]| {
        let names: Vec<&str> = columns.iter().map(|c| c.get(lang)).collect();
        format!("{}: {}", title.get(lang), names.join(" · "))
    };
    let money_columns = [L::col_amount, L::col_due, L::col_overdue, L::col_ageing];
    let order_columns = [L::col_to_ship, L::col_short, L::col_confirmed];
    for (title, rows) in [
        (named(L::receivables, &money_columns), open(&d.receivables)),
        (named(L::payables, &money_columns), open(&d.payables)),
        (named(L::open_orders, &order_columns), orders),
    ] {
        if !rows.is_empty() {
            groups.push(Group { title: Some(title), ..Group::untitled(rows) });
        }
    }
    let t = &d.total;
    let m = |x| money(x, cur, lang);
    let mut totals = vec![
        TotalRow::new(L::col_sale.get(lang), m(t.sale)),
        TotalRow::new(L::col_purchase.get(lang), m(t.purchase)),
        TotalRow::new(L::col_costs.get(lang), m(t.costs_invoiced)),
    ];
    totals.push(TotalRow::strong(format!("{} ({})", L::col_margin.get(lang), pct(t.margin_pct, lang)), m(t.margin)));
    let mut meta_lines = vec![meta(L::as_of, lang, date(&d.head.date, lang)), meta(L::currency, lang, cur)];
    for r in &d.fx {
        meta_lines.push(meta(L::rate, lang, format!("1 {} = {} {}", r.from, number(r.rate, lang), r.to)));
    }
    Body {
        author: d.supplier.legal_name.as_ref().unwrap_or(&d.supplier.name).to_string(),
        meta: meta_lines,
        parties: vec![party(L::supplier, &d.supplier, lang, false)],
        columns: cols,
        header: header(&labels, lang),
        groups,
        totals,
        ..Body::default()
    }
}

/// The report as one table: a row per segment, receivable, payable and open order, the kind
/// of row first.
fn table(d: &DealReport, lang: Lang) -> Table {
    let cols = [
        L::col_section,
        L::col_segment,
        L::col_sale,
        L::col_purchase,
        L::col_costs,
        L::col_margin,
        L::col_margin_pct,
        L::col_due,
        L::col_overdue,
        L::col_ageing,
    ];
    let mut t = Table::new(d.head.title, lang, &cols);
    let dp = currency_minor_units(&d.currency).unwrap_or(2);
    let e = || Value::Empty;
    for s in &d.segments {
        let m = &s.margin;
        t.rows.push(vec![
            Value::text(L::margins.get(lang)),
            Value::text(s.segment.as_str()),
            Value::money(m.sale, dp),
            Value::money(m.purchase, dp),
            Value::money(m.costs_invoiced, dp),
            Value::money(m.margin, dp),
            m.margin_pct.map_or(Value::Empty, |p| Value::money(p, 2)),
            e(),
            e(),
            e(),
        ]);
    }
    for (section, items) in [(L::receivables, &d.receivables), (L::payables, &d.payables)] {
        for i in items {
            let idp = currency_minor_units(&i.currency).unwrap_or(2);
            t.rows.push(vec![
                Value::text(section.get(lang)),
                Value::text(format!("{} ({}, {})", i.document, i.party, i.currency)),
                e(),
                e(),
                e(),
                e(),
                e(),
                Value::money(i.due, idp),
                Value::money(i.overdue, idp),
                Value::text(i.ageing),
            ]);
        }
    }
    for o in &d.open_orders {
        t.rows.push(vec![
            Value::text(L::open_orders.get(lang)),
            Value::text(format!("{} ({})", o.item, o.state.as_str())),
            e(),
            e(),
            e(),
            e(),
            e(),
            Value::three(o.to_ship),
            Value::three(o.short),
            Value::text(if o.late { L::late.get(lang) } else { "" }),
        ]);
    }
    t.fact(L::as_of, Value::date(&d.head.date));
    t.fact(L::currency, Value::text(d.currency.as_str()));
    t.total(L::col_margin.get(lang), 1, 5, Value::money(d.total.margin, dp));
    t
}
