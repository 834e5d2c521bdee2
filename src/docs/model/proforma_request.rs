//! The proforma request: what the managing supplier asks the segment's source for. It carries
//! the buyer, the delivery terms (the buyer's own address unless the settings say otherwise,
//! never the client's private data), the lines with the list price known, a reference number and
//! what is asked.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::{dims, Context, Described, Head, Party, Scope};
use crate::docs::settings::Kind;
use crate::model::{Dimensions, Text};
use crate::problem::Problem;

/// A request for a proforma.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProformaRequest {
    /// Number (the reference the source quotes back), date, language, project, segment.
    #[serde(flatten)]
    pub head: Head,
    /// Who asks: the managing supplier.
    pub buyer: Party,
    /// Who is asked: the segment's source.
    pub seller: Party,
    /// Where the goods go: the buyer's address unless the settings give `ship_to`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<Text>,
    /// Incoterms 2020 rule asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
    /// The lines.
    pub lines: Vec<RequestLine>,
    /// What is asked: `prices`, `lead_times`, `packing`.
    pub asked: Vec<&'static str>,
}

/// One line of a request.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RequestLine {
    /// Line number, from 1.
    pub n: usize,
    /// Item, sku, name, options, quantity, unit.
    #[serde(flatten)]
    pub item: Described,
    /// The product's dimensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions_mm: Option<Dimensions>,
    /// The list price known, per unit, before discount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list_price: Option<Decimal>,
    /// Its currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
}

pub(super) fn build(ctx: &Context<'_>, scope: &Scope<'_>) -> Result<ProformaRequest, Vec<Problem>> {
    let buyer = super::source_buyer(ctx, scope, "request documents from")?;
    let lines = scope
        .items
        .iter()
        .enumerate()
        .map(|(i, &(_, item))| RequestLine {
            n: i.saturating_add(1),
            item: Described::of(item),
            dimensions_mm: dims(item),
            list_price: item.unit_price,
            currency: item.unit_price.and(item.currency.clone()),
        })
        .collect();
    Ok(ProformaRequest {
        head: ctx.head(Kind::ProformaRequest, Some(scope)),
        ship_to: ctx.settings.ship_to.clone().or_else(|| buyer.address.clone()),
        buyer,
        seller: Party::from(scope.source),
        incoterm: ctx.incoterm(),
        lines,
        asked: vec!["prices", "lead_times", "packing"],
    })
}
