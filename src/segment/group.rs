//! The figures of one segment or unsourced group, accumulated item by item.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::codes::Code;
use crate::model::validate::item_warnings;
use crate::model::Item;
use crate::money::{currency_minor_units, Fixed, Rounding};

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
    sums: Sums<'a>,
}

/// Exact running sums, turned into the output's decimals by `finish`.
#[derive(Debug, Clone, Default)]
struct Sums<'a> {
    /// Per currency, in order of first appearance: (key, code, minor units, Σ gross, Σ discount).
    money: Vec<(u32, &'a str, u32, Fixed, Fixed)>,
    gross_kg: Fixed,
    net_kg: Fixed,
    mm3: Fixed,
}

/// A currency code packed into a number, so that lines compare currencies without comparing
/// strings. Validated codes are three letters, so equal keys mean equal codes.
fn currency_key(code: &str) -> u32 {
    match code.as_bytes() {
        [a, b, c] => u32::from_le_bytes([*a, *b, *c, 3]),
        _ => 0,
    }
}

/// Minor units of the currencies met so far: a project uses a handful, so a short list beats
/// looking each line's currency up in the ISO table.
#[derive(Default)]
pub(crate) struct MinorUnits {
    seen: Vec<(u32, u32)>,
}

impl MinorUnits {
    fn of(&mut self, key: u32, code: &str) -> u32 {
        if let Some((_, m)) = self.seen.iter().find(|(k, _)| *k == key && key != 0) {
            return *m;
        }
        let m = currency_minor_units(code).unwrap_or(2);
        self.seen.push((key, m));
        m
    }
}

/// mm³ in a m³: 10^9.
const MM3_PER_M3: u32 = 9;

impl<'a> Measures<'a> {
    /// Adds one item; `None` when an amount overflows.
    pub(crate) fn add(
        &mut self,
        item: &'a Item,
        cross_border: bool,
        minor: &mut MinorUnits,
        rounding: Rounding,
    ) -> Option<()> {
        self.items.push(&item.id);
        let quantity = Fixed::from(item.quantity);
        if let (Some(price), Some(cur)) = (item.unit_price, item.currency.as_deref()) {
            let key = currency_key(cur);
            let dp = minor.of(key, cur);
            // Round at the line: gross = round(q × p); discount = round(gross × % / 100).
            let gross = quantity.checked_mul(Fixed::from(price))?.round(dp, rounding)?;
            let discount = match item.discount_pct {
                Some(pct) => gross.checked_mul(Fixed::from(pct))?.shift(2)?.round(dp, rounding)?,
                None => Fixed::zero(dp),
            };
            let at = match self.sums.money.iter().position(|m| m.0 == key && (key != 0 || m.1 == cur)) {
                Some(at) => at,
                None => {
                    self.sums.money.push((key, cur, dp, Fixed::zero(dp), Fixed::zero(dp)));
                    self.sums.money.len().saturating_sub(1)
                }
            };
            let sum = self.sums.money.get_mut(at)?;
            sum.3 = sum.3.checked_add(gross)?;
            sum.4 = sum.4.checked_add(discount)?;
        }
        for p in &item.packages {
            // ceil(quantity × per_unit) boxes of this kind.
            let boxes = quantity.checked_mul(Fixed::from(p.per_unit))?.ceil()?;
            self.packages = self.packages.checked_add(boxes.to_u64()?)?;
            self.sums.gross_kg = self.sums.gross_kg.checked_add(boxes.checked_mul(Fixed::from(p.gross_kg))?)?;
            let one =
                Fixed::from(p.length_mm).checked_mul(Fixed::from(p.width_mm))?.checked_mul(Fixed::from(p.height_mm))?;
            self.sums.mm3 = self.sums.mm3.checked_add(boxes.checked_mul(one)?)?;
        }
        if let Some(w) = item.net_weight_kg {
            self.sums.net_kg = self.sums.net_kg.checked_add(quantity.checked_mul(Fixed::from(w))?)?;
        }
        if let Some(weeks) = item.lead_time_weeks {
            self.lead_time_weeks = Some(self.lead_time_weeks.map_or(weeks, |w| w.max(weeks)));
        }
        let id = item.id.as_str();
        item_warnings(item, cross_border, |code, message| self.warnings.push(LineWarning { code, item: id, message }));
        Some(())
    }

    /// Turns the exact sums into the output once every item is in: money per currency
    /// (net = Σ gross − Σ discount, which equals Σ net), weights and volume to 3 decimals.
    pub(crate) fn finish(&mut self) -> Option<()> {
        let three = |f: Fixed| f.round(3, Rounding::HalfAwayFromZero).and_then(Fixed::to_decimal);
        for &(_, cur, _, gross, discount) in &self.sums.money {
            let totals = Totals {
                gross: gross.to_decimal()?,
                discount: discount.to_decimal()?,
                net: gross.checked_sub(discount)?.to_decimal()?,
            };
            self.totals.insert(cur, totals);
        }
        self.gross_weight_kg = three(self.sums.gross_kg)?;
        self.net_weight_kg = three(self.sums.net_kg)?;
        self.volume_m3 = three(self.sums.mm3.shift(MM3_PER_M3)?)?;
        Some(())
    }
}
