//! Items: the products placed in a project.

use rust_decimal::Decimal;
use schemars::JsonSchema;

use super::Text;
use serde::Serialize;

/// A product placed in the project.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Item {
    /// Id.
    pub id: Text,
    /// The manufacturer's article or model code.
    pub sku: Text,
    /// Name.
    pub name: Text,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Company id of the factory that makes it.
    pub manufacturer: Text,
    /// Company id of who delivers it; absent means not decided yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Room id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<Text>,
    /// Quantity, a decimal string greater than zero.
    pub quantity: Decimal,
    /// Unit (`pcs` when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// The source's price per unit before discount; absent means price on request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Decimal>,
    /// ISO 4217 currency of `unit_price`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// The source's discount on this line, 0–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
    /// VAT rate the source charges on this line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_pct: Option<Decimal>,
    /// Finishes, fabrics, colours as chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ItemOption>,
    /// The product's own dimensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions_mm: Option<Dimensions>,
    /// Net weight per unit, kg.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net_weight_kg: Option<Decimal>,
    /// How one unit ships.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub packages: Vec<Package>,
    /// Customs tariff code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hs_code: Option<Text>,
    /// ISO 3166-1 alpha-2 country of origin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Text>,
    /// Lead time in weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
    /// Asset id of the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Text>,
}

impl Item {
    /// The unit, `pcs` when none is given.
    pub fn unit(&self) -> &str {
        self.unit.as_deref().unwrap_or("pcs")
    }
}

/// A chosen option: `{ "name": "Upholstery", "value": "Leather" }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ItemOption {
    /// What is chosen.
    pub name: Text,
    /// The choice.
    pub value: Text,
}

/// Dimensions in millimetres.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Dimensions {
    /// Width.
    pub width: Decimal,
    /// Depth.
    pub depth: Decimal,
    /// Height.
    pub height: Decimal,
}

/// One kind of box a unit ships in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Package {
    /// How many of these boxes one unit needs (`2` for a sofa in two boxes, `0.25` for four chairs a box).
    pub per_unit: Decimal,
    /// Length, mm.
    pub length_mm: Decimal,
    /// Width, mm.
    pub width_mm: Decimal,
    /// Height, mm.
    pub height_mm: Decimal,
    /// Gross weight of one box, kg.
    pub gross_kg: Decimal,
    /// Net weight of one box's contents, kg.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net_kg: Option<Decimal>,
}

impl Package {
    /// How many of these boxes `quantity` units fill: ceil(quantity × per_unit)
    /// (`segments-and-money.md`, "Rounding"). `None` beyond 28 digits.
    pub fn boxes(&self, quantity: Decimal) -> Option<Decimal> {
        Some(quantity.checked_mul(self.per_unit)?.ceil())
    }
}
