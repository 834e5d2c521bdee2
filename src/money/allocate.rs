//! Spreading an amount over lines, exactly: the largest-remainder method at the minor unit
//! (`segments-and-money.md`, "Costs added in the Front Office").
//!
//! Each line first gets its proportional share rounded toward zero, in minor units; the units
//! left over go one each to the lines with the largest remainders, ties to the earlier line. The
//! shares always add up to the amount: 100.00 over three equal lines is 33.34, 33.33, 33.33, and
//! 6.85 over six is 1.15 and five times 1.14 (never 1.15 five times and 1.11). The arithmetic is
//! on integers (minor units and the bases scaled to integers), so no remainder is ever rounded.

use rust_decimal::Decimal;

/// Why an amount cannot be spread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AllocateError {
    /// Every basis is zero (or there are no lines): nothing to spread over.
    NoBasis,
    /// The basis of this line is negative.
    NegativeBasis(usize),
    /// The amounts are beyond what exact arithmetic can hold here.
    Overflow,
}

/// `amount` spread over the lines in proportion to `basis`, each share with `dp` decimal
/// places. `amount` is taken at `dp` places (it is rounded there already by its caller); a
/// negative amount is spread as its magnitude and given back negative. A line whose basis is
/// zero gets nothing.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "the total of non-negative weights is above zero; each share is at most the magnitude, and the shares given plus those left add up to it"
)]
pub(crate) fn allocate(amount: Decimal, basis: &[Decimal], dp: u32) -> Result<Vec<Decimal>, AllocateError> {
    if let Some(i) = basis.iter().position(|b| b.is_sign_negative() && !b.is_zero()) {
        return Err(AllocateError::NegativeBasis(i));
    }
    let scale = basis.iter().map(Decimal::scale).max().unwrap_or(0);
    let weights: Vec<i128> =
        basis.iter().map(|b| integer(*b, scale)).collect::<Option<_>>().ok_or(AllocateError::Overflow)?;
    let total = weights.iter().try_fold(0i128, |s, w| s.checked_add(*w)).ok_or(AllocateError::Overflow)?;
    if total == 0 {
        return Err(AllocateError::NoBasis);
    }
    let units = integer(amount, dp).ok_or(AllocateError::Overflow)?;
    let magnitude = units.checked_abs().ok_or(AllocateError::Overflow)?;

    let mut shares = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for w in &weights {
        let product = magnitude.checked_mul(*w).ok_or(AllocateError::Overflow)?;
        shares.push(product / total);
        remainders.push(product % total);
    }
    let given: i128 = shares.iter().sum();
    let left = usize::try_from(magnitude - given).map_err(|_| AllocateError::Overflow)?;
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Largest remainder first; the stable sort keeps the earlier line first on a tie.
    order.sort_by(|a, b| remainders.get(*b).cmp(&remainders.get(*a)));
    for i in order.into_iter().take(left) {
        if let Some(s) = shares.get_mut(i) {
            *s += 1;
        }
    }
    let sign = if units < 0 { -1 } else { 1 };
    shares
        .into_iter()
        .map(|s| Decimal::try_from_i128_with_scale(sign * s, dp).map_err(|_| AllocateError::Overflow))
        .collect()
}

/// `d` × 10^`scale` as an integer (`d` has at most `scale` places).
fn integer(d: Decimal, scale: u32) -> Option<i128> {
    let mut d = d.round_dp(scale);
    d.rescale(scale);
    (d.scale() == scale).then(|| d.mantissa())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    fn strings(v: &[Decimal]) -> Vec<String> {
        v.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_specs_examples() {
        let equal = |n| vec![d("1"); n];
        assert_eq!(strings(&allocate(d("100.00"), &equal(3), 2).unwrap_or_default()), ["33.34", "33.33", "33.33"]);
        assert_eq!(
            strings(&allocate(d("6.85"), &equal(6), 2).unwrap_or_default()),
            ["1.15", "1.14", "1.14", "1.14", "1.14", "1.14"]
        );
    }

    #[test]
    fn largest_remainder_wins_and_ties_go_to_the_earlier_line() {
        // 10.00 by 1 : 2 : 3 → 1.666…, 3.333…, 5.00: the first has the larger remainder.
        assert_eq!(
            strings(&allocate(d("10.00"), &[d("1"), d("2"), d("3")], 2).unwrap_or_default()),
            ["1.67", "3.33", "5.00"]
        );
        assert_eq!(strings(&allocate(d("0.01"), &[d("1"), d("1")], 2).unwrap_or_default()), ["0.01", "0.00"]);
        assert_eq!(strings(&allocate(d("0.01"), &[d("1"), d("2")], 2).unwrap_or_default()), ["0.00", "0.01"]);
    }

    #[test]
    fn zero_bases_get_nothing_and_all_zero_is_an_error() {
        assert_eq!(
            strings(&allocate(d("5.00"), &[d("0"), d("2.5"), d("0")], 2).unwrap_or_default()),
            ["0.00", "5.00", "0.00"]
        );
        assert_eq!(allocate(d("5.00"), &[d("0"), d("0")], 2), Err(AllocateError::NoBasis));
        assert_eq!(allocate(d("5.00"), &[], 2), Err(AllocateError::NoBasis));
        assert_eq!(allocate(d("5.00"), &[d("1"), d("-1")], 2), Err(AllocateError::NegativeBasis(1)));
    }

    #[test]
    fn negative_amounts_and_other_minor_units() {
        assert_eq!(
            strings(&allocate(d("-100.00"), &[d("1"); 3], 2).unwrap_or_default()),
            ["-33.34", "-33.33", "-33.33"]
        );
        assert_eq!(strings(&allocate(d("1000"), &[d("1"); 3], 0).unwrap_or_default()), ["334", "333", "333"]);
        assert_eq!(strings(&allocate(d("1.000"), &[d("1"); 3], 3).unwrap_or_default()), ["0.334", "0.333", "0.333"]);
    }

    fn amount() -> impl Strategy<Value = Decimal> {
        (-10_000_000_000i64..10_000_000_000i64).prop_map(|c| Decimal::new(c, 2))
    }

    fn bases() -> impl Strategy<Value = Vec<Decimal>> {
        prop::collection::vec((0i64..5_000_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)), 1..40)
            .prop_filter("some basis", |v| v.iter().any(|b| !b.is_zero()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn shares_add_up_to_the_amount_and_stay_within_a_cent_of_the_exact_share(a in amount(), b in bases()) {
            let shares = allocate(a, &b, 2).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(shares.len(), b.len());
            prop_assert_eq!(shares.iter().sum::<Decimal>(), a);
            let total: Decimal = b.iter().sum();
            for (s, w) in shares.iter().zip(&b) {
                prop_assert_eq!(s.scale(), 2);
                // Same sign as the amount (or zero), and nothing for a zero basis.
                prop_assert!(s.is_zero() || s.is_sign_negative() == a.is_sign_negative());
                if w.is_zero() { prop_assert!(s.is_zero()); }
                let exact = a * *w / total;
                prop_assert!((*s - exact).abs() < d("0.01"), "share {} exact {}", s, exact);
            }
        }

        #[test]
        fn scaling_every_basis_changes_nothing(a in amount(), b in bases(), k in 1i64..1000) {
            let scaled: Vec<Decimal> = b.iter().map(|w| *w * Decimal::from(k)).collect();
            prop_assert_eq!(allocate(a, &b, 2), allocate(a, &scaled, 2));
        }
    }
}
