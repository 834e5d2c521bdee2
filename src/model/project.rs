//! `studio-project/1`: the project a host hands in.

use std::collections::BTreeMap;

use schemars::JsonSchema;

use super::Text;
use serde::Serialize;

use super::{Company, Item};

/// A design project as Studio exports it (`studio-project/1`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "studio-project/1")]
pub struct Project {
    /// Always `studio-project/1`.
    pub format: Text,
    /// The project itself.
    pub project: ProjectInfo,
    /// Every company referenced anywhere.
    pub companies: Vec<Company>,
    /// Rooms, for grouping in specifications.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<Room>,
    /// The products placed in the project, in Studio's order.
    pub items: Vec<Item>,
    /// Images referenced by items or companies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assets: Vec<Asset>,
}

impl Project {
    /// The format name.
    pub const FORMAT: &'static str = "studio-project/1";

    /// The company with this id.
    pub fn company(&self, id: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.id == id)
    }
}

/// The `project` object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ProjectInfo {
    /// The project's id.
    pub id: Text,
    /// Its name.
    pub name: Text,
    /// `ru` or `en`, or a BCP 47 tag of either (`ru-RU`, `en-GB`).
    pub locale: Text,
    /// ISO 4217 currency of client-facing totals.
    pub currency: Text,
    /// Company id of the Studio account that owns the project.
    pub owner: Text,
    /// The end client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client: Option<Party>,
    /// Where the goods go.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// Project date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
}

/// Kind of end client.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    /// A private person.
    #[default]
    Private,
    /// A company.
    Company,
}

/// The end client the goods are for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Party {
    /// Name.
    pub name: Text,
    /// `private` or `company`.
    pub kind: PartyKind,
    /// Address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    /// ISO 3166-1 alpha-2 country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Text>,
    /// Tax ids by scheme (`inn`, `vat`, …).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tax_ids: BTreeMap<String, String>,
    /// Email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Text>,
    /// Phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Text>,
}

/// Where the goods go.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Delivery {
    /// Street address.
    pub address: Text,
    /// ISO 3166-1 alpha-2 country.
    pub country: Text,
    /// ISO 3166-2 subdivision (`RU-MOS`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Text>,
    /// Incoterms 2020 rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
}

/// A room, for grouping in specifications.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Room {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
}

/// Media types an asset may have.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub enum MediaType {
    /// PNG.
    #[default]
    #[serde(rename = "image/png")]
    Png,
    /// JPEG.
    #[serde(rename = "image/jpeg")]
    Jpeg,
    /// SVG.
    #[serde(rename = "image/svg+xml")]
    Svg,
}

/// An image the host supplies.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Asset {
    /// Id.
    pub id: Text,
    /// Media type.
    pub media_type: MediaType,
    /// The bytes, base64.
    pub data_base64: String,
}
