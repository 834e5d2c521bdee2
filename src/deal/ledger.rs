//! The deal's payments ledger: the client's payments against client invoices (deposit,
//! balance, progress payments), retainers held and applied to later invoices, refunds; payments
//! made to sources against purchase orders. Every document's account (paid, credited, due, and
//! its schedule of instalments) is computed from the ledger and the documents, never stored, so
//! the two cannot disagree.

use std::sync::Arc;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::action::{bad_date, problem};
use super::inputs::{PaymentInput, PaymentKind, RetainerUse};
use super::{rules, Deal, DocumentStatus, IssueKind, IssuedDocument, Snapshot};
use crate::codes::Code;
use crate::docs::model::Document;
use crate::model::{Company, Text};
use crate::money::{currency_minor_units, exact_add, exact_sub, Rounding};
use crate::partners::PartnerIndex;
use crate::problem::Problem;

/// A payment in the ledger.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Payment {
    /// Its id (the host's, else `PAY-1`, `PAY-2`, …).
    pub id: Text,
    /// `client`, or the source paid.
    pub party: Text,
    /// What it is.
    pub kind: PaymentKind,
    /// How much, in `currency`.
    pub amount: Decimal,
    /// ISO 4217.
    pub currency: Text,
    /// When it was paid.
    pub date: Text,
    /// The document it settles (none for a retainer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Text>,
    /// The rate used to convert it into the document's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fx_rate: Option<Decimal>,
    /// What it settles in the document's currency: round(amount × fx_rate), or the amount.
    pub settles: Decimal,
    /// The segments of its document (for who may see it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<String>,
    /// The bank's reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
    /// A note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Who recorded it (for a retainer, who holds it).
    pub recorded_by: Text,
    /// When.
    pub at: Text,
    /// The version of the event that recorded it.
    pub event: u32,
    /// A retainer: the invoices it was applied to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applied: Vec<RetainerApplied>,
}

/// Part of a retainer applied to an invoice.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RetainerApplied {
    /// The invoice.
    pub invoice: Text,
    /// How much.
    pub amount: Decimal,
    /// When.
    pub date: Text,
    /// The version of the event that applied it.
    pub event: u32,
}

/// A document's account: what it asks, what was paid, credited and refunded, what is due.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Account {
    /// The document: a client invoice or a purchase order.
    pub document: Text,
    /// `client_invoice` or `purchase_order`.
    pub kind: IssueKind,
    /// `client`, or the source.
    pub party: Text,
    /// Who issued the document (and is paid, or pays).
    pub issued_by: Text,
    /// Its segments.
    pub segments: Vec<String>,
    /// Its currency.
    pub currency: Text,
    /// Its total (the current revision's).
    pub total: Decimal,
    /// What credit notes correcting it took off (a client invoice's).
    pub credited: Decimal,
    /// What was paid against it (retainers applied included), in its currency.
    pub paid: Decimal,
    /// What was given back.
    pub refunded: Decimal,
    /// total − credited − paid + refunded: what is still owed (negative: owed back).
    pub due: Decimal,
    /// The instalments its terms ask, in order, each with what was paid of it.
    pub schedule: Vec<Instalment>,
}

/// One instalment of a document's terms.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Instalment {
    /// `deposit` or `balance`.
    pub what: &'static str,
    /// How much it asks.
    pub amount: Decimal,
    /// When it is due, if the terms say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<Text>,
    /// What was paid of it (payments go to the deposit first).
    pub paid: Decimal,
    /// What is still owed of it.
    pub outstanding: Decimal,
}

fn overflow(at: &str) -> Vec<Problem> {
    vec![problem(Code::AmountOverflow, at, "An amount of the ledger passes 28 digits; check the payments.")]
}

/// The latest revision of document `number`, if it is a client invoice, credit note or
/// purchase order.
fn document<'d>(deal: &'d Deal, number: &str) -> Option<&'d Arc<IssuedDocument>> {
    deal.documents.iter().rev().find(|d| d.number == number)
}

/// A document's total and currency.
fn total_of(d: &IssuedDocument) -> Option<(Decimal, Text)> {
    match &d.document {
        Snapshot::ClientInvoice(ci) => Some((ci.totals.total, ci.currency.clone())),
        Snapshot::Document(Document::PurchaseOrder(po)) => Some((po.totals.total, po.currency.clone())),
        Snapshot::Document(_) => None,
    }
}

/// The accounts of the deal's current client invoices and purchase orders, in the order issued.
pub(crate) fn accounts(deal: &Deal) -> Result<Vec<Account>, Vec<Problem>> {
    accounts_as_of(deal, None)
}

/// The date of an issued document (its model's).
pub(crate) fn date_of(d: &IssuedDocument) -> &str {
    match &d.document {
        Snapshot::ClientInvoice(ci) => &ci.head.date,
        Snapshot::Document(doc) => &doc.head().date,
    }
}

/// [`accounts`] as they stood at the end of `as_of` (`YYYY-MM-DD`, checked: such dates
/// compare as text): the documents, credit notes, payments and retainers dated up to it.
pub(crate) fn accounts_as_of(deal: &Deal, as_of: Option<&str>) -> Result<Vec<Account>, Vec<Problem>> {
    let by = |date: &str| as_of.is_none_or(|a| date <= a);
    let mut out = Vec::new();
    for d in deal.documents.iter().filter(|d| d.status != DocumentStatus::Revised && by(date_of(d))) {
        if !matches!(d.kind, IssueKind::ClientInvoice | IssueKind::PurchaseOrder) {
            continue;
        }
        out.push(account(deal, d, as_of)?);
    }
    Ok(out)
}

/// One document's account.
fn account(deal: &Deal, d: &IssuedDocument, as_of: Option<&str>) -> Result<Account, Vec<Problem>> {
    let by = |date: &str| as_of.is_none_or(|a| date <= a);
    let (total, currency) = total_of(d).ok_or_else(|| overflow("/document"))?;
    let add = |a: Decimal, b: Decimal| exact_add(a, b).ok_or_else(|| overflow("/payment/amount"));
    let mut credited = Decimal::ZERO;
    if d.kind == IssueKind::ClientInvoice {
        for cn in deal
            .documents
            .iter()
            .filter(|c| c.kind == IssueKind::CreditNote && c.status != DocumentStatus::Revised && by(date_of(c)))
        {
            if let Snapshot::ClientInvoice(m) = &cn.document {
                if m.corrects.as_ref() == Some(&d.number) {
                    credited = add(credited, m.totals.total.abs())?;
                }
            }
        }
    }
    let (mut paid, mut refunded) = (Decimal::ZERO, Decimal::ZERO);
    for p in deal.payments.iter().filter(|p| by(&p.date)) {
        if p.document.as_ref() == Some(&d.number) {
            if p.kind == PaymentKind::Refund {
                refunded = add(refunded, p.settles)?;
            } else {
                paid = add(paid, p.settles)?;
            }
        }
        for a in p.applied.iter().filter(|a| a.invoice == d.number && by(&a.date)) {
            paid = add(paid, a.amount)?;
        }
    }
    let due = exact_add(
        exact_sub(exact_sub(total, credited).ok_or_else(|| overflow("/document"))?, paid)
            .ok_or_else(|| overflow("/document"))?,
        refunded,
    )
    .ok_or_else(|| overflow("/document"))?;
    let (deposit, deposit_due, balance_due, party) = match &d.document {
        Snapshot::ClientInvoice(ci) => {
            (ci.deposit, ci.deposit_due.clone(), ci.balance_due.clone(), Text::new("client"))
        }
        Snapshot::Document(Document::PurchaseOrder(po)) => {
            // A source's deposit is owed when the order is placed.
            (po.deposit, Some(po.head.date.clone()), po.ship_date.clone(), po.seller.id.clone().unwrap_or_default())
        }
        Snapshot::Document(_) => (None, None, None, Text::default()),
    };
    // What the client (or buyer) has put in, net: paid less refunded; credits lower the balance.
    let mut left = exact_sub(paid, refunded).ok_or_else(|| overflow("/document"))?.max(Decimal::ZERO);
    let mut schedule = Vec::new();
    let owed = exact_sub(total, credited).ok_or_else(|| overflow("/document"))?.max(Decimal::ZERO);
    let deposit = deposit.map(|x| x.min(owed));
    let mut parts: Vec<(&'static str, Decimal, Option<Text>)> = Vec::new();
    if let Some(dep) = deposit {
        parts.push(("deposit", dep, deposit_due));
        parts.push(("balance", exact_sub(owed, dep).ok_or_else(|| overflow("/document"))?, balance_due));
    } else {
        parts.push(("balance", owed, balance_due));
    }
    for (what, amount, due_date) in parts {
        let part_paid = left.min(amount);
        left = exact_sub(left, part_paid).ok_or_else(|| overflow("/document"))?;
        let outstanding = exact_sub(amount, part_paid).ok_or_else(|| overflow("/document"))?;
        schedule.push(Instalment { what, amount, due_date, paid: part_paid, outstanding });
    }
    Ok(Account {
        document: d.number.clone(),
        kind: d.kind,
        party,
        issued_by: d.issued_by.clone(),
        segments: d.segments.clone(),
        currency,
        total,
        credited,
        paid,
        refunded,
        due,
        schedule,
    })
}

/// A payment's kind in Russian, for summaries.
fn kind_ru(kind: PaymentKind) -> &'static str {
    match kind {
        PaymentKind::Deposit => "предоплата",
        PaymentKind::Balance => "окончательный платёж",
        PaymentKind::Progress => "промежуточный платёж",
        PaymentKind::Retainer => "аванс",
        PaymentKind::Refund => "возврат",
    }
}

/// A payment as the ledger keeps it.
#[allow(clippy::too_many_arguments, reason = "one ledger entry's fields, each named")]
fn entry(
    p: &PaymentInput,
    id: Text,
    document: Option<Text>,
    settles: Decimal,
    segments: Vec<String>,
    who: &Company,
    at: &Text,
    event: u32,
) -> Payment {
    Payment {
        id,
        party: p.party.clone(),
        kind: p.kind,
        amount: p.amount,
        currency: p.currency.clone(),
        date: p.date.clone(),
        document,
        fx_rate: None,
        settles,
        segments,
        reference: p.reference.clone(),
        note: p.note.clone(),
        recorded_by: who.id.clone(),
        at: at.clone(),
        event,
        applied: Vec::new(),
    }
}

/// `record_payment`: the issuer of a client invoice records the client's payment against it (or
/// a refund, or a retainer held against no document); the issuer of a purchase order its payment
/// to the source (or the source's refund).
pub(super) fn record(
    deal: &mut Deal,
    who: &Company,
    at: &Text,
    p: &PaymentInput,
    directory: Option<&PartnerIndex>,
) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    problems.extend(bad_date(&p.date, "/payment/date"));
    if crate::money::currency_minor_units(&p.currency).is_none() {
        problems.push(problem(
            Code::CurrencyUnknown,
            "/payment/currency",
            format!("\"{}\" is not an ISO 4217 currency.", p.currency),
        ));
    }
    let id = p.id.clone().unwrap_or_else(|| Text::new(format!("PAY-{}", deal.payments.len().saturating_add(1))));
    if deal.payments.iter().any(|x| x.id == id) {
        problems.push(problem(
            Code::DealNumberTaken,
            "/payment/id",
            format!("Payment {id} is already in the ledger; give this one another `id`."),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let event = deal.version.saturating_add(1);
    let client = p.party == "client";
    // A retainer: the client's money held by a supplier that manages a segment.
    if p.kind == PaymentKind::Retainer {
        if !client || p.document.is_some() {
            return Err(vec![problem(
                Code::PaymentDocument,
                "/payment/document",
                "A retainer is the client's money held against no document: give `party: \"client\"` and no `document` (apply it to an invoice later with apply_retainer).",
            )]);
        }
        if !deal.segments.iter().any(|s| s.manager.as_deref() == Some(who.id.as_str()) && s.company != who.id) {
            let first = deal.segments.first().cloned().ok_or_else(|| overflow("/payment"))?;
            return Err(vec![rules::not_manager(deal, who, &first, "hold the client's retainer", "/actor", directory)]);
        }
        deal.payments.push_back(Arc::new(entry(p, id.clone(), None, p.amount, Vec::new(), who, at, event)));
        return Ok(deal.lang().say(
            format!("{} holds the client's retainer {id}: {} {}.", who.name, p.amount, p.currency),
            format!("{}: получен аванс клиента {id} — {} {}.", who.name, p.amount, p.currency),
        ));
    }
    let Some(number) = p.document.clone() else {
        return Err(vec![problem(
            Code::PaymentDocument,
            "/payment/document",
            "A payment settles a document: give its `document` (a client invoice for the client, a purchase order for a source).",
        )]);
    };
    // A refund against a credit note settles the invoice it corrects.
    let mut doc = document(deal, &number).cloned();
    if let (true, Some(d)) = (client, doc.as_ref()) {
        if let (IssueKind::CreditNote, Snapshot::ClientInvoice(cn)) = (d.kind, &d.document) {
            doc = cn.corrects.as_ref().and_then(|n| document(deal, n)).cloned();
        }
    }
    let wanted = if client { IssueKind::ClientInvoice } else { IssueKind::PurchaseOrder };
    let Some(doc) = doc.filter(|d| d.kind == wanted) else {
        return Err(vec![problem(
            Code::PaymentDocument,
            "/payment/document",
            format!(
                "\"{number}\" is not a {} of this deal: {}.",
                if client { "client invoice or credit note" } else { "purchase order" },
                if client { "the client pays client invoices" } else { "a source is paid against its purchase order" }
            ),
        )]);
    };
    if doc.issued_by != who.id {
        let segment =
            doc.segments.first().and_then(|s| deal.segment(s)).cloned().ok_or_else(|| overflow("/payment"))?;
        return Err(vec![rules::not_manager(deal, who, &segment, "record its payments", "/actor", directory)]);
    }
    if !client {
        let source = doc.segments.first().and_then(|s| deal.segment(s)).map(|s| s.company.clone());
        if source.as_ref() != Some(&p.party) {
            return Err(vec![problem(
                Code::PaymentDocument,
                "/payment/party",
                format!(
                    "Order {number} is to {}, not \"{}\": a payment against it is made to its source.",
                    source.map(|s| s.to_string()).unwrap_or_default(),
                    p.party
                ),
            )]);
        }
    }
    let (_, currency) = total_of(&doc).ok_or_else(|| overflow("/payment"))?;
    let settles = if p.currency == currency {
        p.amount
    } else {
        let Some(rate) = p.fx_rate else {
            return Err(vec![problem(
                Code::PaymentCurrency,
                "/payment/fx_rate",
                format!(
                    "The payment is in {} and {number} in {currency}: give `fx_rate`, the {currency} per 1 {}.",
                    p.currency, p.currency
                ),
            )]);
        };
        let dp = currency_minor_units(&currency).unwrap_or(2);
        p.amount
            .checked_mul(rate)
            .and_then(|x| crate::money::checked_round(x, dp, Rounding::default()))
            .ok_or_else(|| overflow("/payment/amount"))?
    };
    let before = account(deal, &doc, None)?;
    if p.kind == PaymentKind::Refund {
        // Only money paid beyond what is owed goes back (a credit note makes it so).
        let over = crate::money::negate(before.due).max(Decimal::ZERO);
        if settles > over {
            return Err(vec![problem(
                Code::PaymentExceedsDue,
                "/payment/amount",
                format!(
                    "{} has {over} {currency} paid beyond what is owed (a credit note makes it so); a refund of {settles} {currency} would give back more.",
                    doc.number
                ),
            )]);
        }
    } else if settles > before.due {
        return Err(vec![problem(
            Code::PaymentExceedsDue,
            "/payment/amount",
            format!(
                "{number} has {} {currency} due; a payment of {settles} {currency} would pay more than that{}.",
                before.due,
                if client { ": record the difference as a retainer" } else { "" }
            ),
        )]);
    }
    let fx_rate = p.fx_rate.filter(|_| p.currency != currency);
    let mut paid = entry(p, id.clone(), Some(doc.number.clone()), settles, doc.segments.clone(), who, at, event);
    paid.fx_rate = fx_rate;
    deal.payments.push_back(Arc::new(paid));
    let after = account(deal, &doc, None)?;
    let (en, ru) = match (client, p.kind == PaymentKind::Refund) {
        (true, false) => ("received from the client", "получен платёж клиента"),
        (true, true) => ("refunded to the client", "возврат клиенту"),
        (false, false) => ("paid to the source", "оплачено поставщику"),
        (false, true) => ("refunded by the source", "возврат от поставщика"),
    };
    Ok(deal.lang().say(
        format!(
            "{}: {id} {en}, {} {} ({}) against {}; {} {currency} due.",
            who.name,
            p.amount,
            p.currency,
            p.kind.as_str(),
            doc.number,
            after.due
        ),
        format!(
            "{}: {id} {ru}, {} {} ({}) по документу {}; к оплате {} {currency}.",
            who.name,
            p.amount,
            p.currency,
            kind_ru(p.kind),
            doc.number,
            after.due
        ),
    ))
}

/// `apply_retainer`: the supplier holding a retainer applies part of it to one of its client
/// invoices, in the same currency.
pub(super) fn apply_retainer(
    deal: &mut Deal,
    who: &Company,
    number: &Text,
    r: &RetainerUse,
) -> Result<String, Vec<Problem>> {
    let Some(n) = deal.payments.iter().position(|p| p.id == r.id && p.kind == PaymentKind::Retainer) else {
        return Err(vec![problem(
            Code::PaymentDocument,
            "/retainer/id",
            format!("No retainer \"{}\" is held in this deal.", r.id),
        )]);
    };
    let held = deal.payments.get(n).cloned().ok_or_else(|| overflow("/retainer"))?;
    if held.recorded_by != who.id {
        return Err(vec![problem(
            Code::ForbiddenNotManager,
            "/actor",
            format!("Retainer {} is held by {}: only it applies it.", r.id, deal.name_of(&held.recorded_by)),
        )]);
    }
    if let Some(p) = bad_date(&r.date, "/retainer/date") {
        return Err(vec![p]);
    }
    let doc = document(deal, number).cloned().filter(|d| d.kind == IssueKind::ClientInvoice).ok_or_else(|| {
        vec![problem(Code::PaymentDocument, "/number", format!("\"{number}\" is not a client invoice of this deal."))]
    })?;
    if doc.issued_by != who.id {
        return Err(vec![problem(
            Code::ForbiddenNotManager,
            "/number",
            format!(
                "Invoice {number} was issued by {}: a retainer is applied to its holder's own invoices.",
                deal.name_of(&doc.issued_by)
            ),
        )]);
    }
    let (_, currency) = total_of(&doc).ok_or_else(|| overflow("/number"))?;
    if currency != held.currency {
        return Err(vec![problem(
            Code::PaymentCurrency,
            "/retainer/id",
            format!(
                "Retainer {} is in {} and invoice {number} in {currency}: apply it to an invoice in its currency.",
                r.id, held.currency
            ),
        )]);
    }
    let used = held
        .applied
        .iter()
        .try_fold(Decimal::ZERO, |a, x| exact_add(a, x.amount))
        .ok_or_else(|| overflow("/retainer"))?;
    let left = exact_sub(held.amount, used).ok_or_else(|| overflow("/retainer"))?;
    if r.amount > left {
        return Err(vec![problem(
            Code::PaymentExceedsDue,
            "/retainer/amount",
            format!("Retainer {} has {left} {currency} left; {} cannot be applied.", r.id, r.amount),
        )]);
    }
    let due = account(deal, &doc, None)?.due;
    if r.amount > due {
        return Err(vec![problem(
            Code::PaymentExceedsDue,
            "/retainer/amount",
            format!(
                "Invoice {number} has {due} {currency} due; {} of the retainer would pay more than that.",
                r.amount
            ),
        )]);
    }
    let event = deal.version.saturating_add(1);
    if let Some(p) = deal.payment_mut(n) {
        p.applied.push(RetainerApplied { invoice: number.clone(), amount: r.amount, date: r.date.clone(), event });
    }
    let after = account(deal, &doc, None)?.due;
    Ok(deal.lang().say(
        format!(
            "{} applied {} {currency} of retainer {} to invoice {number}; {after} {currency} due.",
            who.name, r.amount, r.id
        ),
        format!(
            "{}: {} {currency} из аванса {} зачтено в счёт {number}; к оплате {after} {currency}.",
            who.name, r.amount, r.id
        ),
    ))
}
