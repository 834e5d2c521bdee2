//! Codes from standards: ISO 4217 currencies, ISO 3166 countries and regions, Incoterms 2020,
//! locales and ISO 8601 dates.

pub(crate) use crate::money::currency_minor_units;

/// Whether `code` is an ISO 3166-1 alpha-2 country code.
pub(crate) fn is_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) && rust_iso3166::from_alpha2(code).is_some()
}

/// Whether `code` is an ISO 3166-2 subdivision code (`RU-MOS`).
pub(crate) fn is_region(code: &str) -> bool {
    rust_iso3166::iso3166_2::from_code(code).is_some()
}

/// The Incoterms 2020 rules.
pub(crate) const INCOTERMS: &[&str] = &["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"];

/// The language a locale tag selects: `ru` or `en`, from `ru`, `ru-RU`, `en-GB`, …
pub(crate) fn locale_language(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    if primary.eq_ignore_ascii_case("ru") {
        Some("ru")
    } else if primary.eq_ignore_ascii_case("en") {
        Some("en")
    } else {
        None
    }
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub(crate) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit())).and_then(|p| p.parse::<u32>().ok())
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_come_from_the_iso_table() {
        assert_eq!(currency_minor_units("EUR"), Some(2));
        assert_eq!(currency_minor_units("JPY"), Some(0));
        assert_eq!(currency_minor_units("KWD"), Some(3));
        assert_eq!(currency_minor_units("RUB"), Some(2));
        assert_eq!(currency_minor_units("eur"), None);
        assert_eq!(currency_minor_units("XAU"), None);
        assert_eq!(currency_minor_units("ZZZ"), None);
    }

    #[test]
    fn countries_regions_dates_locales() {
        assert!(is_country("RU") && is_country("GB") && !is_country("XX") && !is_country("ru"));
        assert!(is_region("RU-MOS") && is_region("GB-HCK") && !is_region("RU-XYZ"));
        assert!(is_date("2024-02-29") && !is_date("2026-02-29") && !is_date("2026-13-01") && !is_date("26-11-20"));
        assert_eq!(locale_language("en-GB"), Some("en"));
        assert_eq!(locale_language("ru"), Some("ru"));
        assert_eq!(locale_language("de-DE"), None);
    }
}
