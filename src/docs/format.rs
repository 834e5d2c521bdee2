//! Numbers, money, quantities and dates as each language prints them:
//! `1 234 567,89 ₽` and `20.11.2026` in Russian, `€1,234,567.89` and `20 November 2026` in
//! English. Formatting never rounds money: amounts arrive rounded from the document model.

#![allow(
    clippy::arithmetic_side_effects,
    reason = "digit grouping of bounded strings, and calendar arithmetic on dates already checked to lie in years 1 to 9999"
)]

use rust_decimal::Decimal;

use crate::money::words::Lang;

/// The no-break space Russian puts between groups of digits and before a currency sign.
pub const NBSP: char = '\u{a0}';
/// The sign of a negative amount. (Noto Sans as embedded has no U+2212 minus sign, and a
/// missing glyph prints as an empty box.)
const MINUS: char = '-';

/// Digits grouped by thousands with the language's separators; the scale is kept as given.
pub fn number(d: Decimal, lang: Lang) -> String {
    let text = d.abs().to_string();
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let (group, point) = match lang {
        Lang::Ru => (NBSP, ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::with_capacity(text.len() + 8);
    if d.is_sign_negative() && !d.is_zero() {
        out.push(MINUS);
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// A quantity or rate without trailing zeros: `24,5`, `2`, `0,25`.
pub fn quantity(d: Decimal, lang: Lang) -> String {
    number(d.normalize(), lang)
}

/// A percentage: `35 %` in Russian, `35%` in English.
pub fn percent(d: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("{}{NBSP}%", quantity(d, lang)),
        Lang::En => format!("{}%", quantity(d, lang)),
    }
}

/// A weight or volume with three decimals, as totals print them.
pub fn three(d: Decimal, lang: Lang) -> String {
    let mut r = d.round_dp(3);
    r.rescale(3);
    number(r, lang)
}

/// The sign of a currency where one is customary, else its code.
fn sign(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "RUB" => "₽",
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "CNY" | "JPY" => "¥",
        _ => return None,
    })
}

/// An amount with its currency: `12 450,00 €` / `€12,450.00`; `CHF 10.00` for a currency
/// without a customary sign.
pub fn money(d: Decimal, currency: &str, lang: Lang) -> String {
    let n = number(d, lang);
    match (lang, sign(currency)) {
        (Lang::Ru, Some(s)) => format!("{n}{NBSP}{s}"),
        (Lang::Ru, None) => format!("{n}{NBSP}{currency}"),
        (Lang::En, Some(s)) => match n.strip_prefix(MINUS) {
            Some(abs) => format!("{MINUS}{s}{abs}"),
            None => format!("{s}{n}"),
        },
        (Lang::En, None) => format!("{currency}{NBSP}{n}"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date `YYYY-MM-DD` as printed: `20.11.2026` / `20 November 2026`. Text that is not such a
/// date is returned as it is (the model's checks have rejected it before).
pub fn date(iso: &str, lang: Lang) -> String {
    let Some((y, m, d)) = parse_date(iso) else { return iso.to_string() };
    match lang {
        Lang::Ru => format!("{d:02}.{m:02}.{y}"),
        Lang::En => format!("{d} {} {y}", MONTHS_EN.get(m as usize - 1).copied().unwrap_or("")),
    }
}

/// A calendar day: `(year, month, day)`.
pub type Day = (i32, u8, u8);

/// The [`Day`] of a `YYYY-MM-DD` date.
pub fn parse_date(iso: &str) -> Option<Day> {
    if !crate::model::standards::is_date(iso) {
        return None;
    }
    let y = iso.get(0..4)?.parse().ok()?;
    let m = iso.get(5..7)?.parse().ok()?;
    let d = iso.get(8..10)?.parse().ok()?;
    Some((y, m, d))
}

/// The date `days` after `iso` (proleptic Gregorian calendar).
pub fn add_days(iso: &str, days: u32) -> Option<String> {
    let (y, m, d) = parse_date(iso)?;
    let (y, m, d) = civil_from_days(days_from_civil(y, m, d) + i64::from(days));
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

// Howard Hinnant's algorithms for days since 1970-01-01.
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Options as one line: "Fabric: Velvet 12; Legs: oak".
pub(crate) fn options(o: &[crate::model::ItemOption]) -> String {
    o.iter().map(|o| format!("{}: {}", o.name, o.value)).collect::<Vec<_>>().join("; ")
}

/// Dimensions as "W × D × H" in `lang`'s numbers; empty without dimensions.
pub(crate) fn dims(d: &Option<crate::model::Dimensions>, lang: Lang) -> String {
    d.as_ref().map_or_else(String::new, |d| {
        format!("{} × {} × {}", quantity(d.width, lang), quantity(d.depth, lang), quantity(d.height, lang))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn numbers_and_money_in_both_languages() {
        assert_eq!(money(d("1234567.89"), "RUB", Lang::Ru), "1\u{a0}234\u{a0}567,89\u{a0}₽");
        assert_eq!(money(d("1234567.89"), "EUR", Lang::En), "€1,234,567.89");
        assert_eq!(money(d("-5.00"), "GBP", Lang::En), "-£5.00");
        assert_eq!(money(d("1500"), "JPY", Lang::Ru), "1\u{a0}500\u{a0}¥");
        assert_eq!(money(d("8.210"), "KWD", Lang::En), "KWD\u{a0}8.210");
        assert_eq!(number(d("999"), Lang::En), "999");
        assert_eq!(number(d("1000"), Lang::En), "1,000");
        assert_eq!(number(d("-1000.5"), Lang::Ru), "-1\u{a0}000,5");
        assert_eq!(quantity(d("24.500"), Lang::Ru), "24,5");
        assert_eq!(quantity(d("2.000"), Lang::En), "2");
        assert_eq!(percent(d("35.0"), Lang::Ru), "35\u{a0}%");
        assert_eq!(three(d("4.8836"), Lang::En), "4.884");
    }

    #[test]
    fn dates() {
        assert_eq!(date("2026-11-20", Lang::Ru), "20.11.2026");
        assert_eq!(date("2026-11-20", Lang::En), "20 November 2026");
        assert_eq!(add_days("2026-11-20", 30).as_deref(), Some("2026-12-20"));
        assert_eq!(add_days("2026-12-31", 1).as_deref(), Some("2027-01-01"));
        assert_eq!(add_days("2028-02-28", 1).as_deref(), Some("2028-02-29"));
        assert_eq!(add_days("1999-12-31", 0).as_deref(), Some("1999-12-31"));
        assert_eq!(add_days("2026-02-30", 1), None);
    }
}
