//! Loading a large directory fast, with the same answer as the precise reader.
//!
//! The precise reader ([`crate::model::read_directory`]) tracks a JSON Pointer for every value so that
//! it can name every problem; on two million partnerships that bookkeeping is most of the time.
//! A directory worth loading is usually sound, so the loader first reads it optimistically:
//! partnerships straight into borrowed strings (serde's derive, unknown fields refused), checked
//! with the same rules, and the companies (a small part) through the precise reader. The moment
//! anything is off (a problem of any kind, even a warning, or JSON this path does not take,
//! such as an escaped id) it gives up, and the precise reader reads the whole document and
//! reports exactly what it finds. A sound directory gives the same index either way; a test
//! loads directories both ways and compares them.

use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::index::{Link, PartnerIndex};
use crate::model::standards::is_date;
use crate::model::{CompanyKind, PartnerDirectory, PartnershipStatus};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc<'a> {
    #[serde(borrow)]
    format: &'a str,
    #[serde(borrow)]
    companies: &'a RawValue,
    #[serde(borrow)]
    partnerships: Vec<Pair<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair<'a> {
    #[serde(borrow)]
    supplier: &'a str,
    #[serde(borrow)]
    manufacturer: &'a str,
    #[serde(borrow)]
    status: &'a str,
    #[serde(borrow, default)]
    since: Option<&'a str>,
    #[serde(borrow, default)]
    discount_pct: Option<&'a str>,
}

/// The index of a sound directory, or `None` when the precise reader must decide.
pub fn optimistic(bytes: &[u8]) -> Option<PartnerIndex> {
    crate::json::check_size(bytes).ok()?;
    let doc: Doc<'_> = serde_json::from_slice(bytes).ok()?;
    if doc.format != PartnerDirectory::FORMAT {
        return None;
    }
    // The companies through the precise reader: every check, and no problem allowed.
    let wrapped =
        format!(r#"{{"format":"{}","companies":{},"partnerships":[]}}"#, PartnerDirectory::FORMAT, doc.companies.get());
    let companies = crate::model::read_directory(wrapped.as_bytes()).ok().filter(|c| c.warnings.is_empty())?.value;
    let numbers: HashMap<&str, (u32, CompanyKind)> = companies
        .companies
        .iter()
        .enumerate()
        .map(|(n, c)| (c.company.id.as_str(), (u32::try_from(n).unwrap_or(u32::MAX), c.company.kind)))
        .collect();
    let mut links: Vec<(u32, Link)> = Vec::with_capacity(doc.partnerships.len());
    for p in &doc.partnerships {
        let &(s, supplier_kind) = numbers.get(p.supplier)?;
        let &(m, maker_kind) = numbers.get(p.manufacturer)?;
        if !matches!(supplier_kind, CompanyKind::Supplier | CompanyKind::Showroom) || maker_kind != CompanyKind::Factory
        {
            return None;
        }
        let status = match p.status {
            "active" => PartnershipStatus::Active,
            "pending" => PartnershipStatus::Pending,
            "expired" => PartnershipStatus::Expired,
            "declined" => PartnershipStatus::Declined,
            _ => return None,
        };
        let since = match p.since {
            None => 0,
            Some(d) if is_date(d) => super::index::pack_date(d),
            Some(_) => return None,
        };
        let discount_pct = match p.discount_pct {
            None => None,
            Some(t) if t.len() <= crate::json::MAX_TEXT => {
                let d = crate::json::parse_decimal(t).ok()?;
                (d >= rust_decimal::Decimal::ZERO && d <= rust_decimal::Decimal::ONE_HUNDRED).then_some(d)?;
                Some(d)
            }
            Some(_) => return None,
        };
        links.push((m, Link { supplier: s, status, since, discount_pct }));
    }
    // A pair listed twice: the index refuses it, and the precise reader names it.
    PartnerIndex::from_parts(companies.companies, links)
}
