//! Checks that need the whole document: ids, references, roles, codes from standards,
//! check digits, and the warnings about what weakens documents.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use base64::Engine as _;

use super::standards::{currency_minor_units, is_country, is_date, is_region, locale_language, INCOTERMS};
use super::*;
use crate::checks;
use crate::codes::Code;
use crate::problem::Problems;

/// Checks a project that was read without syntax problems; records into `p`.
pub(crate) fn project(doc: &Project, p: &mut Problems) {
    format(&doc.format, Project::FORMAT, p);
    let info = &doc.project;
    id(&info.id, "/project/id", p);
    name(&info.name, "/project/name".into(), p);
    if locale_language(&info.locale).is_none() && !info.locale.is_empty() {
        p.push(
            Code::LocaleUnsupported,
            "/project/locale",
            format!(
                "The locale \"{}\" is not Russian or English; use `ru`, `en` or a tag such as `ru-RU`, `en-GB`.",
                info.locale
            ),
        );
    }
    currency(&info.currency, "/project/currency", p);
    if let Some(d) = &info.date {
        date(d, "/project/date", p);
    }

    unique_ids(doc.companies.iter().map(|c| c.id.as_str()), "/companies", p);
    let rooms = unique_ids(doc.rooms.iter().map(|r| r.id.as_str()), "/rooms", p);
    let assets = unique_ids(doc.assets.iter().map(|a| a.id.as_str()), "/assets", p);
    let kinds: HashMap<&str, &Company> = doc.companies.iter().map(|c| (c.id.as_str(), c)).collect();

    match kinds.get(info.owner.as_str()) {
        None if !info.owner.is_empty() => unknown_company(&info.owner, "/project/owner", p),
        Some(c) if c.kind == CompanyKind::Factory => p.push(
            Code::RoleOwnerKind,
            "/project/owner",
            format!("The owner \"{}\" is a factory; a project is owned by a designer, supplier, showroom or client account.", c.id),
        ),
        _ => {}
    }
    if let Some(client) = &info.client {
        if let Some(c) = &client.country {
            country(c, "/project/client/country", p);
        }
        tax_ids(&client.tax_ids, "/project/client/tax_ids", p);
    }
    let delivery_country = info.delivery.as_ref().map(|d| {
        country(&d.country, "/project/delivery/country", p);
        if let Some(r) = &d.region {
            if !is_region(r) || !r.starts_with(&format!("{}-", d.country)) {
                p.push(
                    Code::RegionUnknown,
                    "/project/delivery/region",
                    format!(
                        "\"{r}\" is not an ISO 3166-2 region of the delivery country {} (like \"RU-MOS\").",
                        d.country
                    ),
                );
            }
        }
        if let Some(t) = &d.incoterm {
            incoterm(t, "/project/delivery/incoterm", p);
        }
        d.country.as_str()
    });

    for (i, c) in doc.companies.iter().enumerate() {
        company(c, &format!("/companies/{i}"), &assets, p);
    }
    for (i, a) in doc.assets.iter().enumerate() {
        asset(a, &format!("/assets/{i}"), p);
    }

    let limit = crate::limits::current().items;
    if let Some(problem) = crate::limits::exceeded(doc.items.len() as u64, limit, Code::LimitItems, "/items", "items") {
        p.errors.push(problem);
        return;
    }
    unique_ids(doc.items.iter().map(|it| it.id.as_str()), "/items", p);
    for (i, it) in doc.items.iter().enumerate() {
        item(it, i, &kinds, &rooms, &assets, delivery_country, p);
    }
}

#[allow(clippy::too_many_arguments)]
fn item(
    it: &Item,
    i: usize,
    companies: &HashMap<&str, &Company>,
    rooms: &HashSet<&str>,
    assets: &HashSet<&str>,
    delivery_country: Option<&str>,
    p: &mut Problems,
) {
    let at = |field: &str| format!("/items/{i}/{field}");
    name(&it.name, at("name"), p);
    match companies.get(it.manufacturer.as_str()) {
        None if !it.manufacturer.is_empty() => unknown_company(&it.manufacturer, &at("manufacturer"), p),
        Some(c) if c.kind != CompanyKind::Factory => p.push(
            Code::RoleManufacturerNotFactory,
            at("manufacturer"),
            format!(
                "The manufacturer \"{}\" is a {}; an item's manufacturer must be a factory.",
                c.id,
                c.kind.as_str()
            ),
        ),
        _ => {}
    }
    let source = it.source.as_deref().and_then(|s| match companies.get(s) {
        None => {
            unknown_company(s, &at("source"), p);
            None
        }
        Some(c) if !c.kind.is_commercial() => {
            p.push(
                Code::RoleSourceNotCommercial,
                at("source"),
                format!("The source \"{}\" is a {}, which cannot deliver goods; name a factory, showroom or supplier, or leave `source` out until one is chosen.", c.id, c.kind.as_str()),
            );
            None
        }
        Some(c) => Some(*c),
    });
    if let Some(room) = &it.room {
        if !rooms.contains(room.as_str()) {
            p.push(Code::RefUnknownRoom, at("room"), format!("The room \"{room}\" is not in `rooms`."));
        }
    }
    if let Some(img) = &it.image {
        if !assets.contains(img.as_str()) {
            p.push(Code::RefUnknownAsset, at("image"), format!("The image \"{img}\" is not in `assets`."));
        }
    }
    match (&it.unit_price, &it.currency) {
        (Some(_), None) => p.push(
            Code::CurrencyMissing,
            at("currency"),
            format!("Item \"{}\" has a `unit_price` but no `currency`; say which currency the price is in.", it.id),
        ),
        (_, Some(c)) => currency(c, &at("currency"), p),
        _ => {}
    }
    if let Some(o) = &it.origin {
        country(o, &at("origin"), p);
    }
    let cross_border = crosses_border(source, delivery_country);
    item_warnings(it, cross_border, |code, msg| p.push(code, format!("/items/{i}"), msg));
}

/// Whether goods from `source` cross a border to the delivery country (both must be known).
pub(crate) fn crosses_border(source: Option<&Company>, delivery_country: Option<&str>) -> bool {
    matches!((source.and_then(|s| s.country.as_deref()), delivery_country), (Some(from), Some(to)) if from != to)
}

/// Calls `f` with each warning about an item that weakens documents (no price, no packages,
/// no weight, no HS code on a cross-border item). Shared by validation and segmentation.
pub(crate) fn item_warnings(it: &Item, cross_border: bool, mut f: impl FnMut(Code, String)) {
    if it.unit_price.is_none() {
        f(
            Code::ItemNoPrice,
            format!(
                "Item \"{}\" ({}) has no `unit_price`: it is priced on request and left out of totals.",
                it.id, it.sku
            ),
        );
    }
    if it.packages.is_empty() {
        f(
            Code::ItemNoPackages,
            format!(
                "Item \"{}\" ({}) has no `packages`: its boxes, gross weight and volume are unknown.",
                it.id, it.sku
            ),
        );
    }
    if it.net_weight_kg.is_none() {
        f(
            Code::ItemNoWeight,
            format!("Item \"{}\" ({}) has no `net_weight_kg`: net weights leave it out.", it.id, it.sku),
        );
    }
    if cross_border && it.hs_code.is_none() {
        f(
            Code::ItemNoHsCode,
            format!("Item \"{}\" ({}) crosses a border and has no `hs_code` for customs.", it.id, it.sku),
        );
    }
}

fn company(c: &Company, at: &str, assets: &HashSet<&str>, p: &mut Problems) {
    name(&c.name, format!("{at}/name"), p);
    if let Some(country_code) = &c.country {
        country(country_code, &format!("{at}/country"), p);
    }
    tax_ids(&c.tax_ids, &format!("{at}/tax_ids"), p);
    if let Some(b) = &c.bank {
        if let Some(iban) = &b.iban {
            if !checks::iban_ok(iban) {
                p.push(Code::IbanCheckDigits, format!("{at}/bank/iban"), format!("The IBAN \"{iban}\" of \"{}\" has wrong check digits or length; check it against the bank's document.", c.id));
            }
        }
        if let Some(bic) = &b.bic {
            if let Some(acc) = &b.account {
                if bic.len() == 9 && !checks::bank_account_ok(acc, bic) {
                    p.push(
                        Code::BankAccountCheckDigits,
                        format!("{at}/bank/account"),
                        format!(
                            "The account \"{acc}\" of \"{}\" does not match BIC {bic}; one of them is mistyped.",
                            c.id
                        ),
                    );
                }
            }
            if let Some(acc) = &b.corr_account {
                if !checks::corr_account_ok(acc, bic) {
                    p.push(Code::BankAccountCheckDigits, format!("{at}/bank/corr_account"), format!("The correspondent account \"{acc}\" of \"{}\" does not match BIC {bic}; one of them is mistyped.", c.id));
                }
            }
        }
    }
    if let Some(logo) = &c.logo {
        if !assets.contains(logo.as_str()) {
            p.push(Code::RefUnknownAsset, format!("{at}/logo"), format!("The logo \"{logo}\" is not in `assets`."));
        }
    }
}

fn tax_ids(ids: &std::collections::BTreeMap<String, String>, at: &str, p: &mut Problems) {
    for (scheme, value) in ids {
        let ok = match scheme.as_str() {
            "inn" => Some(checks::inn_ok(value)),
            "vat" => checks::vat_ok(value),
            _ => None,
        };
        if ok == Some(false) {
            p.push(
                Code::TaxIdCheckDigits,
                format!("{at}/{scheme}"),
                format!("The {} \"{value}\" has wrong check digits; it is probably mistyped.", scheme.to_uppercase()),
            );
        }
    }
}

fn asset(a: &Asset, at: &str, p: &mut Problems) {
    let bytes = match base64::engine::general_purpose::STANDARD.decode(a.data_base64.trim()) {
        Ok(b) => b,
        Err(e) => {
            p.push(
                Code::AssetBase64,
                format!("{at}/data_base64"),
                format!("The data of asset \"{}\" is not valid base64 ({e}).", a.id),
            );
            return;
        }
    };
    let matches = match a.media_type {
        MediaType::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        MediaType::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        MediaType::Svg => std::str::from_utf8(&bytes).is_ok_and(|t| t.contains("<svg")),
    };
    if !matches {
        p.push(
            Code::AssetMediaType,
            format!("{at}/data_base64"),
            format!("The bytes of asset \"{}\" are not a {} image.", a.id, media_name(a.media_type)),
        );
    }
}

fn media_name(m: MediaType) -> &'static str {
    match m {
        MediaType::Png => "PNG",
        MediaType::Jpeg => "JPEG",
        MediaType::Svg => "SVG",
    }
}

/// Checks a partner directory.
pub(crate) fn directory(doc: &PartnerDirectory, p: &mut Problems) {
    format(&doc.format, PartnerDirectory::FORMAT, p);
    directory_companies(doc, p);
    let kinds: HashMap<&str, CompanyKind> =
        doc.companies.iter().map(|c| (c.company.id.as_str(), c.company.kind)).collect();
    partnerships(&doc.partnerships, &|id| kinds.get(id).copied(), p);
}

/// Checks a directory's companies (ids, fields, regions): a whole directory's, or an update's.
pub(crate) fn directory_companies(doc: &PartnerDirectory, p: &mut Problems) {
    unique_ids(doc.companies.iter().map(|c| c.company.id.as_str()), "/companies", p);
    let no_assets = HashSet::default();
    for (i, c) in doc.companies.iter().enumerate() {
        let at = format!("/companies/{i}");
        company(&c.company, &at, &no_assets, p);
        for (j, r) in c.regions.iter().enumerate() {
            if !is_region(r) {
                p.push(
                    Code::RegionUnknown,
                    format!("{at}/regions/{j}"),
                    format!("\"{r}\" is not an ISO 3166-2 region code (like \"RU-MOW\")."),
                );
            }
        }
    }
}

/// Checks partnerships: each names a supplier or showroom and a factory (`kind_of` knows the
/// companies: the directory's, or an index's and its update's), a valid date, and no pair twice.
pub(crate) fn partnerships(list: &[Partnership], kind_of: &dyn Fn(&str) -> Option<CompanyKind>, p: &mut Problems) {
    let mut pairs: HashSet<(&str, &str)> = HashSet::with_capacity_and_hasher(list.len(), Default::default());
    for (i, ps) in list.iter().enumerate() {
        let at = format!("/partnerships/{i}");
        match kind_of(ps.supplier.as_str()) {
            None if ps.supplier.is_empty() => {}
            None => unknown_company(&ps.supplier, &format!("{at}/supplier"), p),
            Some(CompanyKind::Supplier | CompanyKind::Showroom) => {}
            Some(k) => p.push(
                Code::RoleSupplierKind,
                format!("{at}/supplier"),
                format!(
                    "\"{}\" is a {}; only a supplier or showroom can partner with a manufacturer.",
                    ps.supplier,
                    k.as_str()
                ),
            ),
        }
        match kind_of(ps.manufacturer.as_str()) {
            None if ps.manufacturer.is_empty() => {}
            None => unknown_company(&ps.manufacturer, &format!("{at}/manufacturer"), p),
            Some(CompanyKind::Factory) => {}
            Some(k) => p.push(
                Code::RoleManufacturerNotFactory,
                format!("{at}/manufacturer"),
                format!("\"{}\" is a {}; a partnership's manufacturer must be a factory.", ps.manufacturer, k.as_str()),
            ),
        }
        if let Some(d) = &ps.since {
            date(d, &format!("{at}/since"), p);
        }
        if !pairs.insert((ps.supplier.as_str(), ps.manufacturer.as_str())) {
            p.push(
                Code::PartnershipDuplicate,
                at,
                format!("The pair {} ↔ {} is listed twice; keep one entry per pair.", ps.supplier, ps.manufacturer),
            );
        }
    }
}

/// Checks a proforma on its own (reconciling it against a segment is the Back Office's work).
pub(crate) fn proforma(doc: &Proforma, p: &mut Problems) {
    format(&doc.format, Proforma::FORMAT, p);
    id(&doc.issuer, "/issuer", p);
    date(&doc.date, "/date", p);
    if let Some(d) = &doc.valid_until {
        date(d, "/valid_until", p);
    }
    if let Some(d) = &doc.ship_date {
        date(d, "/ship_date", p);
    }
    for (i, line) in doc.lines.iter().enumerate() {
        if let Some(d) = &line.ship_date {
            date(d, &format!("/lines/{i}/ship_date"), p);
        }
    }
    currency(&doc.currency, "/currency", p);
    if let Some(t) = &doc.incoterm {
        incoterm(t, "/incoterm", p);
    }
    if !doc.segment.is_empty() && !doc.segment.contains('/') {
        p.push(
            Code::IdInvalid,
            "/segment",
            format!("\"{}\" is not a segment id; segment ids read \"{{project id}}/{{source id}}\".", doc.segment),
        );
    }
}

pub(crate) fn format(got: &str, want: &str, p: &mut Problems) {
    if got != want && !got.is_empty() {
        p.push(
            Code::FormatUnsupported,
            "/format",
            format!(
                "The format \"{got}\" is not read here; this input must be \"{want}\" (the engine reads {}).",
                FORMATS.join(", ")
            ),
        );
    }
}

fn id(v: &str, at: &str, p: &mut Problems) {
    if v.contains('/') {
        p.push(Code::IdInvalid, at, format!("The id \"{v}\" must be non-empty text without `/`."));
    } else if let Some(c) = v.chars().find(|&c| hidden(c)) {
        p.push(
            Code::IdCharacters,
            at,
            format!(
                "The id {v:?} holds U+{:04X}, a control or direction character: ids become file names and keys, so they hold visible text only.",
                c as u32
            ),
        );
    }
}

/// A control character (NUL, newline, escape …) or one that reorders text (bidi overrides,
/// isolates and marks): nothing a person can see or type on purpose in an id or a name.
pub(crate) fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text.hidden` (a warning) when a name holds characters no one sees.
fn name(v: &str, at: String, p: &mut Problems) {
    if let Some(c) = v.chars().find(|&c| hidden(c) && !matches!(c, '\n' | '\t')) {
        p.push(
            Code::TextHidden,
            at,
            format!(
                "This text holds U+{:04X}, a control or direction character that prints as nothing or reorders what follows; remove it.",
                c as u32
            ),
        );
    }
}

fn unique_ids<'a>(ids: impl Iterator<Item = &'a str>, list: &str, p: &mut Problems) -> HashSet<&'a str> {
    let mut seen = HashSet::with_capacity_and_hasher(ids.size_hint().0, Default::default());
    for (i, v) in ids.enumerate() {
        if v.is_empty() {
            continue; // reported when it was read
        }
        if v.contains('/') || v.chars().any(hidden) {
            id(v, &format!("{list}/{i}/id"), p);
        } else if !seen.insert(v) {
            p.push(
                Code::IdDuplicate,
                format!("{list}/{i}/id"),
                format!(
                    "The id \"{v}\" is used twice in `{}`; ids must be unique within their list.",
                    list.trim_start_matches('/')
                ),
            );
        }
    }
    seen
}

pub(crate) fn unknown_company(id: &str, at: &str, p: &mut Problems) {
    p.push(
        Code::RefUnknownCompany,
        at,
        format!("The company \"{id}\" is not in `companies`; add it or correct the id."),
    );
}

pub(crate) fn currency(c: &str, at: &str, p: &mut Problems) {
    if !c.is_empty() && currency_minor_units(c).is_none() {
        p.push(
            Code::CurrencyUnknown,
            at,
            format!("\"{c}\" is not an ISO 4217 currency code with minor units (like \"EUR\", \"RUB\", \"JPY\")."),
        );
    }
}

fn country(c: &str, at: &str, p: &mut Problems) {
    if !c.is_empty() && !is_country(c) {
        p.push(
            Code::CountryUnknown,
            at,
            format!("\"{c}\" is not an ISO 3166-1 alpha-2 country code (like \"IT\", \"RU\")."),
        );
    }
}

pub(crate) fn incoterm(t: &str, at: &str, p: &mut Problems) {
    if !INCOTERMS.contains(&t) {
        p.push(
            Code::IncotermUnknown,
            at,
            format!("\"{t}\" is not an Incoterms 2020 rule; use one of {}.", INCOTERMS.join(", ")),
        );
    }
}

pub(crate) fn date(d: &str, at: &str, p: &mut Problems) {
    if !d.is_empty() && !is_date(d) {
        p.push(Code::DateInvalid, at, format!("\"{d}\" is not a date written YYYY-MM-DD."));
    }
}
