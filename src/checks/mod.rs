//! Check digits of tax ids and bank details: a wrong one is a warning naming the field.
//!
//! IBANs are checked by the `iban_validate` crate. Russian INN and bank accounts and the EU/UK
//! VAT numbers Bureau's users meet have no maintained crate, so their published algorithms are
//! written here, each with its source.

mod ru;
mod vat;

pub(crate) use ru::{bank_account_ok, corr_account_ok, inn_ok};
pub(crate) use vat::vat_ok;

/// Whether an IBAN's country length and mod-97 check digits are right.
pub(crate) fn iban_ok(iban: &str) -> bool {
    let compact: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    compact.parse::<iban::Iban>().is_ok()
}
