//! VAT numbers with published check digits: Italy (partita IVA, Luhn-like) and the UK
//! (HMRC mod-97 and mod-9755). Numbers of other countries are not checked.

#![allow(clippy::arithmetic_side_effects, reason = "check digits: weighted sums of at most 12 single digits")]

/// `Some(ok)` for a VAT number whose country has a known check; `None` when unchecked.
pub(crate) fn vat_ok(vat: &str) -> Option<bool> {
    let compact: String = vat.chars().filter(|c| !c.is_whitespace()).collect();
    let (country, rest) = compact.split_at_checked(2)?;
    match country {
        "IT" => Some(italy(rest)),
        "GB" => Some(uk(rest)),
        _ => None,
    }
}

fn digits<const N: usize>(s: &str) -> Option<[u32; N]> {
    let v: Vec<u32> = s.chars().map(|c| c.to_digit(10)).collect::<Option<_>>()?;
    v.try_into().ok()
}

fn italy(s: &str) -> bool {
    let Some(d) = digits::<11>(s) else { return false };
    let sum: u32 = d
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 0 {
                x
            } else if x * 2 > 9 {
                x * 2 - 9
            } else {
                x * 2
            }
        })
        .sum();
    (10 - sum % 10) % 10 == d[10]
}

fn uk(s: &str) -> bool {
    // 12-digit numbers are a 9-digit number and a 3-digit branch code.
    let Some(d) = digits::<9>(s.get(..9).unwrap_or("")).filter(|_| s.len() == 9 || s.len() == 12) else { return false };
    let sum: i64 = d.iter().take(7).zip([8, 7, 6, 5, 4, 3, 2]).map(|(&a, w)| i64::from(a) * w).sum();
    let check = i64::from(d[7] * 10 + d[8]);
    (sum + check) % 97 == 0 || (sum + check + 55) % 97 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italy_and_uk() {
        assert_eq!(vat_ok("IT00743110157"), Some(true));
        assert_eq!(vat_ok("IT00743110158"), Some(false));
        assert_eq!(vat_ok("GB980780684"), Some(true));
        assert_eq!(vat_ok("GB980780685"), Some(false));
        assert_eq!(vat_ok("DE123456789"), None);
    }
}
