//! A table as an XLSX workbook (`rust_xlsxwriter`): the first sheet holds the lines under a
//! frozen, bold header row and the totals under them; the second the document's facts. Every
//! figure is a number cell with a number format (`#,##0.00` for money in a two-digit currency),
//! every date a date cell; texts are written as texts, never as formulas. Column widths fit
//! their contents. Reproducible: the workbook's creation date is the document's date and the
//! archive's timestamps are fixed, so the same document gives the same bytes.
//!
//! A number cell holds a binary double, which carries 15 significant digits exactly: a figure
//! that would not read back as the same decimal is written as text instead, never altered.

use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{Table, Value};
use crate::docs::format::Day;
use crate::error::Error;
use crate::text::Lang;

/// The workbook of `table`, dated `date` (its creation date: the document's).
pub(crate) fn xlsx(table: &Table, date: Day) -> Result<Vec<u8>, Error> {
    write(table, date).map_err(|e| Error::Internal(format!("writing the spreadsheet: {e}")))
}

fn write(table: &Table, (y, m, d): Day) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(u16::try_from(y).unwrap_or(1900), m, d)?;
    book.set_properties(&DocProperties::new().set_title(table.title).set_creation_datetime(&created));
    let date_format = Format::new().set_num_format(match table.lang {
        Lang::Ru => "dd.mm.yyyy",
        Lang::En => "yyyy-mm-dd",
    });
    let bold = Format::new().set_bold();

    let lines = book.add_worksheet();
    lines.set_name(sheet_name(table.title))?;
    for (c, h) in table.columns.iter().enumerate() {
        lines.write_string_with_format(0, col(c)?, h, &bold)?;
    }
    lines.set_freeze_panes(1, 0)?;
    let mut r: u32 = 1;
    for row in &table.rows {
        for (c, v) in row.iter().enumerate() {
            put(lines, r, col(c)?, v, &date_format, None)?;
        }
        r = next(r)?;
    }
    if !table.totals.is_empty() {
        r = next(r)?;
    }
    for t in &table.totals {
        lines.write_string_with_format(r, col(t.label_at)?, &t.label, &bold)?;
        put(lines, r, col(t.at)?, &t.value, &date_format, Some(&bold))?;
        r = next(r)?;
    }
    lines.autofit();

    let facts = book.add_worksheet();
    facts.set_name(match table.lang {
        Lang::Ru => "Документ",
        Lang::En => "Document",
    })?;
    let mut r: u32 = 0;
    for (label, v) in &table.facts {
        facts.write_string_with_format(r, 0, label, &bold)?;
        put(facts, r, 1, v, &date_format, None)?;
        r = next(r)?;
    }
    facts.autofit();
    book.save_to_buffer()
}

/// Writes one value: a number with its format, a date, a text.
fn put(
    sheet: &mut Worksheet,
    r: u32,
    c: u16,
    v: &Value,
    date_format: &Format,
    bold: Option<&Format>,
) -> Result<(), XlsxError> {
    let plain = Format::new();
    let base = bold.unwrap_or(&plain);
    match v {
        Value::Empty => {}
        Value::Text(s) => {
            sheet.write_string_with_format(r, c, s, base)?;
        }
        Value::Number { value, places } => match exact_double(*value) {
            Some(x) => {
                let format = base.clone().set_num_format(number_format(Value::decimals(*value, *places)));
                sheet.write_number_with_format(r, c, x, &format)?;
            }
            None => {
                sheet.write_string_with_format(r, c, super::csv::number(*value, *places), base)?;
            }
        },
        Value::Date((y, m, d)) => {
            let day = ExcelDateTime::from_ymd(u16::try_from(*y).unwrap_or(1900), *m, *d)?;
            sheet.write_datetime_with_format(r, c, &day, date_format)?;
        }
    }
    Ok(())
}

/// `#,##0.00` for two decimals, `#,##0` for none.
fn number_format(places: u32) -> String {
    if places == 0 {
        "#,##0".to_string()
    } else {
        format!("#,##0.{}", "0".repeat(places.min(28) as usize))
    }
}

/// The double a spreadsheet stores for `value`, when it reads back as exactly that decimal.
fn exact_double(value: Decimal) -> Option<f64> {
    let text = value.normalize().to_string();
    let x: f64 = text.parse().ok()?;
    let back: Decimal = format!("{x}").parse().ok()?;
    (back == value).then_some(x)
}

/// A sheet's name: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(title: &str) -> String {
    title.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect()
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::ParameterError(format!("column {c} is past the sheet's last")))
}

fn next(r: u32) -> Result<u32, XlsxError> {
    r.checked_add(1).ok_or_else(|| XlsxError::ParameterError("too many rows".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_double_is_used_only_when_it_reads_back_as_the_same_decimal() {
        let d = |s: &str| s.parse::<Decimal>().unwrap_or_default();
        assert_eq!(exact_double(d("20696.01")), Some(20696.01));
        assert_eq!(exact_double(d("0.1")), Some(0.1));
        assert_eq!(exact_double(d("1234567890123.45")), Some(1234567890123.45));
        assert_eq!(exact_double(d("12345678901234567.89")), None);
        assert_eq!(number_format(2), "#,##0.00");
        assert_eq!(number_format(0), "#,##0");
        assert_eq!(sheet_name("Счёт: [1/2]"), "Счёт 12");
    }
}
