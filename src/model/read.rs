//! How each model type is read from JSON: its fields, which are required, and their ranges.
//!
//! The checks that need the whole document (references, duplicates) are in `validate`.

use serde::de::MapAccess;

use super::*;
use crate::json::{choice, object_reader, ObjReader, Range, ReadObject, Slot};
use crate::model::Text;

/// Longest lead time accepted, in weeks (ten years).
const MAX_WEEKS: u64 = 520;

object_reader!(Project, "a studio-project/1 object", {
    format: text => required,
    project: object => required,
    companies: list => required,
    rooms: list => or_default,
    items: list => required,
    assets: list => or_default,
});

object_reader!(ProjectInfo, "an object", {
    id: text => required_text,
    name: text => required_text,
    locale: text => required,
    currency: text => required,
    owner: text => required_text,
    client: object => optional,
    delivery: object => optional,
    date: text => optional,
});

choice!(PartyKind { "private" => PartyKind::Private, "company" => PartyKind::Company });

object_reader!(Party, "an object", {
    name: text => required_text,
    kind: choice => required,
    address: text => optional,
    country: text => optional,
    tax_ids: text_map => or_default,
    email: text => optional,
    phone: text => optional,
});

object_reader!(Delivery, "an object", {
    address: text => required_text,
    country: text => required,
    region: text => optional,
    incoterm: text => optional,
});

object_reader!(Room, "an object", {
    id: text => required_text,
    name: text => required_text,
});

choice!(MediaType { "image/png" => MediaType::Png, "image/jpeg" => MediaType::Jpeg, "image/svg+xml" => MediaType::Svg });

object_reader!(Asset, "an object", {
    id: text => required_text,
    media_type: choice => required,
    data_base64: data => required,
});

choice!(CompanyKind {
    "factory" => CompanyKind::Factory,
    "showroom" => CompanyKind::Showroom,
    "supplier" => CompanyKind::Supplier,
    "designer" => CompanyKind::Designer,
    "client" => CompanyKind::Client,
});

/// The fields of a company, shared by the project's and the directory's companies.
#[derive(Default)]
struct CompanySlots {
    id: Slot<Text>,
    kind: Slot<CompanyKind>,
    name: Slot<Text>,
    legal_name: Slot<Text>,
    country: Slot<Text>,
    address: Slot<Text>,
    tax_ids: Slot<std::collections::BTreeMap<String, String>>,
    bank: Slot<Bank>,
    email: Slot<Text>,
    phone: Slot<Text>,
    endpoint: Slot<Endpoint>,
    logo: Slot<Text>,
}

impl CompanySlots {
    /// Reads `key` if it is a company field; `false` if it is not.
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, r: &mut ObjReader<'_, 'de, A>) -> Result<bool, A::Error> {
        match key {
            "id" => r.text(key, &mut self.id)?,
            "kind" => r.choice(key, &mut self.kind)?,
            "name" => r.text(key, &mut self.name)?,
            "legal_name" => r.text(key, &mut self.legal_name)?,
            "country" => r.text(key, &mut self.country)?,
            "address" => r.text(key, &mut self.address)?,
            "tax_ids" => r.text_map("tax_ids", &mut self.tax_ids)?,
            "bank" => r.object("bank", &mut self.bank)?,
            "email" => r.text(key, &mut self.email)?,
            "phone" => r.text(key, &mut self.phone)?,
            "endpoint" => r.object("endpoint", &mut self.endpoint)?,
            "logo" => r.text(key, &mut self.logo)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn finish<'de, A: MapAccess<'de>>(self, r: &mut ObjReader<'_, 'de, A>) -> Company {
        Company {
            id: r.required_text("id", self.id),
            kind: r.required("kind", self.kind),
            name: r.required_text("name", self.name),
            legal_name: self.legal_name.get(),
            country: self.country.get(),
            address: self.address.get(),
            tax_ids: self.tax_ids.get().unwrap_or_default(),
            bank: self.bank.get(),
            email: self.email.get(),
            phone: self.phone.get(),
            endpoint: self.endpoint.get(),
            logo: self.logo.get(),
        }
    }
}

impl ReadObject for Company {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut c = CompanySlots::default();
        while let Some(key) = r.next_key()? {
            if !c.read(&key, r)? {
                r.unknown(&key)?;
            }
        }
        Ok(c.finish(r))
    }
}

impl ReadObject for DirectoryCompany {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut c = CompanySlots::default();
        let (mut regions, mut rating) = (Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "regions" => r.text_list("regions", &mut regions)?,
                "rating" => r.decimal(&key, Range::Rating, &mut rating)?,
                _ => {
                    if !c.read(&key, r)? {
                        r.unknown(&key)?;
                    }
                }
            }
        }
        Ok(DirectoryCompany { company: c.finish(r), regions: regions.get().unwrap_or_default(), rating: rating.get() })
    }
}

object_reader!(Bank, "an object", {
    name: text => required_text,
    account: text => optional,
    iban: text => optional,
    bic: text => optional,
    swift: text => optional,
    corr_account: text => optional,
});

object_reader!(Endpoint, "an object", {
    scheme: text => required_text,
    id: text => required_text,
});

impl ReadObject for Item {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut s = ItemSlots::default();
        while let Some(key) = r.next_key()? {
            match &*key {
                "id" => r.text(&key, &mut s.id)?,
                "sku" => r.text(&key, &mut s.sku)?,
                "name" => r.text(&key, &mut s.name)?,
                "description" => r.text(&key, &mut s.description)?,
                "manufacturer" => r.text(&key, &mut s.manufacturer)?,
                "source" => r.text(&key, &mut s.source)?,
                "room" => r.text(&key, &mut s.room)?,
                "quantity" => r.decimal(&key, Range::Positive, &mut s.quantity)?,
                "unit" => r.text(&key, &mut s.unit)?,
                "unit_price" => r.decimal(&key, Range::NonNegative, &mut s.unit_price)?,
                "currency" => r.text(&key, &mut s.currency)?,
                "discount_pct" => r.decimal(&key, Range::Percent, &mut s.discount_pct)?,
                "vat_pct" => r.decimal(&key, Range::NonNegative, &mut s.vat_pct)?,
                "options" => r.list("options", &mut s.options)?,
                "dimensions_mm" => r.object("dimensions_mm", &mut s.dimensions_mm)?,
                "net_weight_kg" => r.decimal(&key, Range::NonNegative, &mut s.net_weight_kg)?,
                "packages" => r.list("packages", &mut s.packages)?,
                "hs_code" => r.text(&key, &mut s.hs_code)?,
                "origin" => r.text(&key, &mut s.origin)?,
                "lead_time_weeks" => r.integer(&key, MAX_WEEKS, &mut s.lead_time_weeks)?,
                "image" => r.text(&key, &mut s.image)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Item {
            id: r.required_text("id", s.id),
            sku: r.required_text("sku", s.sku),
            name: r.required_text("name", s.name),
            description: s.description.get(),
            manufacturer: r.required_text("manufacturer", s.manufacturer),
            source: s.source.get(),
            room: s.room.get(),
            quantity: r.required("quantity", s.quantity),
            unit: s.unit.get(),
            unit_price: s.unit_price.get(),
            currency: s.currency.get(),
            discount_pct: s.discount_pct.get(),
            vat_pct: s.vat_pct.get(),
            options: s.options.get().unwrap_or_default(),
            dimensions_mm: s.dimensions_mm.get(),
            net_weight_kg: s.net_weight_kg.get(),
            packages: s.packages.get().unwrap_or_default(),
            hs_code: s.hs_code.get(),
            origin: s.origin.get(),
            lead_time_weeks: s.lead_time_weeks.get(),
            image: s.image.get(),
        })
    }
}

#[derive(Default)]
struct ItemSlots {
    id: Slot<Text>,
    sku: Slot<Text>,
    name: Slot<Text>,
    description: Slot<Text>,
    manufacturer: Slot<Text>,
    source: Slot<Text>,
    room: Slot<Text>,
    quantity: Slot<rust_decimal::Decimal>,
    unit: Slot<Text>,
    unit_price: Slot<rust_decimal::Decimal>,
    currency: Slot<Text>,
    discount_pct: Slot<rust_decimal::Decimal>,
    vat_pct: Slot<rust_decimal::Decimal>,
    options: Slot<Vec<ItemOption>>,
    dimensions_mm: Slot<Dimensions>,
    net_weight_kg: Slot<rust_decimal::Decimal>,
    packages: Slot<Vec<Package>>,
    hs_code: Slot<Text>,
    origin: Slot<Text>,
    lead_time_weeks: Slot<u32>,
    image: Slot<Text>,
}

object_reader!(ItemOption, "an object", {
    name: text => required_text,
    value: text => required,
});

object_reader!(Dimensions, "an object", {
    width: decimal(Range::Positive) => required,
    depth: decimal(Range::Positive) => required,
    height: decimal(Range::Positive) => required,
});

object_reader!(Package, "an object", {
    per_unit: decimal(Range::Positive) => required,
    length_mm: decimal(Range::Positive) => required,
    width_mm: decimal(Range::Positive) => required,
    height_mm: decimal(Range::Positive) => required,
    gross_kg: decimal(Range::NonNegative) => required,
    net_kg: decimal(Range::NonNegative) => optional,
});

object_reader!(PartnerDirectory, "a partner-directory/1 object", {
    format: text => required,
    companies: list => required,
    partnerships: list => required,
});

choice!(PartnershipStatus {
    "active" => PartnershipStatus::Active,
    "pending" => PartnershipStatus::Pending,
    "expired" => PartnershipStatus::Expired,
    "declined" => PartnershipStatus::Declined,
});

object_reader!(Partnership, "an object", {
    supplier: text => required_text,
    manufacturer: text => required_text,
    status: choice => required,
    since: text => optional,
    discount_pct: decimal(Range::Percent) => optional,
});

choice!(crate::text::Lang { "ru" => crate::text::Lang::Ru, "en" => crate::text::Lang::En });

impl ReadObject for crate::money::words::WordsRequest {
    const WHAT: &'static str = "a words request object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut amount, mut currency, mut language) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "amount" => r.decimal(&key, Range::Any, &mut amount)?,
                "currency" => r.text(&key, &mut currency)?,
                "language" => r.choice(&key, &mut language)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Self {
            amount: r.required("amount", amount),
            currency: r.required_text("currency", currency),
            language: r.required("language", language),
        })
    }
}

object_reader!(Proforma, "a proforma/1 object", {
    format: text => required,
    segment: text => required_text,
    issuer: text => required_text,
    number: text => required_text,
    date: text => required,
    valid_until: text => optional,
    currency: text => required,
    incoterm: text => optional,
    deposit_pct: decimal(Range::Percent) => optional,
    payment_terms: text => optional,
    ship_date: text => optional,
    lines: list => required,
    totals: object => optional,
});

object_reader!(ProformaLine, "an object", {
    item: text => optional,
    sku: text => required_text,
    name: text => optional,
    quantity: decimal(Range::Positive) => required,
    unit: text => optional,
    unit_price: decimal(Range::NonNegative) => required,
    discount_pct: decimal(Range::Percent) => optional,
    vat_pct: decimal(Range::NonNegative) => optional,
    lead_time_weeks: integer(MAX_WEEKS) => optional,
    ship_date: text => optional,
});

object_reader!(ProformaTotals, "an object", {
    net: decimal(Range::Any) => optional,
    vat: decimal(Range::Any) => optional,
    total: decimal(Range::Any) => optional,
});
