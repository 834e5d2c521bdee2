//! One line's amounts, rounded at the line and never earlier (`segments-and-money.md`,
//! "Rounding"): gross = round(quantity × unit price), discount = round(gross × pct / 100),
//! net = gross − discount.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::{checked_round, round, Rounding};

/// A line's gross, discount and net, each at the currency's minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LineAmounts {
    /// round(quantity × unit price).
    pub gross: Decimal,
    /// round(gross × discount / 100).
    pub discount: Decimal,
    /// gross − discount.
    pub net: Decimal,
}

/// The amounts of `quantity` at `unit_price` less `discount_pct`, at `dp` places; `None` when a
/// product is beyond 28 digits.
pub(crate) fn line_amounts(
    quantity: Decimal,
    unit_price: Decimal,
    discount_pct: Option<Decimal>,
    dp: u32,
    rounding: Rounding,
) -> Option<LineAmounts> {
    let gross = checked_round(quantity.checked_mul(unit_price)?, dp, rounding)?;
    let discount = match discount_pct {
        Some(pct) => checked_round(gross.checked_mul(pct)?.checked_div(Decimal::ONE_HUNDRED)?, dp, rounding)?,
        None => round(Decimal::ZERO, dp, rounding),
    };
    Some(LineAmounts { gross, discount, net: gross.checked_sub(discount)? })
}

/// The tax on `base` at `rate` percent (`segments-and-money.md`, "VAT"): round(base × rate / 100),
/// or, when amounts include VAT, round(base × rate / (100 + rate)). `None` beyond 28 digits.
pub(crate) fn tax(
    base: Decimal,
    rate: Decimal,
    prices_include_vat: bool,
    dp: u32,
    rounding: Rounding,
) -> Option<Decimal> {
    let divisor = if prices_include_vat { Decimal::ONE_HUNDRED.checked_add(rate)? } else { Decimal::ONE_HUNDRED };
    checked_round(base.checked_mul(rate)?.checked_div(divisor)?, dp, rounding)
}

/// A sale unit price from a purchase line (`segments-and-money.md`, the client invoice's steps
/// 1 and 2): round(net ÷ quantity × (1 + markup / 100)), computed as net × (1 + markup / 100)
/// ÷ quantity, so that the one division comes last: dividing first would cut a repeating
/// decimal at 28 digits and round a price that falls exactly on a half cent the wrong way.
pub(crate) fn sale_unit_price(
    net: Decimal,
    quantity: Decimal,
    markup_pct: Decimal,
    dp: u32,
    rounding: Rounding,
) -> Option<Decimal> {
    let factor = Decimal::ONE.checked_add(markup_pct.checked_div(Decimal::ONE_HUNDRED)?)?;
    Some(round(net.checked_mul(factor)?.checked_div(quantity)?, dp, rounding))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn rounds_at_the_line() {
        let a = line_amounts(d("3"), d("0.335"), Some(d("10")), 2, Rounding::HalfAwayFromZero);
        // gross round(1.005) = 1.01; discount round(0.101) = 0.10; net 0.91.
        assert_eq!(a, Some(LineAmounts { gross: d("1.01"), discount: d("0.10"), net: d("0.91") }));
        let spec = line_amounts(d("1"), d("12450.00"), Some(d("35")), 2, Rounding::HalfAwayFromZero);
        assert_eq!(spec.map(|a| a.net.to_string()), Some("8092.50".into()));
        let none = line_amounts(d("2"), d("1500"), None, 0, Rounding::HalfAwayFromZero);
        assert_eq!(none.map(|a| (a.gross.to_string(), a.discount.to_string())), Some(("3000".into(), "0".into())));
        assert_eq!(line_amounts(Decimal::MAX, d("2"), None, 2, Rounding::HalfAwayFromZero), None);
    }

    #[test]
    fn tax_on_top_and_included() {
        let r = Rounding::HalfAwayFromZero;
        assert_eq!(tax(d("2253582.93"), d("22"), false, 2, r), Some(d("495788.24")));
        assert_eq!(tax(d("122.00"), d("22"), true, 2, r), Some(d("22.00")));
        assert_eq!(tax(Decimal::MAX, d("22"), false, 2, r), None);
    }

    #[test]
    fn a_sale_price_on_a_half_cent_is_seen_as_one() {
        // 0.35 × 1.8 ÷ 6 = 0.105 exactly; 0.35 ÷ 6 × 1.8 would be 0.1049…9.
        let sale = sale_unit_price(d("0.35"), d("6"), d("80"), 2, Rounding::HalfAwayFromZero);
        assert_eq!(sale, Some(d("0.11")));
        assert_eq!(sale_unit_price(d("8417.50"), d("1"), d("30"), 2, Rounding::HalfAwayFromZero), Some(d("10942.75")));
        assert_eq!(sale_unit_price(d("1"), d("0"), d("30"), 2, Rounding::HalfAwayFromZero), None);
    }
}
