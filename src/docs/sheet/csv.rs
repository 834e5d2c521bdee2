//! A table as CSV (RFC 4180): the header row and one row per line, for an ERP or a script to
//! read. UTF-8 without a byte-order mark, commas, CRLF; numbers with a point and their
//! decimals (`20696.00`), dates `YYYY-MM-DD`. The totals and facts are the spreadsheet's; a
//! CSV file is one table.

use super::{Table, Value};

/// The table's header and lines as CSV.
pub(crate) fn csv(table: &Table) -> Vec<u8> {
    let mut out = String::new();
    row(&mut out, table.columns.iter().map(|c| field(c)));
    for r in &table.rows {
        row(&mut out, r.iter().map(cell));
    }
    out.into_bytes()
}

fn row(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

fn cell(v: &Value) -> String {
    match v {
        Value::Empty => String::new(),
        Value::Text(s) => field(s),
        Value::Number { value, places } => number(*value, *places),
        Value::Date((y, m, d)) => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// A number with at least `places` decimals, never rounded.
pub(super) fn number(value: rust_decimal::Decimal, places: u32) -> String {
    let mut v = value.normalize();
    v.rescale(Value::decimals(value, places));
    v.to_string()
}

/// A text field, quoted when it holds a comma, a quote or a line break (quotes doubled). A
/// text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) is kept as it
/// is: a CSV carries data, and the spreadsheet writer types its cells itself.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn quotes_what_needs_quoting_and_keeps_every_decimal() {
        let t = Table {
            title: "t",
            lang: Lang::En,
            columns: vec!["Name".into(), "Amount".into(), "Date".into()],
            rows: vec![vec![
                Value::text("Sofa, \"Verdi\"\n2"),
                Value::money("20696.1".parse().unwrap_or_default(), 2),
                Value::Date((2026, 11, 5)),
            ]],
            totals: vec![],
            facts: vec![],
        };
        assert_eq!(
            String::from_utf8(csv(&t)).unwrap_or_default(),
            "Name,Amount,Date\r\n\"Sofa, \"\"Verdi\"\"\n2\",20696.10,2026-11-05\r\n"
        );
        assert_eq!(number("1.23456".parse().unwrap_or_default(), 3), "1.23456");
        assert_eq!(number("8".parse().unwrap_or_default(), 3), "8.000");
    }
}
