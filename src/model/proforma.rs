//! `proforma/1`: a proforma a source sends back to the supplier (Back Office).

use rust_decimal::Decimal;
use schemars::JsonSchema;

use super::Text;
use serde::Serialize;

/// A proforma received from a segment's source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "proforma/1")]
pub struct Proforma {
    /// Always `proforma/1`.
    pub format: Text,
    /// The segment id it answers.
    pub segment: Text,
    /// Company id of the issuer.
    pub issuer: Text,
    /// The issuer's number.
    pub number: Text,
    /// Issue date.
    pub date: Text,
    /// Valid until.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Text>,
    /// ISO 4217 currency.
    pub currency: Text,
    /// Incoterms 2020 rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
    /// Deposit, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_pct: Option<Decimal>,
    /// Payment terms as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<Text>,
    /// The date the goods ship (an order confirmation's promise; a line's own wins).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<Text>,
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
    pub item: Option<Text>,
    /// Article code.
    pub sku: Text,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// Quantity.
    pub quantity: Decimal,
    /// Unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
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
    /// The date this line ships, when it differs from the document's `ship_date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<Text>,
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
