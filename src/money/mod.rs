//! Money: rounding to a currency's minor unit, exact arithmetic that reports overflow instead
//! of panicking ([`Fixed`]), fixed-scale output (`"1500"` for JPY, `"8.210"` for KWD), and
//! exact allocation of an amount over lines (`allocate`).

use rust_decimal::{Decimal, RoundingStrategy};
use schemars::JsonSchema;
use serde::Serialize;

pub(crate) mod allocate;
mod fixed;
pub(crate) mod line;
pub mod words;

pub use fixed::Fixed;
pub use line::LineAmounts;

/// Minor units of an ISO 4217 currency (EUR 2, JPY 0, KWD 3), from the ISO table;
/// `None` for an unknown code or one without minor units (gold, test codes).
pub fn currency_minor_units(code: &str) -> Option<u32> {
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    iso_currency::Currency::from_code(code)?.exponent().map(u32::from)
}

/// How a half is rounded at the minor unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// "Commercial" rounding: 0.5 goes away from zero (the default).
    #[default]
    HalfAwayFromZero,
    /// "Banker's" rounding: 0.5 goes to the even digit.
    HalfEven,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::HalfAwayFromZero => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
        }
    }
}

/// Rounds `d` to `dp` decimal places and gives it exactly that many digits after the point.
pub(crate) fn round(d: Decimal, dp: u32, rounding: Rounding) -> Decimal {
    let mut r = d.round_dp_with_strategy(dp, rounding.strategy());
    r.rescale(dp);
    r
}

/// [`round`], or `None` when the amount cannot carry `dp` digits after the point within 28
/// significant digits (rust_decimal's `rescale` would silently keep fewer: `1e27` with one
/// decimal instead of two).
pub(crate) fn checked_round(d: Decimal, dp: u32, rounding: Rounding) -> Option<Decimal> {
    Some(round(d, dp, rounding)).filter(|r| r.scale() == dp)
}

/// `-d`, exactly: a Decimal's range is symmetric, so flipping the sign never overflows.
pub(crate) fn negate(d: Decimal) -> Decimal {
    let mut n = d;
    n.set_sign_negative(!d.is_sign_negative() && !d.is_zero());
    n
}

/// `total × pct / 100`, unrounded, or `None` when the product passes 28 digits.
pub(crate) fn percent_of(total: Decimal, pct: Decimal) -> Option<Decimal> {
    total.checked_mul(pct)?.checked_div(Decimal::ONE_HUNDRED)
}

/// `a + b` exactly, or `None`: rust_decimal's `checked_add` keeps a sum past 28 digits by
/// dropping digits after the point (`5e26.00 + 5e26.00` gives `1e27` with no cents); this
/// refuses that too.
pub(crate) fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    exact(a.checked_add(b)?, a.scale().max(b.scale()))
}

/// `a − b` exactly, or `None` (see [`exact_add`]).
pub(crate) fn exact_sub(a: Decimal, b: Decimal) -> Option<Decimal> {
    exact(a.checked_sub(b)?, a.scale().max(b.scale()))
}

/// `r` when it kept the operands' `scale`. A zero result is exact whatever rust_decimal gives
/// it (`0.00 − 0` comes back as `0`): it gets the scale back, so money keeps its cents.
fn exact(r: Decimal, scale: u32) -> Option<Decimal> {
    if r.is_zero() && r.scale() < scale {
        let mut z = Decimal::ZERO;
        z.rescale(scale);
        return Some(z);
    }
    (r.scale() >= scale).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn a_zero_difference_keeps_its_cents() {
        // A 100 % deposit leaves a balance of 0.00 (found by the EN 16931 generator).
        assert_eq!(exact_sub(d("0.00"), Decimal::ZERO).map(|r| r.to_string()).as_deref(), Some("0.00"));
        assert_eq!(exact_sub(d("1234.56"), d("1234.56")).map(|r| r.to_string()).as_deref(), Some("0.00"));
        assert_eq!(exact_add(d("-5.5"), d("5.50")).map(|r| r.to_string()).as_deref(), Some("0.00"));
    }

    #[test]
    fn checked_round_refuses_an_amount_that_cannot_carry_its_minor_digits() {
        assert_eq!(checked_round(d("12.345"), 2, Rounding::HalfAwayFromZero), Some(d("12.35")));
        assert_eq!(checked_round(d("1000000000000000000000000000"), 2, Rounding::HalfAwayFromZero), None);
        assert_eq!(
            checked_round(d("-79228162514264337593543950335"), 0, Rounding::HalfEven),
            Some(d("-79228162514264337593543950335"))
        );
    }

    #[test]
    fn exact_add_refuses_a_sum_that_loses_its_cents() {
        assert_eq!(exact_add(d("1.25"), d("2.5")), Some(d("3.75")));
        assert_eq!(exact_add(d("500000000000000000000000000.00"), d("500000000000000000000000000.00")), None);
        assert_eq!(exact_sub(d("-79228162514264337593543950335"), d("1")), None);
        assert_eq!(exact_sub(d("10.00"), d("0.01")).map(|r| r.to_string()), Some("9.99".into()));
    }

    #[test]
    fn rounding_modes_and_scale() {
        assert_eq!(round(d("2.345"), 2, Rounding::HalfAwayFromZero).to_string(), "2.35");
        assert_eq!(round(d("2.345"), 2, Rounding::HalfEven).to_string(), "2.34");
        assert_eq!(round(d("-2.345"), 2, Rounding::HalfAwayFromZero).to_string(), "-2.35");
        assert_eq!(round(d("1500"), 0, Rounding::HalfAwayFromZero).to_string(), "1500");
        assert_eq!(round(d("8.21"), 3, Rounding::HalfAwayFromZero).to_string(), "8.210");
        assert_eq!(round(d("20696"), 2, Rounding::HalfAwayFromZero).to_string(), "20696.00");
    }
}
