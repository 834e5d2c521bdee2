//! What a reconciliation may tolerate, and the rates it converts with.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::de::MapAccess;
use serde::Serialize;

use crate::docs::settings::FxRate;
use crate::json::{ObjReader, Range, ReadObject, Slot};
use crate::money::Rounding;

/// Settings of a reconciliation (`reconcile-settings`): every field optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(default, title = "reconcile settings")]
pub struct ReconcileSettings {
    /// Differences accepted without calling a line changed (default: none).
    pub tolerances: Tolerances,
    /// Rates from the requested prices' currency into the proforma's; a missing pair is an error.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fx: Vec<FxRate>,
    /// How a half is rounded at the minor unit (default: away from zero).
    pub rounding: Rounding,
}

impl ReconcileSettings {
    /// The rate converting `from` into `to` (1 for the same currency).
    pub fn rate(&self, from: &str, to: &str) -> Option<Decimal> {
        if from == to {
            return Some(Decimal::ONE);
        }
        self.fx.iter().find(|r| r.from == from && r.to == to).map(|r| r.rate)
    }
}

/// How far a quoted value may stray from the requested one and still be accepted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(default)]
pub struct Tolerances {
    /// A unit price change up to this percent of the requested price (e.g. `"0.5"`).
    pub unit_price_pct: Decimal,
    /// A discount change up to this many percentage points.
    pub discount_pct: Decimal,
    /// A quantity change up to this many units.
    pub quantity: Decimal,
    /// A lead time longer or shorter by up to this many weeks.
    pub lead_time_weeks: u32,
}

impl ReadObject for ReconcileSettings {
    const WHAT: &'static str = "a reconcile settings object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut tolerances, mut fx, mut rounding) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "tolerances" => r.object("tolerances", &mut tolerances)?,
                "fx" => r.list("fx", &mut fx)?,
                "rounding" => r.choice(&key, &mut rounding)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(ReconcileSettings {
            tolerances: tolerances.get().unwrap_or_default(),
            fx: fx.get().unwrap_or_default(),
            rounding: rounding.get().unwrap_or_default(),
        })
    }
}

impl ReadObject for Tolerances {
    const WHAT: &'static str = "a tolerances object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut price, mut discount, mut quantity, mut lead) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "unit_price_pct" => r.decimal(&key, Range::Percent, &mut price)?,
                "discount_pct" => r.decimal(&key, Range::Percent, &mut discount)?,
                "quantity" => r.decimal(&key, Range::NonNegative, &mut quantity)?,
                "lead_time_weeks" => r.integer(&key, 520, &mut lead)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Tolerances {
            unit_price_pct: price.get().unwrap_or_default(),
            discount_pct: discount.get().unwrap_or_default(),
            quantity: quantity.get().unwrap_or_default(),
            lead_time_weeks: lead.get().unwrap_or_default(),
        })
    }
}
