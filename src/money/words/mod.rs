//! Amounts in words, as Russian and English documents print their totals:
//! "Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек",
//! "One million two hundred thirty-four thousand five hundred sixty-seven euros and 89 cents".
//!
//! The whole units are spelled out with the right grammatical forms; the minor units are
//! digits, as business documents print them. No maintained crate spells Russian with the
//! currency's grammatical gender and forms, so the grammar is here, tested against `pytils`
//! (Russian) and `num2words` (English) over a table of cases.

mod en;
mod ru;

use rust_decimal::Decimal;
use serde::Serialize;

use super::{currency_minor_units, round, Rounding};

pub use crate::text::Lang;

/// The currencies whose words the engine knows.
pub const CURRENCIES: &[&str] = &["RUB", "EUR", "USD", "GBP", "CNY"];

/// Largest whole amount spelled out: just under a quintillion.
const LIMIT: u64 = 999_999_999_999_999_999;

/// `amount` in words in `lang`, rounded to the currency's minor unit first (half away from
/// zero). `None` for a currency without words here, or an amount of a quintillion or more.
pub fn amount_in_words(amount: Decimal, currency: &str, lang: Lang) -> Option<String> {
    if !CURRENCIES.contains(&currency) {
        return None;
    }
    let dp = currency_minor_units(currency)?;
    let rounded = round(amount, dp, Rounding::HalfAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let abs = rounded.abs();
    let whole = u64::try_from(abs.trunc()).ok().filter(|w| *w <= LIMIT)?;
    let minor = u64::try_from(abs.fract().checked_mul(Decimal::from(10u64.checked_pow(dp)?))?.trunc()).ok()?;
    let text = match lang {
        Lang::Ru => ru::words(whole, minor, dp, currency, negative)?,
        Lang::En => en::words(whole, minor, dp, currency, negative)?,
    };
    Some(capitalise(&text))
}

/// A request for an amount in words (`bureau words`, and the same operation on every surface).
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
#[schemars(title = "words request")]
pub struct WordsRequest {
    /// The amount, a decimal string.
    pub amount: Decimal,
    /// ISO 4217 currency: RUB, EUR, USD, GBP or CNY.
    pub currency: crate::text::Text,
    /// `ru` or `en`.
    pub language: Lang,
}

/// The result: the amount in words.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Words {
    /// The words, capitalised, minor units in digits.
    pub text: String,
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Splits `n` into groups of three digits, lowest first: 1234567 → [567, 234, 1].
fn triples(mut n: u64) -> Vec<u64> {
    let mut out = Vec::new();
    while n > 0 {
        out.push(n % 1000);
        n /= 1000;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn w(amount: &str, cur: &str, lang: Lang) -> String {
        amount_in_words(Decimal::from_str(amount).unwrap_or_default(), cur, lang).unwrap_or_default()
    }

    #[test]
    fn the_specs_examples() {
        assert_eq!(
            w("1234567.89", "RUB", Lang::Ru),
            "Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек"
        );
        assert_eq!(
            w("1234567.89", "EUR", Lang::En),
            "One million two hundred thirty-four thousand five hundred sixty-seven euros and 89 cents"
        );
    }

    #[test]
    fn forms_genders_and_edges() {
        assert_eq!(w("1", "RUB", Lang::Ru), "Один рубль 00 копеек");
        assert_eq!(w("2.01", "RUB", Lang::Ru), "Два рубля 01 копейка");
        assert_eq!(w("21.22", "RUB", Lang::Ru), "Двадцать один рубль 22 копейки");
        assert_eq!(w("11.11", "RUB", Lang::Ru), "Одиннадцать рублей 11 копеек");
        assert_eq!(w("1001000", "RUB", Lang::Ru), "Один миллион одна тысяча рублей 00 копеек");
        assert_eq!(w("2000", "EUR", Lang::Ru), "Две тысячи евро 00 центов");
        assert_eq!(w("0", "USD", Lang::Ru), "Ноль долларов 00 центов");
        assert_eq!(w("-5.5", "GBP", Lang::Ru), "Минус пять фунтов стерлингов 50 пенсов");
        assert_eq!(w("1", "EUR", Lang::En), "One euro and 00 cents");
        assert_eq!(w("0.01", "USD", Lang::En), "Zero dollars and 01 cent");
        assert_eq!(w("1.005", "GBP", Lang::En), "One pound and 01 penny");
        assert_eq!(w("3.5", "GBP", Lang::En), "Three pounds and 50 pence");
        assert_eq!(w("100000", "CNY", Lang::En), "One hundred thousand yuan and 00 fen");
        assert_eq!(w("1", "JPY", Lang::En), "");
    }
}
