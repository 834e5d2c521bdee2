//! The purchase order: the managing supplier's order to the segment's source, at the source's
//! own prices (in a deal, its accepted proforma's), referring to that proforma, with where and
//! when the goods should ship, the client's sidemark (never the client's name, address or sale
//! price) and the deposit owed under the proforma's terms.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::pricing::MoneyTotals;
use super::proforma::{priced, Priced, ProformaLine};
use super::{Context, Head, Party, Scope};
use crate::docs::settings::Kind;
use crate::model::Text;
use crate::problem::Problem;

/// A purchase order.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PurchaseOrder {
    /// Number (its own series), date, language, project, segment.
    #[serde(flatten)]
    pub head: Head,
    /// Who orders: the managing supplier.
    pub buyer: Party,
    /// Who is ordered from: the segment's source.
    pub seller: Party,
    /// The proforma the order confirms (its number and version, as the settings' `reference`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
    /// The client's reference the goods are marked with: the settings' `sidemark`, else the
    /// project's id and name.
    pub sidemark: Text,
    /// Where the goods go: the settings' `ship_to`, else the buyer's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<Text>,
    /// The requested ship date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<Text>,
    /// Incoterms 2020 rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
    /// The currency of every amount.
    pub currency: Text,
    /// Payment terms, as given (the proforma's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<Text>,
    /// Deposit owed, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_pct: Option<Decimal>,
    /// The lines, at the source's prices.
    pub lines: Vec<ProformaLine>,
    /// Totals and VAT per rate.
    pub totals: MoneyTotals,
    /// round(total × deposit / 100): what the buyer owes before production.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit: Option<Decimal>,
    /// The longest lead time, weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
}

pub(super) fn build(ctx: &Context<'_>, scope: &Scope<'_>) -> Result<PurchaseOrder, Vec<Problem>> {
    let buyer = super::source_buyer(ctx, scope, "order from")?;
    let s = ctx.settings;
    let Priced { currency, lines, totals, deposit } = priced(ctx, scope)?;
    let project = &ctx.project.project;
    Ok(PurchaseOrder {
        head: ctx.head(Kind::PurchaseOrder, Some(scope)),
        ship_to: s.ship_to.clone().or_else(|| buyer.address.clone()),
        buyer,
        seller: Party::from(scope.source),
        reference: s.reference.clone(),
        sidemark: s.sidemark.clone().unwrap_or_else(|| Text::new(format!("{} · {}", project.id, project.name))),
        ship_date: s.ship_date.clone(),
        incoterm: ctx.incoterm(),
        currency,
        payment_terms: s.payment_terms.clone(),
        deposit_pct: s.deposit_pct,
        deposit,
        lead_time_weeks: lines.iter().filter_map(|l| l.lead_time_weeks).max(),
        lines,
        totals,
    })
}
