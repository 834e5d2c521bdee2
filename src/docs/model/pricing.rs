//! Lines priced for a document: converted into its currency, rounded at the line, VAT by the
//! policy; totals are sums of rounded lines (`segments-and-money.md`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::Fault;
use crate::docs::settings::{Settings, VatPolicy};
use crate::model::Item;
use crate::money::line::{line_amounts, tax, LineAmounts};
use crate::money::{currency_minor_units, round, Rounding};

/// One priced line.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Price {
    /// Unit price in the document's currency (converted and rounded when it was in another).
    pub unit_price: Decimal,
    /// round(quantity × unit price).
    pub gross: Decimal,
    /// The discount percentage, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_pct: Option<Decimal>,
    /// round(gross × discount / 100).
    pub discount: Decimal,
    /// gross − discount.
    pub net: Decimal,
    /// The VAT rate of the line, when the document carries VAT.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_pct: Option<Decimal>,
    /// The line's own tax (policy `per_line` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat: Option<Decimal>,
}

/// VAT of one rate.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct VatRow {
    /// The rate, percent.
    pub rate: Decimal,
    /// Σ nets at that rate (VAT included when prices include it).
    pub base: Decimal,
    /// The tax.
    pub vat: Decimal,
}

/// A priced document's totals.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct MoneyTotals {
    /// Σ line gross.
    pub gross: Decimal,
    /// Σ line discounts.
    pub discount: Decimal,
    /// Σ line nets.
    pub lines: Decimal,
    /// Net without VAT: `lines`, or `lines − vat` when prices include VAT.
    pub net: Decimal,
    /// Σ VAT of every rate.
    pub vat: Decimal,
    /// What is due: net + VAT.
    pub total: Decimal,
    /// VAT per rate, ordered by rate.
    pub vat_rates: Vec<VatRow>,
    /// Whether the line amounts include VAT.
    pub prices_include_vat: bool,
}

/// How a document prices its lines.
pub(crate) struct Pricing<'a> {
    /// The document's currency.
    pub currency: &'a str,
    /// Minor units of that currency.
    pub dp: u32,
    /// Rates, VAT, rounding.
    pub settings: &'a Settings,
    /// Whether the source's discount applies (purchase prices).
    pub discount: bool,
    /// Whether lines carry VAT (and need a rate).
    pub vat: bool,
}

/// The one currency a priced document is in: the settings', else the lines' own when they
/// share one. `None` when there is no price at all.
pub(crate) fn document_currency<'a>(settings: &'a Settings, items: &[&'a Item]) -> Result<Option<&'a str>, Fault> {
    if let Some(c) = settings.currency.as_deref() {
        return Ok(Some(c));
    }
    let mut found: Option<&str> = None;
    for c in items.iter().filter_map(|i| i.currency.as_deref()) {
        match found {
            Some(f) if f != c => {
                return Err(Fault::request(
                    crate::Code::CurrencyRequired,
                    "/currency",
                    format!("The lines are in {f} and {c}; give the document's `currency` and the rates (`fx`) to convert into it."),
                ))
            }
            _ => found = Some(c),
        }
    }
    Ok(found)
}

impl Pricing<'_> {
    /// A pricing in `currency`.
    pub(crate) fn new<'a>(currency: &'a str, settings: &'a Settings, discount: bool, vat: bool) -> Pricing<'a> {
        Pricing { currency, dp: currency_minor_units(currency).unwrap_or(2), settings, discount, vat }
    }

    fn rounding(&self) -> Rounding {
        self.settings.rounding
    }

    /// Rounds to the document currency's minor unit.
    pub(crate) fn round(&self, d: Decimal) -> Decimal {
        round(d, self.dp, self.rounding())
    }

    /// A unit price in `from` converted into the document's currency: round(price × rate).
    pub(crate) fn convert(&self, price: Decimal, from: &str, at: usize) -> Result<Decimal, Fault> {
        let rate = self.settings.rate(from, self.currency).ok_or_else(|| missing_rate(from, self.currency, at))?;
        Ok(self.round(mul(price, rate, at)?))
    }

    /// Prices item `at` with `unit_price` (already in the document's currency when `converted`).
    pub(crate) fn line(&self, item: &Item, at: usize, unit_price: Decimal) -> Result<Price, Fault> {
        let discount_pct = if self.discount { item.discount_pct.filter(|d| !d.is_zero()) } else { None };
        let LineAmounts { gross, discount, net } =
            line_amounts(item.quantity, unit_price, discount_pct, self.dp, self.rounding())
                .ok_or_else(|| overflow(at))?;
        let vat_pct = if self.vat { Some(self.vat_rate(item, at)?) } else { None };
        let vat = match (vat_pct, self.settings.vat.policy) {
            (Some(rate), VatPolicy::PerLine) => Some(self.tax(net, rate, at)?),
            _ => None,
        };
        Ok(Price { unit_price, gross, discount_pct, discount, net, vat_pct, vat })
    }

    /// The price of item `at` from its own unit price, converted when needed.
    pub(crate) fn item(&self, item: &Item, at: usize) -> Result<Price, Fault> {
        let (Some(price), Some(cur)) = (item.unit_price, item.currency.as_deref()) else {
            return Err(Fault::project(
                crate::Code::PriceMissing,
                format!("/items/{at}/unit_price"),
                format!(
                    "Item \"{}\" ({}) has no price; the source must quote it before this document is made.",
                    item.id, item.sku
                ),
            ));
        };
        let unit = if cur == self.currency { price } else { self.convert(price, cur, at)? };
        self.line(item, at, unit)
    }

    fn vat_rate(&self, item: &Item, at: usize) -> Result<Decimal, Fault> {
        item.vat_pct.or(self.settings.vat.rate).ok_or_else(|| {
            Fault::project(
                crate::Code::VatMissingRate,
                format!("/items/{at}/vat_pct"),
                format!(
                    "Item \"{}\" has no VAT rate; give its `vat_pct`, or `vat.rate` in the document settings.",
                    item.id
                ),
            )
        })
    }

    /// The tax on `base` at `rate`, by whether prices include VAT.
    fn tax(&self, base: Decimal, rate: Decimal, at: usize) -> Result<Decimal, Fault> {
        tax(base, rate, self.settings.vat.prices_include_vat, self.dp, self.rounding()).ok_or_else(|| overflow(at))
    }

    /// Totals of priced lines: sums of rounded lines; VAT per rate over the document or per line.
    pub(crate) fn totals(&self, prices: &[&Price]) -> Result<MoneyTotals, Fault> {
        let zero = round(Decimal::ZERO, self.dp, self.rounding());
        let (mut gross, mut discount, mut lines) = (zero, zero, zero);
        let mut by_rate: BTreeMap<Decimal, (Decimal, Decimal)> = BTreeMap::new();
        for p in prices {
            gross = add(gross, p.gross)?;
            discount = add(discount, p.discount)?;
            lines = add(lines, p.net)?;
            if let Some(rate) = p.vat_pct {
                let e = by_rate.entry(rate.normalize()).or_insert((zero, zero));
                e.0 = add(e.0, p.net)?;
                e.1 = add(e.1, p.vat.unwrap_or(zero))?;
            }
        }
        let mut vat_rates = Vec::with_capacity(by_rate.len());
        for (rate, (base, line_vat)) in by_rate {
            let vat = match self.settings.vat.policy {
                VatPolicy::PerLine => line_vat,
                VatPolicy::PerDocument => self.tax(base, rate, 0)?,
            };
            vat_rates.push(VatRow { rate, base, vat });
        }
        let vat = vat_rates.iter().try_fold(zero, |s, r| add(s, r.vat))?;
        let include = self.settings.vat.prices_include_vat && self.vat;
        let (net, total) = if include { (sub(lines, vat)?, lines) } else { (lines, add(lines, vat)?) };
        Ok(MoneyTotals { gross, discount, lines, net, vat, total, vat_rates, prices_include_vat: include })
    }

    /// round(total × percent / 100).
    pub(crate) fn percent_of(&self, total: Decimal, pct: Decimal) -> Result<Decimal, Fault> {
        crate::money::percent_of(total, pct).map(|x| self.round(x)).ok_or_else(|| overflow(0))
    }
}

/// A product that reports overflow instead of panicking.
pub(super) fn mul(a: Decimal, b: Decimal, at: usize) -> Result<Decimal, Fault> {
    a.checked_mul(b).ok_or_else(|| overflow(at))
}

fn overflow(at: usize) -> Fault {
    Fault::project(
        crate::Code::AmountOverflow,
        format!("/items/{at}"),
        "An amount of this item is too large to compute exactly (28 digits); check its quantity and price.",
    )
}

/// A difference that reports overflow instead of panicking.
pub(crate) fn sub(a: Decimal, b: Decimal) -> Result<Decimal, Fault> {
    a.checked_sub(b).ok_or_else(total_overflow)
}

/// A sum that reports overflow instead of panicking.
pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, Fault> {
    a.checked_add(b).ok_or_else(total_overflow)
}

fn total_overflow() -> Fault {
    Fault::project(
        crate::Code::AmountOverflow,
        "/items",
        "The document's total is too large to compute exactly (28 digits).",
    )
}

fn missing_rate(from: &str, to: &str, _at: usize) -> Fault {
    Fault::request(
        crate::Code::FxMissingRate,
        "/fx",
        format!("Prices in {from} must be converted into {to}: add {{ \"from\": \"{from}\", \"to\": \"{to}\", \"rate\": \"…\" }} to `fx`."),
    )
}
