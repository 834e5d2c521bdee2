//! The client invoice's document model: what the managing supplier bills its client (Front
//! Office). Goods at sale prices, added costs (their own lines, or allocated into the goods
//! lines), VAT per rate, total, deposit and balance. It carries no purchase price, no source
//! discount and no margin: the Front Office computes it (`office::invoice`) and nothing of the
//! purchase side is copied in.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::pricing::VatRow;
use super::{Head, Party};
use crate::docs::settings::FxRate;
use crate::model::Text;

/// A client invoice.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ClientInvoice {
    /// Number, date, language, title, project.
    #[serde(flatten)]
    pub head: Head,
    /// The segments invoiced.
    pub segments: Vec<String>,
    /// The invoicing supplier.
    pub seller: Party,
    /// The client.
    pub buyer: Party,
    /// The invoice's currency.
    pub currency: Text,
    /// The rates used to convert goods and costs into it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fx: Vec<FxRate>,
    /// The goods, at sale prices.
    pub lines: Vec<InvoiceLine>,
    /// Costs printed as their own lines.
    pub costs: Vec<CostLine>,
    /// Goods, costs, net, VAT per rate, total.
    pub totals: InvoiceTotals,
    /// Deposit asked, percent of the total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_pct: Option<Decimal>,
    /// round(total × deposit / 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit: Option<Decimal>,
    /// When the deposit is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_due: Option<Text>,
    /// Amounts already paid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid: Option<Decimal>,
    /// What credit notes correcting it took off (printed from a deal's ledger).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credited: Option<Decimal>,
    /// total − deposit − paid.
    pub balance: Decimal,
    /// When the balance is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_due: Option<Text>,
    /// Payment terms as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<Text>,
    /// The total in words, in the document's language.
    pub total_in_words: String,
    /// A credit note: the number of the invoice it corrects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrects: Option<Text>,
    /// A credit note: why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

/// One line of goods.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct InvoiceLine {
    /// Line number, from 1.
    pub n: usize,
    /// The project item.
    pub item: Text,
    /// The segment it belongs to.
    pub segment: String,
    /// Article.
    pub sku: Text,
    /// Name.
    pub name: Text,
    /// Finishes, as one line of text ("Обивка: бархат").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub options: String,
    /// Quantity.
    pub quantity: Decimal,
    /// Unit.
    pub unit: Text,
    /// Sale unit price in the invoice's currency.
    pub unit_price: Decimal,
    /// round(quantity × unit price).
    pub amount: Decimal,
    /// The share of each allocated cost, keyed by cost kind.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub allocated: BTreeMap<String, Decimal>,
    /// amount + Σ allocated.
    pub line_total: Decimal,
    /// The line's VAT rate.
    pub vat_pct: Decimal,
}

/// A cost printed as its own line.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CostLine {
    /// What it is (`logistics`, `customs`, `installation`, `design_fee`, `other`).
    pub kind: &'static str,
    /// As printed.
    pub label: String,
    /// In the invoice's currency.
    pub amount: Decimal,
    /// Its VAT rate.
    pub vat_pct: Decimal,
}

/// The invoice's totals.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct InvoiceTotals {
    /// Σ line amounts (before allocated costs).
    pub goods: Decimal,
    /// Σ every cost, allocated or printed.
    pub costs: Decimal,
    /// goods + costs (without VAT; when prices include VAT: total − VAT).
    pub net: Decimal,
    /// VAT per rate, ordered by rate.
    pub vat: Vec<VatRow>,
    /// Σ VAT.
    pub vat_total: Decimal,
    /// What is due.
    pub total: Decimal,
    /// Whether amounts include VAT ("в т.ч. НДС").
    pub prices_include_vat: bool,
}
