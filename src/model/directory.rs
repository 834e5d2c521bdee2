//! `partner-directory/1`: suppliers, manufacturers and their partnerships.

use rust_decimal::Decimal;
use schemars::JsonSchema;

use super::Text;
use serde::Serialize;

use super::Company;

/// The partner directory a host loads once and queries many times.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "partner-directory/1")]
pub struct PartnerDirectory {
    /// Always `partner-directory/1`.
    pub format: Text,
    /// The companies.
    pub companies: Vec<DirectoryCompany>,
    /// Supplier–manufacturer partnerships.
    pub partnerships: Vec<Partnership>,
}

impl PartnerDirectory {
    /// The format name.
    pub const FORMAT: &'static str = "partner-directory/1";
}

/// A company of the directory: the project's Company fields plus regions and rating.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct DirectoryCompany {
    /// The company.
    #[serde(flatten)]
    pub company: Company,
    /// ISO 3166-2 regions it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Text>,
    /// Rating 0–5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<Decimal>,
}

/// The state of a partnership.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PartnershipStatus {
    /// In force.
    #[default]
    Active,
    /// Asked for, not yet in force.
    Pending,
    /// Ended.
    Expired,
    /// Refused.
    Declined,
}

/// A supplier's partnership with a manufacturer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Partnership {
    /// Company id of the supplier or showroom.
    pub supplier: Text,
    /// Company id of the factory.
    pub manufacturer: Text,
    /// Its state.
    pub status: PartnershipStatus,
    /// Since when, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<Text>,
    /// The supplier's discount from the manufacturer, 0–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
}
