//! Russian INN (ФНС order of 2012) and bank account keys (ЦБ РФ regulation 385-П, appendix).

#![allow(clippy::arithmetic_side_effects, reason = "check digits: weighted sums of at most 20 single digits")]

/// The digits of `s` when it is exactly `N` ASCII digits.
fn digits<const N: usize>(s: &str) -> Option<[u32; N]> {
    let v: Vec<u32> = s.chars().map(|c| c.to_digit(10)).collect::<Option<_>>()?;
    v.try_into().ok()
}

/// Σ digit × weight mod 11 mod 10: the INN's check digit over the digits before it.
fn check_digit(d: &[u32], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(a, b)| a * b).sum::<u32>() % 11 % 10
}

/// Whether a 10-digit (company) or 12-digit (person) INN has the right check digits.
pub(crate) fn inn_ok(inn: &str) -> bool {
    if let Some(d) = digits::<10>(inn) {
        return check_digit(&d, &[2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[9];
    }
    if let Some(d) = digits::<12>(inn) {
        return check_digit(&d, &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[10]
            && check_digit(&d, &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[11];
    }
    false
}

/// The key of a 23-digit (3 from the BIC, 20 of the account) string: weights 7, 1, 3 repeated,
/// the last digit of each product summed, must end in 0.
fn account_key_ok(prefix: [u32; 3], account: &[u32; 20]) -> bool {
    let sum: u32 = prefix.iter().chain(account).zip([7, 1, 3].iter().cycle()).map(|(d, w)| d * w % 10).sum();
    sum % 10 == 0
}

/// Whether a settlement account (р/с) matches the bank's BIC: key over the BIC's last three
/// digits and the 20-digit account.
pub(crate) fn bank_account_ok(account: &str, bic: &str) -> bool {
    match (digits::<20>(account), digits::<9>(bic)) {
        (Some(a), Some(b)) => account_key_ok([b[6], b[7], b[8]], &a),
        _ => false,
    }
}

/// Whether a correspondent account (к/с) matches the BIC: key over "0" and the BIC's digits 5–6.
pub(crate) fn corr_account_ok(account: &str, bic: &str) -> bool {
    match (digits::<20>(account), digits::<9>(bic)) {
        (Some(a), Some(b)) => account_key_ok([0, b[4], b[5]], &a),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inn() {
        assert!(inn_ok("7707083893")); // Sberbank
        assert!(!inn_ok("7707083894"));
        assert!(inn_ok("500100732259"));
        assert!(!inn_ok("500100732258"));
        assert!(!inn_ok("77070838"));
    }

    #[test]
    fn accounts() {
        // Sberbank, Moscow: БИК 044525225, к/с 30101810400000000225.
        assert!(corr_account_ok("30101810400000000225", "044525225"));
        assert!(!corr_account_ok("30101810400000000226", "044525225"));
        assert!(bank_account_ok("40702810938000012345", "044525225"));
        assert!(!bank_account_ok("40702810938000012346", "044525225"));
        assert!(!bank_account_ok("40702810938000012345", "044525226"));
    }
}
