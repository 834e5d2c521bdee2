//! Companies: factories, showrooms, suppliers, designers and clients' accounts.

use std::collections::BTreeMap;

use schemars::JsonSchema;

use super::Text;
use serde::Serialize;

/// What a company is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CompanyKind {
    /// Makes goods.
    #[default]
    Factory,
    /// Sells goods of factories from stock or to order.
    Showroom,
    /// A dealer or distributor with commercial functions.
    Supplier,
    /// A design studio without commercial functions.
    Designer,
    /// A private client's own account.
    Client,
}

impl CompanyKind {
    /// Whether the company can sell (factory, showroom, supplier).
    pub fn is_commercial(self) -> bool {
        matches!(self, CompanyKind::Factory | CompanyKind::Showroom | CompanyKind::Supplier)
    }

    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        crate::json::Choice::name(self)
    }
}

/// A company referenced by the project.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Company {
    /// Id.
    pub id: Text,
    /// What it is.
    pub kind: CompanyKind,
    /// Trading name.
    pub name: Text,
    /// Legal name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<Text>,
    /// ISO 3166-1 alpha-2 country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Text>,
    /// Address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    /// Tax ids by scheme (`inn`, `kpp`, `vat`, …).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tax_ids: BTreeMap<String, String>,
    /// Bank details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<Bank>,
    /// Email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Text>,
    /// Phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Text>,
    /// Electronic address for e-invoicing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<Endpoint>,
    /// Asset id of the logo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<Text>,
}

/// Bank details printed on proformas and invoices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Bank {
    /// Bank name.
    pub name: Text,
    /// Account number (Russian р/с).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<Text>,
    /// IBAN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<Text>,
    /// BIC (Russian БИК, or SWIFT BIC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bic: Option<Text>,
    /// SWIFT code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub swift: Option<Text>,
    /// Correspondent account (Russian к/с).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corr_account: Option<Text>,
}

/// An electronic address (Peppol scheme and identifier).
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Endpoint {
    /// Scheme code.
    pub scheme: Text,
    /// Identifier.
    pub id: Text,
}
