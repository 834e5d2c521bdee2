//! A document as a table, for a spreadsheet or a CSV file: where a table is the point
//! (specification, packing list, client invoice, reconciliation). Every figure is the model's
//! own value, typed (a number with the decimals it is shown with, a date), never a formatted
//! string and never recomputed; headers and labels are in the document's language; the
//! audience rules are the model's (a client's specification has no purchase price because its
//! model has none).
//!
//! [`Table`] is filled by each document kind ([`super::Form::sheet`]); `csv` and `xlsx` write it.

mod csv;
mod kinds;
#[cfg(feature = "sheets")]
mod xlsx;

pub(crate) use self::csv::csv;
pub(crate) use self::kinds::table;
#[cfg(feature = "sheets")]
pub(crate) use self::xlsx::xlsx;

use rust_decimal::Decimal;

use super::format::Day;
use super::labels::L;
use crate::text::Lang;

/// A document as a table: its lines under a header row, its totals under them, and the
/// document's own facts (number, date, parties) beside.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The document's title: the spreadsheet's first sheet is named after it.
    pub title: &'static str,
    /// The document's language (the second sheet's name, the date format).
    pub lang: Lang,
    /// The header row.
    pub columns: Vec<String>,
    /// One row per line, one value per column.
    pub rows: Vec<Vec<Value>>,
    /// The totals, each on its own row under the lines.
    pub totals: Vec<Total>,
    /// The document's facts: label and value (number, date, parties, currency, words).
    pub facts: Vec<(String, Value)>,
}

/// A total under the lines: its label in the column `label_at`, its value in `at`.
#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    /// "Итого".
    pub label: String,
    /// The column of the label.
    pub label_at: usize,
    /// The column of the value.
    pub at: usize,
    /// The value.
    pub value: Value,
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// A text.
    Text(String),
    /// A figure, shown with at least `places` decimals (money: its currency's minor digits).
    Number {
        /// The model's value.
        value: Decimal,
        /// Decimals shown (never fewer than the value has).
        places: u32,
    },
    /// A date.
    Date(Day),
}

impl Value {
    /// A text (empty text is [`Value::Empty`]).
    pub(crate) fn text(s: impl Into<String>) -> Value {
        let s = s.into();
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    }

    /// Money with `digits` minor digits.
    pub(crate) fn money(value: Decimal, digits: u32) -> Value {
        Value::Number { value, places: digits }
    }

    /// A count or a quantity: as many decimals as it has.
    pub(crate) fn figure(value: Decimal) -> Value {
        Value::Number { value, places: 0 }
    }

    /// A whole number.
    pub(crate) fn int(n: impl Into<u64>) -> Value {
        Value::Number { value: Decimal::from(n.into()), places: 0 }
    }

    /// Weights and volumes: three decimals at least.
    pub(crate) fn three(value: Decimal) -> Value {
        Value::Number { value, places: 3 }
    }

    /// A `YYYY-MM-DD` date of the model (text when it is not one).
    pub(crate) fn date(iso: &str) -> Value {
        super::format::parse_date(iso).map_or_else(|| Value::text(iso), Value::Date)
    }

    /// The decimals a number is shown with: `places`, or more when the value has more.
    pub(crate) fn decimals(value: Decimal, places: u32) -> u32 {
        places.max(value.normalize().scale())
    }
}

impl Table {
    /// A table titled `title` with the header `columns` (labels in `lang`).
    pub(crate) fn new(title: &'static str, lang: Lang, columns: &[L]) -> Table {
        Table {
            title,
            lang,
            columns: columns.iter().map(|c| c.get(lang).to_string()).collect(),
            rows: Vec::new(),
            totals: Vec::new(),
            facts: Vec::new(),
        }
    }

    /// Adds a fact.
    pub(crate) fn fact(&mut self, label: L, value: Value) {
        if value != Value::Empty {
            self.facts.push((label.get(self.lang).to_string(), value));
        }
    }

    /// Adds a total: its label under the column `label_at`, its value under `at`.
    pub(crate) fn total(&mut self, label: impl Into<String>, label_at: usize, at: usize, value: Value) {
        self.totals.push(Total { label: label.into(), label_at, at, value });
    }
}
