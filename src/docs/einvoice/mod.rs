//! The client invoice as EN 16931 data: UBL 2.1 under Peppol BIS Billing 3.0 (`ubl.rs`) and
//! UN/CEFACT CII under the Factur-X EN 16931 profile (`cii.rs`), attached to a PDF/A-3 for
//! Factur-X (`facturx.rs`). Both syntaxes are written from one [`En16931`], which is read off
//! the client invoice's document model: every amount is the model's (the PDF's), never a second
//! calculation; the only sums made here (the lines' nets, the amount due) are exact and checked
//! against the model's totals.
//!
//! What EN 16931 cannot carry faithfully is refused, every problem at once, each with its code
//! and pointer: VAT per line (EN 16931 computes it per rate over the document), prices that
//! include VAT, a currency with more than two minor digits, a seller without a VAT identifier,
//! an address or a country, a buyer without a country, a unit with no UN/ECE Rec 20 code, and
//! every document that is not an invoice (a proforma has no type code in Peppol BIS 3).

mod cii;
#[cfg(feature = "docs")]
pub(crate) mod facturx;
mod ubl;
mod xml;

pub(crate) use cii::cii;
pub(crate) use ubl::ubl;

use rust_decimal::Decimal;

use super::model::client_invoice::ClientInvoice;
use super::model::Party;
use super::settings::{Settings, VatPolicy};
use crate::codes::Code;
use crate::model::Project;
use crate::money::{exact_add, exact_sub};
use crate::problem::{Input, Problem};

/// An invoice in EN 16931's terms (business terms BT-… and groups BG-…), every amount the model's.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct En16931 {
    /// BT-1.
    pub number: String,
    /// BT-2, `YYYY-MM-DD`.
    pub issue_date: String,
    /// BT-9: when the balance is due.
    pub due_date: Option<String>,
    /// BT-5.
    pub currency: String,
    /// BT-10: the project's id (the reference the client knows the work by).
    pub buyer_reference: String,
    /// BG-4.
    pub seller: Trader,
    /// BG-7.
    pub buyer: Trader,
    /// BG-15: where the goods go: the project's delivery address, else the buyer's.
    pub deliver_to: (Option<String>, String),
    /// BG-16/BG-17: a credit transfer to the seller's account.
    pub payment: Option<Payment>,
    /// BT-20: the payment terms as printed, with the deposit and its date.
    pub terms: Option<String>,
    /// BG-21: the costs printed as their own lines, as document-level charges.
    pub charges: Vec<Charge>,
    /// BG-23, by rate.
    pub vat: Vec<Breakdown>,
    /// BG-22.
    pub totals: Totals,
    /// BG-25.
    pub lines: Vec<Line>,
}

/// A seller or buyer (BG-4, BG-7).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Trader {
    /// BT-27/BT-44: the legal name.
    pub name: String,
    /// BT-28/BT-45: the trading name, when it differs.
    pub trading_name: Option<String>,
    /// BT-35/BT-50: the address, one line.
    pub address: Option<String>,
    /// BT-40/BT-55: ISO 3166-1 alpha-2.
    pub country: String,
    /// BT-31/BT-48: the VAT identifier with its country prefix.
    pub vat_id: Option<String>,
    /// BT-34/BT-49: the electronic address, scheme and identifier: the company's `endpoint`
    /// (an EAS scheme such as `0208` or `9906`), else its e-mail (scheme `EM`).
    pub endpoint: Option<(String, String)>,
}

/// A credit transfer (BG-16, BG-17).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Payment {
    /// BT-81: `58` (SEPA credit transfer) for an IBAN, else `30` (credit transfer).
    pub code: &'static str,
    /// BT-84: the IBAN or account number.
    pub account: String,
    /// BT-85: the account's name (the seller's legal name).
    pub account_name: String,
    /// BT-86: the BIC.
    pub bic: Option<String>,
}

/// A document-level charge (BG-21): a cost printed as its own line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Charge {
    /// BT-99.
    pub amount: Decimal,
    /// BT-104: the label as printed.
    pub reason: String,
    /// BT-102/BT-103.
    pub category: &'static str,
    /// The rate, percent.
    pub rate: Decimal,
}

/// A VAT breakdown (BG-23).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Breakdown {
    /// BT-118.
    pub category: &'static str,
    /// BT-119.
    pub rate: Decimal,
    /// BT-116.
    pub base: Decimal,
    /// BT-117.
    pub tax: Decimal,
}

/// The document totals (BG-22).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Totals {
    /// BT-106: Σ line nets.
    pub lines: Decimal,
    /// BT-108: Σ document charges.
    pub charges: Decimal,
    /// BT-109: the model's net.
    pub tax_exclusive: Decimal,
    /// BT-110: the model's VAT.
    pub tax: Decimal,
    /// BT-112: the model's total.
    pub tax_inclusive: Decimal,
    /// BT-113: what the client has paid already.
    pub prepaid: Option<Decimal>,
    /// BT-115: total − paid.
    pub payable: Decimal,
}

/// An invoice line (BG-25).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// BT-126.
    pub id: String,
    /// BT-129.
    pub quantity: Decimal,
    /// BT-130: UN/ECE Rec 20.
    pub unit: String,
    /// BT-131: the line's total (its amount and the costs allocated into it).
    pub net: Decimal,
    /// BT-146: the sale unit price.
    pub price: Decimal,
    /// BT-153.
    pub name: String,
    /// BT-154: the options as printed.
    pub description: Option<String>,
    /// BT-155: the article.
    pub sku: String,
    /// BT-151.
    pub category: &'static str,
    /// BT-152.
    pub rate: Decimal,
    /// BG-28: each cost allocated into the line, as a line charge.
    pub charges: Vec<(String, Decimal)>,
}

/// The VAT category of a rate: `S` (standard) above zero, `Z` (zero rated) at zero.
fn category(rate: Decimal) -> &'static str {
    if rate.is_zero() {
        "Z"
    } else {
        "S"
    }
}

/// The UN/ECE Recommendation 20 code of a unit: Bureau's units by name, a code as it is.
fn unit_code(unit: &str) -> Option<String> {
    let code = match unit {
        "pcs" | "pc" | "piece" => "H87",
        "set" => "SET",
        "pair" => "PR",
        "m" => "MTR",
        "m2" => "MTK",
        "m3" => "MTQ",
        "roll" => "RO",
        "kg" => "KGM",
        "l" => "LTR",
        "h" => "HUR",
        "day" => "DAY",
        other
            if (2..=3).contains(&other.len())
                && other.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
        {
            other
        }
        _ => return None,
    };
    Some(code.to_string())
}

/// The VAT identifier with its country prefix: `tax_ids.vat`, else a Russian INN (the number
/// Russian VAT is registered under) prefixed `RU`.
fn vat_id(p: &Party) -> Option<String> {
    let country = p.country.as_deref().unwrap_or("");
    let (id, inn) = match (p.tax_ids.get("vat"), p.tax_ids.get("inn")) {
        (Some(v), _) => (v.as_str(), false),
        (None, Some(inn)) if country == "RU" => (inn.as_str(), true),
        _ => return None,
    };
    let id: String = id.chars().filter(|c| !c.is_whitespace()).collect();
    let prefixed = id.len() > 2 && id.get(..2).is_some_and(|p| p.bytes().all(|b| b.is_ascii_uppercase()));
    Some(if prefixed && !inn { id } else { format!("{}{id}", if country == "GR" { "EL" } else { country }) })
}

fn trader(p: &Party) -> Trader {
    let legal = p.legal_name.as_ref().map(|l| l.to_string());
    Trader {
        name: legal.clone().unwrap_or_else(|| p.name.to_string()),
        trading_name: legal.map(|_| p.name.to_string()),
        address: p.address.as_ref().map(|a| a.to_string()),
        country: p.country.as_ref().map(|c| c.to_string()).unwrap_or_default(),
        vat_id: vat_id(p),
        endpoint: match (&p.endpoint, &p.email) {
            (Some(e), _) => Some((e.scheme.to_string(), e.id.to_string())),
            (None, Some(mail)) => Some(("EM".to_string(), mail.to_string())),
            (None, None) => None,
        },
    }
}

fn payment(p: &Party) -> Option<Payment> {
    let bank = p.bank.as_ref()?;
    let account: String = bank.account.as_deref()?.chars().filter(|c| !c.is_whitespace()).collect();
    let code = if crate::checks::iban_ok(&account) { "58" } else { "30" };
    Some(Payment {
        code,
        account,
        account_name: p.legal_name.as_ref().unwrap_or(&p.name).to_string(),
        bic: bank.bic.as_ref().map(|b| b.to_string()),
    })
}

/// The refusal of `ubl`, `cii` or `facturx` for a document of `kind` that is not a client invoice.
pub(crate) fn not_an_invoice(kind: &str) -> crate::Error {
    let message = if kind == "proforma" {
        "A proforma cannot be sent as EN 16931 data: Peppol BIS Billing 3.0 has no invoice type code for a proforma (UNTDID 1001 code 325 is not among those it allows); send its PDF, or issue the client invoice and send that.".to_string()
    } else {
        format!(
            "A {} is not an invoice: `ubl`, `cii` and `facturx` are made for the client invoice.",
            kind.replace('_', " ")
        )
    };
    crate::Error::Rejected(vec![request(Code::EinvoiceNotAnInvoice, "/format", message)])
}

/// A problem of the invoice request.
fn request(code: Code, path: &str, message: String) -> Problem {
    Problem { input: Some(Input::Request), ..Problem::new(code, path, message) }
}

/// A problem of the project.
fn project_problem(code: Code, path: String, message: String) -> Problem {
    Problem { input: Some(Input::Project), ..Problem::new(code, path, message) }
}

/// Whether EN 16931 can carry this invoice faithfully: every reason it cannot, at once.
pub(crate) fn check(model: &ClientInvoice, settings: &Settings, project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    if settings.vat.policy == VatPolicy::PerLine {
        problems.push(request(
            Code::EinvoiceVatPerLine,
            "/vat/policy",
            "EN 16931 computes VAT per rate over the document; an invoice with VAT per line cannot be sent as EN 16931 data without changing its figures: use \"per_document\".".into(),
        ));
    }
    if model.totals.prices_include_vat {
        problems.push(request(
            Code::EinvoicePricesIncludeVat,
            "/vat/prices_include_vat",
            "EN 16931 states net prices and adds VAT; an invoice whose prices include VAT cannot be sent as EN 16931 data without changing its figures.".into(),
        ));
    }
    let digits = crate::money::currency_minor_units(&model.currency);
    if digits.is_none_or(|d| d > 2) {
        problems.push(request(
            Code::EinvoiceCurrency,
            "/currency",
            format!(
                "EN 16931 amounts have at most two decimals; {} has {}: invoice in another currency.",
                model.currency,
                digits.map_or_else(|| "no minor unit Bureau knows".to_string(), |d| format!("{d}"))
            ),
        ));
    }
    let seller = &model.seller;
    let who = seller.id.as_deref().unwrap_or(&seller.name);
    let mut missing = Vec::new();
    if vat_id(seller).is_none() {
        missing.push("a VAT identifier (`tax_ids.vat`, or `tax_ids.inn` of a Russian company)");
    }
    if seller.address.as_deref().is_none_or(str::is_empty) {
        missing.push("an address");
    }
    if seller.country.as_deref().is_none_or(str::is_empty) {
        missing.push("a country");
    }
    if !missing.is_empty() {
        problems.push(request(
            Code::EinvoiceSeller,
            "/seller",
            format!("The seller {who} needs {} on an EN 16931 invoice; add it to the company.", missing.join(" and ")),
        ));
    }
    if model.buyer.country.as_deref().is_none_or(str::is_empty) {
        problems.push(project_problem(
            Code::EinvoiceBuyer,
            "/project/client/country".into(),
            "The client needs a country (ISO 3166-1 alpha-2) on an EN 16931 invoice.".into(),
        ));
    }
    let mut units: Vec<&str> = Vec::new();
    for line in &model.lines {
        if unit_code(&line.unit).is_none() && !units.contains(&line.unit.as_str()) {
            units.push(&line.unit);
            let at = project
                .items
                .iter()
                .position(|i| i.id == line.item)
                .map_or_else(String::new, |i| format!("/items/{i}/unit"));
            problems.push(project_problem(
                Code::EinvoiceUnit,
                at,
                format!(
                    "The unit \"{}\" has no UN/ECE Recommendation 20 code; use pcs, set, pair, m, m2, m3, roll, kg, l, h, day or the code itself (H87, MTK, …).",
                    line.unit
                ),
            ));
        }
    }
    problems
}

/// The invoice in EN 16931's terms; [`check`] first. A sum that disagrees with the model's
/// total is an internal error: nothing is emitted that the PDF does not say.
pub(crate) fn read(model: &ClientInvoice, project: &Project) -> Result<En16931, crate::Error> {
    let off = |what: &str| crate::Error::Internal(format!("the EN 16931 {what} disagree with the invoice's model"));
    let lines: Vec<Line> = model
        .lines
        .iter()
        .map(|l| Line {
            id: l.n.to_string(),
            quantity: l.quantity,
            unit: unit_code(&l.unit).unwrap_or_default(),
            net: l.line_total,
            price: l.unit_price,
            name: l.name.to_string(),
            description: (!l.options.is_empty()).then(|| l.options.clone()),
            sku: l.sku.to_string(),
            category: category(l.vat_pct),
            rate: l.vat_pct,
            charges: l.allocated.iter().map(|(kind, amount)| (cost_label(model, kind), *amount)).collect(),
        })
        .collect();
    let charges: Vec<Charge> = model
        .costs
        .iter()
        .map(|c| Charge { amount: c.amount, reason: c.label.clone(), category: category(c.vat_pct), rate: c.vat_pct })
        .collect();
    let line_sum = lines.iter().map(|l| l.net).try_fold(Decimal::ZERO, exact_add).ok_or_else(|| off("line totals"))?;
    let charge_sum =
        charges.iter().map(|c| c.amount).try_fold(Decimal::ZERO, exact_add).ok_or_else(|| off("charges"))?;
    let t = &model.totals;
    if exact_add(line_sum, charge_sum) != Some(t.net) {
        return Err(off("line totals and charges"));
    }
    let paid = model.paid.filter(|p| !p.is_zero());
    let payable = exact_sub(t.total, paid.unwrap_or(Decimal::ZERO)).ok_or_else(|| off("amount due"))?;
    let mut terms: Vec<String> = model.payment_terms.iter().map(|t| t.to_string()).collect();
    if let (Some(dep), Some(pct)) = (model.deposit, model.deposit_pct) {
        let due = model.deposit_due.as_ref().map_or_else(String::new, |d| format!(", due {d}"));
        terms.push(format!("Deposit {}%: {dep} {}{due}", pct.normalize(), model.currency));
    }
    let digits = crate::money::currency_minor_units(&model.currency).unwrap_or(2);
    let at = |mut d: Decimal| {
        d.rescale(digits);
        d
    };
    Ok(En16931 {
        number: model.head.number.clone(),
        issue_date: model.head.date.to_string(),
        due_date: model.balance_due.as_ref().map(|d| d.to_string()),
        currency: model.currency.to_string(),
        buyer_reference: model.head.project.to_string(),
        seller: trader(&model.seller),
        buyer: trader(&model.buyer),
        deliver_to: match &project.project.delivery {
            Some(d) => (Some(d.address.to_string()), d.country.to_string()),
            None => (model.buyer.address.as_ref().map(|a| a.to_string()), trader(&model.buyer).country),
        },
        payment: payment(&model.seller),
        terms: (!terms.is_empty()).then(|| terms.join("; ")),
        charges,
        vat: t
            .vat
            .iter()
            .map(|r| Breakdown { category: category(r.rate), rate: r.rate, base: r.base, tax: r.vat })
            .collect(),
        totals: Totals {
            lines: at(line_sum),
            charges: at(charge_sum),
            tax_exclusive: t.net,
            tax: t.vat_total,
            tax_inclusive: t.total,
            prepaid: paid,
            payable: at(payable),
        },
        lines,
    })
}

/// The printed label of the cost of `kind` allocated into lines: the kind's label in the
/// invoice's language.
fn cost_label(model: &ClientInvoice, kind: &str) -> String {
    use super::labels::L;
    let label = match kind {
        "logistics" => L::cost_logistics,
        "customs" => L::cost_customs,
        "installation" => L::cost_installation,
        "design_fee" => L::cost_design_fee,
        _ => L::cost_other,
    };
    label.get(model.head.language).to_string()
}

/// A percentage as EN 16931 writes it: no trailing zeros, at least one digit (`22`, `5.5`).
pub(super) fn percent(rate: Decimal) -> String {
    rate.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_and_vat_ids() {
        assert_eq!(unit_code("pcs").as_deref(), Some("H87"));
        assert_eq!(unit_code("C62").as_deref(), Some("C62"));
        assert_eq!(unit_code("bottle"), None);
        let mut p = Party { country: Some("RU".into()), ..Party::default() };
        p.tax_ids.insert("inn".into(), "7725012341".into());
        assert_eq!(vat_id(&p).as_deref(), Some("RU7725012341"));
        p.tax_ids.insert("vat".into(), "IT 01234567890".into());
        assert_eq!(vat_id(&p).as_deref(), Some("IT01234567890"));
        let q = Party {
            country: Some("IT".into()),
            tax_ids: [("vat".to_string(), "01234567890".to_string())].into(),
            ..Party::default()
        };
        assert_eq!(vat_id(&q).as_deref(), Some("IT01234567890"));
    }
}
