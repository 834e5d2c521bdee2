//! `proforma/1`: a proforma a source sends back to the supplier (Back Office).

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

/// A proforma received from a segment's source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "proforma/1")]
pub struct Proforma {
    /// Always `proforma/1`.
    pub format: String,
    /// The segment id it answers.
    pub segment: String,
    /// Company id of the issuer.
    pub issuer: String,
    /// The issuer's number.
    pub number: String,
    /// Issue date.
    pub date: String,
    /// Valid until.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    /// ISO 4217 currency.
    pub currency: String,
    /// Incoterms 2020 rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<String>,
    /// Deposit, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_pct: Option<Decimal>,
    /// Payment terms as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<String>,
    /// Lines.
    pub lines: Vec<ProformaLine>,
    /// The totals the issuer printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub totals: Option<ProformaTotals>,
}

impl Proforma {
    /// The format name.
    pub const FORMAT: &'static str = "proforma/1";
}

/// A line of a proforma.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ProformaLine {
    /// The project item it answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Article code.
    pub sku: String,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Quantity.
    pub quantity: Decimal,
    /// Unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Price per unit before discount.
    pub unit_price: Decimal,
    /// Discount, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
    /// VAT rate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_pct: Option<Decimal>,
    /// Lead time in weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
}

/// Totals printed on a proforma.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ProformaTotals {
    /// Net.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net: Option<Decimal>,
    /// VAT.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat: Option<Decimal>,
    /// Total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<Decimal>,
}
