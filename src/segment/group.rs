//! The figures of one segment or unsourced group, accumulated item by item.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::codes::Code;
use crate::model::validate::item_warnings;
use crate::model::Item;
use crate::money::{self, currency_minor_units, Rounding};

/// Money totals in one currency: sums of rounded lines.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Totals {
    /// Σ line gross (quantity × unit price, rounded per line).
    pub gross: Decimal,
    /// Σ line discount.
    pub discount: Decimal,
    /// Σ line net.
    pub net: Decimal,
}

/// One item as priced and packed in its segment.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Line<'a> {
    /// Item id.
    pub item: &'a str,
    /// Article code.
    pub sku: &'a str,
    /// Quantity.
    pub quantity: Decimal,
    /// Unit.
    pub unit: &'a str,
    /// Currency of the price, when priced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'a str>,
    /// Price per unit before discount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Decimal>,
    /// round(quantity × unit price).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gross: Option<Decimal>,
    /// round(gross × discount % / 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount: Option<Decimal>,
    /// gross − discount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net: Option<Decimal>,
    /// Boxes this line ships in: Σ over its package kinds of ceil(quantity × per_unit).
    pub boxes: u64,
}

/// A warning about one item of a segment.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LineWarning<'a> {
    /// The code (see the catalogue).
    pub code: Code,
    /// The item id.
    pub item: &'a str,
    /// A sentence.
    pub message: String,
}

/// The figures of a segment or unsourced group.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Measures<'a> {
    /// Item ids, in project order.
    pub items: Vec<&'a str>,
    /// Each item priced and packed.
    pub lines: Vec<Line<'a>>,
    /// Totals per currency, ordered by currency code.
    pub totals: BTreeMap<&'a str, Totals>,
    /// Number of boxes.
    pub packages: u64,
    /// Σ boxes × gross_kg, 3 decimals.
    pub gross_weight_kg: Decimal,
    /// Σ quantity × net_weight_kg, 3 decimals.
    pub net_weight_kg: Decimal,
    /// Σ boxes × L×W×H, in m³, 3 decimals.
    pub volume_m3: Decimal,
    /// The longest lead time of its items.
    pub lead_time_weeks: Option<u32>,
    /// Items without price, packages, weight, or HS code where one is needed.
    pub warnings: Vec<LineWarning<'a>>,
    #[serde(skip)]
    #[schemars(skip)]
    volume_mm3: Decimal,
}

/// Remembers the last currency's minor units: items of a segment mostly share one currency.
#[derive(Default)]
pub(crate) struct MinorUnits<'a> {
    last: Option<(&'a str, u32)>,
}

impl<'a> MinorUnits<'a> {
    fn of(&mut self, code: &'a str) -> u32 {
        match self.last {
            Some((c, m)) if c == code => m,
            _ => {
                let m = currency_minor_units(code).unwrap_or(2);
                self.last = Some((code, m));
                m
            }
        }
    }
}

/// mm³ in a m³.
const MM3_PER_M3: u32 = 9;

impl<'a> Measures<'a> {
    /// Adds one item; `None` when an amount overflows.
    pub(crate) fn add(
        &mut self,
        item: &'a Item,
        cross_border: bool,
        minor: &mut MinorUnits<'a>,
        rounding: Rounding,
    ) -> Option<()> {
        self.items.push(&item.id);
        let mut line = Line {
            item: &item.id,
            sku: &item.sku,
            quantity: item.quantity,
            unit: item.unit(),
            currency: None,
            unit_price: None,
            gross: None,
            discount: None,
            net: None,
            boxes: 0,
        };
        if let (Some(price), Some(cur)) = (item.unit_price, item.currency.as_deref()) {
            let dp = minor.of(cur);
            let gross = money::round(money::mul(item.quantity, price)?, dp, rounding);
            let discount = match item.discount_pct {
                Some(pct) => money::percent_of(gross, pct, dp, rounding)?,
                None => money::round(Decimal::ZERO, dp, rounding),
            };
            let net = gross.checked_sub(discount)?;
            let t = self.totals.entry(cur).or_insert_with(|| Totals {
                gross: money::round(Decimal::ZERO, dp, rounding),
                discount: money::round(Decimal::ZERO, dp, rounding),
                net: money::round(Decimal::ZERO, dp, rounding),
            });
            t.gross = money::add(t.gross, gross)?;
            t.discount = money::add(t.discount, discount)?;
            t.net = money::add(t.net, net)?;
            line.currency = Some(cur);
            line.unit_price = Some(price);
            line.gross = Some(gross);
            line.discount = Some(discount);
            line.net = Some(net);
        }
        for p in &item.packages {
            let boxes = money::mul(item.quantity, p.per_unit)?.ceil();
            let n = u64::try_from(boxes).ok()?;
            line.boxes = line.boxes.checked_add(n)?;
            self.gross_weight_kg = money::add(self.gross_weight_kg, money::mul(boxes, p.gross_kg)?)?;
            let one = money::mul(money::mul(p.length_mm, p.width_mm)?, p.height_mm)?;
            self.volume_mm3 = money::add(self.volume_mm3, money::mul(boxes, one)?)?;
        }
        self.packages = self.packages.checked_add(line.boxes)?;
        if let Some(w) = item.net_weight_kg {
            self.net_weight_kg = money::add(self.net_weight_kg, money::mul(item.quantity, w)?)?;
        }
        if let Some(weeks) = item.lead_time_weeks {
            self.lead_time_weeks = Some(self.lead_time_weeks.map_or(weeks, |w| w.max(weeks)));
        }
        let id = item.id.as_str();
        item_warnings(item, cross_border, |code, message| self.warnings.push(LineWarning { code, item: id, message }));
        self.lines.push(line);
        Some(())
    }

    /// Rounds the physical totals to 3 decimals once every item is in.
    pub(crate) fn finish(&mut self) {
        let mut m3 = self.volume_mm3;
        // Exact: moving the point nine places only changes the scale.
        if m3.set_scale(m3.scale() + MM3_PER_M3).is_err() {
            m3 = self.volume_mm3 / Decimal::from(1_000_000_000u32);
        }
        self.volume_m3 = money::round(m3, 3, Rounding::HalfAwayFromZero);
        self.gross_weight_kg = money::round(self.gross_weight_kg, 3, Rounding::HalfAwayFromZero);
        self.net_weight_kg = money::round(self.net_weight_kg, 3, Rounding::HalfAwayFromZero);
    }
}
