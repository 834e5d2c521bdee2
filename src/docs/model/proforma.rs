//! The proforma: the segment's seller (its source) to its buyer, with numbers, validity, parties
//! with tax ids and bank details, incoterm, payment terms and deposit, priced lines, VAT per rate,
//! totals and the total in words.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::pricing::{document_currency, MoneyTotals, Price, Pricing};
use super::{all, Context, Described, Head, Party, Scope};
use crate::docs::format::add_days;
use crate::docs::settings::Kind;
use crate::model::{Item, Text};
use crate::money::words::amount_in_words;
use crate::problem::Problem;

/// A proforma invoice.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Proforma {
    /// Number, date, language, project, segment.
    #[serde(flatten)]
    pub head: Head,
    /// The segment's source.
    pub seller: Party,
    /// The managing supplier, else the buyer the settings name, else the client.
    pub buyer: Party,
    /// The currency of every amount.
    pub currency: Text,
    /// Last day the offer holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Text>,
    /// Incoterms 2020 rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
    /// Payment terms, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<Text>,
    /// Deposit asked, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_pct: Option<Decimal>,
    /// The lines.
    pub lines: Vec<ProformaLine>,
    /// Totals and VAT per rate.
    pub totals: MoneyTotals,
    /// round(total × deposit / 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit: Option<Decimal>,
    /// total − deposit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance: Option<Decimal>,
    /// The total in words, in the document's language (absent for a currency without words).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_in_words: Option<String>,
    /// The longest lead time, weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
}

/// One line of a proforma.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProformaLine {
    /// Line number, from 1.
    pub n: usize,
    /// Item, sku, name, options, quantity, unit.
    #[serde(flatten)]
    pub item: Described,
    /// Customs tariff code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hs_code: Option<Text>,
    /// Country of origin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Text>,
    /// Lead time, weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_time_weeks: Option<u32>,
    /// Unit price, gross, discount, net, VAT rate.
    #[serde(flatten)]
    pub price: Price,
}

/// A source's lines for a segment at its prices (the proforma's, the purchase order's): the
/// document's currency, the lines, their totals and the deposit the settings ask.
pub(super) struct Priced {
    pub currency: Text,
    pub lines: Vec<ProformaLine>,
    pub totals: MoneyTotals,
    pub deposit: Option<Decimal>,
}

pub(super) fn priced(ctx: &Context<'_>, scope: &Scope<'_>) -> Result<Priced, Vec<Problem>> {
    let s = ctx.settings;
    let items: Vec<&Item> = scope.items.iter().map(|(_, i)| *i).collect();
    let currency = document_currency(s, &items).map_err(|p| vec![p])?.unwrap_or(&ctx.project.project.currency);
    let pricing = Pricing::new(currency, s, true, true);
    let prices = all(scope.items.iter().map(|&(at, item)| pricing.item(item, at)))?;
    let lines: Vec<ProformaLine> = scope
        .items
        .iter()
        .zip(prices)
        .enumerate()
        .map(|(i, (&(_, item), price))| ProformaLine {
            n: i.saturating_add(1),
            item: Described::of(item),
            hs_code: item.hs_code.clone(),
            origin: item.origin.clone(),
            lead_time_weeks: item.lead_time_weeks,
            price,
        })
        .collect();
    let totals = pricing.totals(&lines.iter().map(|l| &l.price).collect::<Vec<_>>()).map_err(|e| vec![e])?;
    let deposit = match s.deposit_pct {
        Some(pct) => Some(pricing.percent_of(totals.total, pct).map_err(|e| vec![e])?),
        None => None,
    };
    Ok(Priced { currency: Text::new(currency), lines, totals, deposit })
}

pub(super) fn build(ctx: &Context<'_>, scope: &Scope<'_>) -> Result<Proforma, Vec<Problem>> {
    let s = ctx.settings;
    let Priced { currency, lines, totals, deposit } = priced(ctx, scope)?;
    let balance = deposit.map(|d| super::pricing::sub(totals.total, d)).transpose().map_err(|e| vec![e])?;
    let valid_until = s.valid_until.clone().or_else(|| Some(Text::new(add_days(&ctx.date, s.validity_days?)?)));
    Ok(Proforma {
        head: ctx.head(Kind::Proforma, Some(scope)),
        seller: Party::from(scope.source),
        buyer: ctx.buyer_party().unwrap_or_default(),
        total_in_words: amount_in_words(totals.total, &currency, ctx.lang),
        currency,
        valid_until,
        incoterm: ctx.incoterm(),
        payment_terms: s.payment_terms.clone(),
        deposit_pct: s.deposit_pct,
        balance,
        deposit,
        lead_time_weeks: lines.iter().filter_map(|l| l.lead_time_weeks).max(),
        lines,
        totals,
    })
}
