//! A credit note: a negative client invoice that corrects one issued invoice, for goods
//! returned or a price corrected. The units credited are priced at the invoice's sale price
//! (the goods only: allocated logistics and costs are not credited), VAT per rate at the lines'
//! rates over the credit note, and every amount is negative: what the seller owes the client.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::codes::Code;
use crate::docs::labels::L;
use crate::docs::model::client_invoice::{ClientInvoice, InvoiceLine, InvoiceTotals};
use crate::docs::model::pricing::VatRow;
use crate::docs::model::Head;
use crate::json::{object_reader, Range};
use crate::model::Text;
use crate::money::line::tax;
use crate::money::words::amount_in_words;
use crate::money::{currency_minor_units, exact_add, exact_sub, negate, round, Rounding};
use crate::problem::Problem;

/// What a credit note corrects: the invoice, the units credited, why.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct CreditRequest {
    /// The number of the client invoice it corrects.
    pub invoice: Text,
    /// The units credited, by item.
    pub lines: Vec<CreditLine>,
    /// Why (printed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
    /// Its date, `YYYY-MM-DD` (default the invoice's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    /// Its number (default `CN-` and the invoice's number, then `-2`, `-3`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Text>,
}

object_reader!(CreditRequest, "a credit note's settings", {
    invoice: text => required_text,
    lines: list => required,
    reason: text => optional,
    date: text => optional,
    number: text => optional,
});

/// Units of one invoiced item credited.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct CreditLine {
    /// The project item (a line of the invoice).
    pub item: Text,
    /// How many units.
    pub quantity: Decimal,
}

object_reader!(CreditLine, "an object", {
    item: text => required_text,
    quantity: decimal(Range::Positive) => required,
});

fn problem(code: Code, path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem::request(code, path, message)
}

fn overflow(at: &str) -> Vec<Problem> {
    vec![problem(Code::AmountOverflow, at, "An amount of the credit note passes 28 digits.")]
}

/// The credit note `number` correcting `invoice` by `request`; `credited` holds the units of
/// each item earlier credit notes took, so no item is credited beyond what was invoiced.
pub fn credit_note(
    invoice: &ClientInvoice,
    request: &CreditRequest,
    number: &str,
    credited: &BTreeMap<Text, Decimal>,
) -> Result<ClientInvoice, Vec<Problem>> {
    let lang = invoice.head.language;
    let dp = currency_minor_units(&invoice.currency).unwrap_or(2);
    let rounding = Rounding::default();
    let mut problems = Vec::new();
    let mut lines = Vec::with_capacity(request.lines.len());
    let mut seen = std::collections::BTreeSet::new();
    let invoiced: BTreeMap<&Text, &InvoiceLine> = invoice.lines.iter().map(|l| (&l.item, l)).collect();
    for (i, c) in request.lines.iter().enumerate() {
        let at = format!("/lines/{i}");
        let Some(&l) = invoiced.get(&c.item) else {
            let items: Vec<&str> = invoice.lines.iter().map(|l| l.item.as_str()).collect();
            problems.push(problem(
                Code::TrackingUnknownItem,
                format!("{at}/item"),
                format!(
                    "Item \"{}\" is not a line of invoice {}; its items are {}.",
                    c.item,
                    request.invoice,
                    items.join(", ")
                ),
            ));
            continue;
        };
        if !seen.insert(&c.item) {
            problems.push(problem(
                Code::TrackingQuantity,
                format!("{at}/item"),
                format!("Item \"{}\" is named twice.", c.item),
            ));
            continue;
        }
        let before = credited.get(&c.item).copied().unwrap_or(Decimal::ZERO);
        let left = exact_sub(l.quantity, before).ok_or_else(|| overflow(&at))?;
        if c.quantity > left {
            problems.push(problem(
                Code::TrackingQuantity,
                format!("{at}/quantity"),
                format!(
                    "Item \"{}\": {} invoiced, {before} credited before; at most {left} can be credited, not {}.",
                    c.item, l.quantity, c.quantity
                ),
            ));
            continue;
        }
        let amount = c
            .quantity
            .checked_mul(l.unit_price)
            .and_then(|a| crate::money::checked_round(a, dp, rounding))
            .map(negate)
            .ok_or_else(|| overflow(&at))?;
        lines.push(InvoiceLine {
            n: lines.len().saturating_add(1),
            quantity: negate(c.quantity),
            amount,
            line_total: amount,
            allocated: BTreeMap::new(),
            ..l.clone()
        });
    }
    if request.lines.is_empty() {
        problems.push(problem(Code::FieldMissing, "/lines", "A credit note credits at least one line."));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let include = invoice.totals.prices_include_vat;
    let zero = round(Decimal::ZERO, dp, rounding);
    let mut goods = zero;
    let mut by_rate: BTreeMap<Decimal, Decimal> = BTreeMap::new();
    for l in &lines {
        goods = exact_add(goods, l.amount).ok_or_else(|| overflow("/lines"))?;
        let base = by_rate.entry(l.vat_pct.normalize()).or_insert(zero);
        *base = exact_add(*base, l.amount).ok_or_else(|| overflow("/lines"))?;
    }
    let mut vat = Vec::with_capacity(by_rate.len());
    let mut vat_total = zero;
    for (rate, base) in by_rate {
        // The tax of the magnitude, negated: a credit rounds as the invoice did.
        let amount = tax(negate(base), rate, include, dp, rounding).map(negate).ok_or_else(|| overflow("/vat"))?;
        vat_total = exact_add(vat_total, amount).ok_or_else(|| overflow("/vat"))?;
        vat.push(VatRow { rate, base, vat: amount });
    }
    let (net, total) = if include {
        (exact_sub(goods, vat_total).ok_or_else(|| overflow("/vat"))?, goods)
    } else {
        (goods, exact_add(goods, vat_total).ok_or_else(|| overflow("/vat"))?)
    };
    let currency = invoice.currency.clone();
    Ok(ClientInvoice {
        head: Head {
            number: number.to_string(),
            date: request.date.clone().unwrap_or_else(|| invoice.head.date.clone()),
            title: L::credit_note.get(lang),
            ..invoice.head.clone()
        },
        segments: invoice.segments.clone(),
        seller: invoice.seller.clone(),
        buyer: invoice.buyer.clone(),
        fx: invoice.fx.clone(),
        lines,
        costs: Vec::new(),
        totals: InvoiceTotals { goods, costs: zero, net, vat, vat_total, total, prices_include_vat: include },
        deposit_pct: None,
        deposit: None,
        deposit_due: None,
        paid: None,
        credited: None,
        balance: total,
        balance_due: None,
        payment_terms: None,
        total_in_words: amount_in_words(negate(total), &currency, lang).unwrap_or_default(),
        corrects: Some(request.invoice.clone()),
        reason: request.reason.clone(),
        currency,
    })
}
