//! What a reconciliation may tolerate, and the rates it converts with.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::de::MapAccess;
use serde::Serialize;

use crate::docs::settings::read::SettingsSlots;
use crate::docs::settings::{Output, Settings};
use crate::json::{object_reader, ObjReader, Range, ReadObject, Slot};
use crate::money::Rounding;

/// Settings of a reconciliation (`reconcile-settings`): every field optional. Besides the
/// tolerances, the document settings apply: `fx` and `rounding` to the arithmetic, and the rest
/// (`format`, `language`, `date`, `number`, `buyer`, `branding`, …) to the one-page report the
/// supplier sends back to the factory.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(default, title = "reconcile settings")]
pub struct ReconcileSettings {
    /// Differences accepted without calling a line changed (default: none).
    pub tolerances: Tolerances,
    /// `json` (default: the report), `pdf` or `png` (the report as a document).
    pub format: Output,
    /// The page a PNG preview shows, from 1.
    pub page: u32,
    /// Rates from the requested prices' currency into the proforma's (`fx`), `rounding`, and the
    /// document's settings.
    #[serde(flatten)]
    pub settings: Settings,
}

impl Default for ReconcileSettings {
    /// No tolerance, the report as JSON, the document defaults.
    fn default() -> Self {
        ReconcileSettings {
            tolerances: Tolerances::default(),
            format: Output::Json,
            page: 1,
            settings: Settings::default(),
        }
    }
}

impl ReconcileSettings {
    /// The rate converting `from` into `to` (1 for the same currency).
    pub fn rate(&self, from: &str, to: &str) -> Option<Decimal> {
        self.settings.rate(from, to)
    }

    /// How a half is rounded.
    pub fn rounding(&self) -> Rounding {
        self.settings.rounding
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
        let mut s = SettingsSlots::default();
        let (mut tolerances, mut format, mut page) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "tolerances" => r.object("tolerances", &mut tolerances)?,
                "format" => r.choice(&key, &mut format)?,
                "page" => r.integer(&key, 10_000, &mut page)?,
                _ => {
                    if !s.read(&key, r)? {
                        r.unknown(&key)?;
                    }
                }
            }
        }
        Ok(ReconcileSettings {
            tolerances: tolerances.get().unwrap_or_default(),
            format: format.get().unwrap_or(Output::Json),
            page: page.get().unwrap_or(1).max(1),
            settings: s.finish(),
        })
    }
}

object_reader!(Tolerances, "a tolerances object", {
    unit_price_pct: decimal(Range::Percent) => or_default,
    discount_pct: decimal(Range::Percent) => or_default,
    quantity: decimal(Range::NonNegative) => or_default,
    lead_time_weeks: integer(520) => or_default,
});
