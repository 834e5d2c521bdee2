//! Russian INN (ФНС order of 2012) and bank account keys (ЦБ РФ regulation 385-П, appendix).

fn digits(s: &str) -> Option<Vec<u32>> {
    s.chars().map(|c| c.to_digit(10)).collect()
}

fn weighted(d: &[u32], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(a, b)| a * b).sum::<u32>() % 11 % 10
}

/// Whether a 10-digit (company) or 12-digit (person) INN has the right check digits.
pub fn inn_ok(inn: &str) -> bool {
    let Some(d) = digits(inn) else { return false };
    match d.len() {
        10 => weighted(&d, &[2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[9],
        12 => {
            weighted(&d, &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[10]
                && weighted(&d, &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[11]
        }
        _ => false,
    }
}

fn account_key_ok(prefix: &[u32], account: &[u32]) -> bool {
    const W: [u32; 3] = [7, 1, 3];
    let sum: u32 = prefix.iter().chain(account).enumerate().map(|(i, d)| d * W[i % 3] % 10).sum();
    sum % 10 == 0
}

/// Whether a settlement account (р/с) matches the bank's BIC: key over the BIC's last three
/// digits and the 20-digit account.
pub fn bank_account_ok(account: &str, bic: &str) -> bool {
    match (digits(account), digits(bic)) {
        (Some(a), Some(b)) if a.len() == 20 && b.len() == 9 => account_key_ok(&b[6..], &a),
        _ => false,
    }
}

/// Whether a correspondent account (к/с) matches the BIC: key over "0" and the BIC's digits 5–6.
pub fn corr_account_ok(account: &str, bic: &str) -> bool {
    match (digits(account), digits(bic)) {
        (Some(a), Some(b)) if a.len() == 20 && b.len() == 9 => account_key_ok(&[0, b[4], b[5]], &a),
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
