//! `Fixed`: an exact decimal as an `i128` mantissa and a scale, for the sums and products of
//! hot loops. Every operation is checked (`None` on overflow) and exact; rounding follows the
//! same rules as [`super::round`]. Converted to `Decimal` once, at the end.
//!
//! `rust_decimal` does the same arithmetic on 96-bit mantissas in software; for the values a
//! project holds (prices, quantities, millimetres, kilograms) one `i128` operation does it,
//! several times faster, and the results are identical (a property test compares them).

use rust_decimal::Decimal;

use super::Rounding;

/// Largest scale kept; 10^38 still fits in an i128.
const MAX_SCALE: u32 = 38;

/// 10^n for n in 0..=38.
// Evaluated at compile time: an index out of bounds would fail the build, not panic.
#[allow(clippy::indexing_slicing)]
const POW10: [i128; 39] = {
    let mut t = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

fn pow10(n: u32) -> Option<i128> {
    POW10.get(n as usize).copied()
}

/// An exact decimal: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fixed {
    mantissa: i128,
    scale: u32,
}

impl From<Decimal> for Fixed {
    fn from(d: Decimal) -> Self {
        Fixed { mantissa: d.mantissa(), scale: d.scale() }
    }
}

impl Fixed {
    /// Zero with `scale` digits after the point.
    pub fn zero(scale: u32) -> Self {
        Fixed { mantissa: 0, scale }
    }

    /// The same value as a `Decimal`, or `None` when it needs more than 28 digits.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "the loop only runs while the scale is above 28, and divides by ten"
    )]
    pub fn to_decimal(self) -> Option<Decimal> {
        // The common case: a 96-bit mantissa and at most 28 places go straight into the parts.
        let magnitude = self.mantissa.unsigned_abs();
        if self.scale <= 28 && magnitude >> 96 == 0 {
            let (lo, mid, hi) = (magnitude as u32, (magnitude >> 32) as u32, (magnitude >> 64) as u32);
            return Some(Decimal::from_parts(lo, mid, hi, self.mantissa < 0, self.scale));
        }
        let (mut m, mut s) = (self.mantissa, self.scale);
        // Trailing zeros past 28 places can go without changing the value.
        while s > 28 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        Decimal::try_from_i128_with_scale(m, s).ok()
    }

    /// The exact product.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "two scales of at most 38 each add within u32; the mantissas multiply checked"
    )]
    pub fn checked_mul(self, other: Fixed) -> Option<Fixed> {
        let scale = self.scale + other.scale;
        if scale > MAX_SCALE {
            return None;
        }
        Some(Fixed { mantissa: mul_i128(self.mantissa, other.mantissa)?, scale })
    }

    /// The same value with `scale` digits (only ever more digits: exact).
    fn widen(self, scale: u32) -> Option<Fixed> {
        if scale == self.scale {
            return Some(self);
        }
        let factor = pow10(scale.checked_sub(self.scale)?)?;
        Some(Fixed { mantissa: mul_i128(self.mantissa, factor)?, scale })
    }

    /// The exact sum.
    pub fn checked_add(self, other: Fixed) -> Option<Fixed> {
        let scale = self.scale.max(other.scale);
        let (a, b) = (self.widen(scale)?, other.widen(scale)?);
        Some(Fixed { mantissa: a.mantissa.checked_add(b.mantissa)?, scale })
    }

    /// The exact difference.
    pub fn checked_sub(self, other: Fixed) -> Option<Fixed> {
        self.checked_add(Fixed { mantissa: other.mantissa.checked_neg()?, scale: other.scale })
    }

    /// The value divided by 10^n, exactly: the point moves n places (÷100 for a percentage).
    pub fn shift(self, n: u32) -> Option<Fixed> {
        let scale = self.scale.checked_add(n)?;
        (scale <= MAX_SCALE).then_some(Fixed { mantissa: self.mantissa, scale })
    }

    /// Rounded to `dp` digits after the point, with exactly `dp` digits.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "the scale is above `dp` here; twice a remainder below 10^38 fits in u128; a quotient by 10 or more plus one fits in i128"
    )]
    pub fn round(self, dp: u32, rounding: Rounding) -> Option<Fixed> {
        if self.scale <= dp {
            return self.widen(dp);
        }
        let div = pow10(self.scale - dp)?;
        let (q, r) = div_rem_pow10(self.mantissa, self.scale - dp)?;
        let twice = r.unsigned_abs() * 2;
        let half_or_more = match twice.cmp(&div.unsigned_abs()) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => match rounding {
                Rounding::HalfAwayFromZero => true,
                Rounding::HalfEven => q % 2 != 0,
            },
        };
        let q = if half_or_more { q + self.mantissa.signum() } else { q };
        Some(Fixed { mantissa: q, scale: dp })
    }

    /// The smallest whole number not below the value (for positive box counts).
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "a remainder above zero means a scale of at least one: the quotient is at most i128::MAX / 10"
    )]
    pub fn ceil(self) -> Option<Fixed> {
        let (q, r) = div_rem_pow10(self.mantissa, self.scale)?;
        Some(Fixed { mantissa: if r > 0 { q + 1 } else { q }, scale: 0 })
    }

    /// The value as a whole number of units, when it is one and fits.
    pub fn to_u64(self) -> Option<u64> {
        let (q, r) = div_rem_pow10(self.mantissa, self.scale)?;
        if r != 0 {
            return None;
        }
        u64::try_from(q).ok()
    }
}

/// `a × b`, checked. Two factors that fit in 64 bits cannot overflow 128: the common case
/// skips the costly overflow-checked 128-bit multiply.
#[inline]
#[allow(clippy::arithmetic_side_effects, reason = "two factors that fit in i64 multiply within i128")]
fn mul_i128(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(a), Ok(b)) => Some(i128::from(a) * i128::from(b)),
        _ => a.checked_mul(b),
    }
}

/// Quotient and remainder (truncating) of `n / 10^exp`. Prices, quantities and sizes have few
/// decimals: for those the divisor is a constant the compiler turns into a multiplication,
/// and a value that fits in 64 bits avoids the 128-bit division routine.
#[inline]
#[allow(clippy::arithmetic_side_effects, reason = "divisors are powers of ten of at least 10: never zero, never -1")]
fn div_rem_pow10(n: i128, exp: u32) -> Option<(i128, i128)> {
    fn by<const D: i64>(n: i64) -> (i128, i128) {
        (i128::from(n / D), i128::from(n % D))
    }
    if exp == 0 {
        return Some((n, 0));
    }
    if let Ok(small) = i64::try_from(n) {
        match exp {
            1 => return Some(by::<10>(small)),
            2 => return Some(by::<100>(small)),
            3 => return Some(by::<1_000>(small)),
            4 => return Some(by::<10_000>(small)),
            _ => {}
        }
    }
    let d = pow10(exp)?;
    Some((n / d, n % d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::RoundingStrategy;

    fn dec(m: i64, s: u32) -> Decimal {
        Decimal::new(m, s)
    }

    proptest! {
        /// Fixed gives exactly what rust_decimal gives, for products, sums, rounding and ceil.
        #[test]
        fn agrees_with_rust_decimal(a in -10_000_000_000i64..10_000_000_000, sa in 0u32..8, b in -10_000_000_000i64..10_000_000_000, sb in 0u32..8, dp in 0u32..4, even in any::<bool>()) {
            let (x, y) = (dec(a, sa), dec(b, sb));
            let (fx, fy) = (Fixed::from(x), Fixed::from(y));
            prop_assert_eq!(fx.checked_mul(fy).and_then(Fixed::to_decimal), x.checked_mul(y));
            prop_assert_eq!(fx.checked_add(fy).and_then(Fixed::to_decimal), x.checked_add(y));
            prop_assert_eq!(fx.checked_sub(fy).and_then(Fixed::to_decimal), x.checked_sub(y));
            let (rounding, strategy) = if even { (Rounding::HalfEven, RoundingStrategy::MidpointNearestEven) } else { (Rounding::HalfAwayFromZero, RoundingStrategy::MidpointAwayFromZero) };
            let mut want = x.checked_mul(y).unwrap().round_dp_with_strategy(dp, strategy);
            want.rescale(dp);
            let got = fx.checked_mul(fy).and_then(|p| p.round(dp, rounding)).and_then(Fixed::to_decimal).unwrap();
            prop_assert_eq!(got.to_string(), want.to_string());
            if x > Decimal::ZERO {
                prop_assert_eq!(fx.ceil().and_then(Fixed::to_decimal), Some(x.ceil()));
            }
        }
    }

    #[test]
    fn overflow_is_none_not_a_panic() {
        let big = Fixed::from(Decimal::MAX);
        assert_eq!(big.checked_mul(big).and_then(|p| p.checked_mul(big)), None);
        assert_eq!(Fixed { mantissa: i128::MAX, scale: 0 }.checked_add(Fixed { mantissa: 1, scale: 0 }), None);
        assert_eq!(Fixed { mantissa: 1, scale: 30 }.checked_mul(Fixed { mantissa: 1, scale: 30 }), None);
        assert_eq!(Fixed { mantissa: i128::MAX, scale: 0 }.to_decimal(), None);
    }
}
