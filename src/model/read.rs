//! How each model type is read from JSON: its fields, which are required, and their ranges.
//!
//! The checks that need the whole document (references, duplicates) are in `validate`.

use serde::de::MapAccess;

use super::*;
use crate::json::{Choice, ObjReader, Range, ReadObject, Slot};
use crate::model::Text;

/// Longest lead time accepted, in weeks (ten years).
const MAX_WEEKS: u64 = 520;

impl ReadObject for Project {
    const WHAT: &'static str = "a studio-project/1 object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut format, mut project, mut companies, mut rooms, mut items, mut assets) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "format" => r.text(&key, &mut format)?,
                "project" => r.object("project", &mut project)?,
                "companies" => r.list("companies", &mut companies)?,
                "rooms" => r.list("rooms", &mut rooms)?,
                "items" => r.list("items", &mut items)?,
                "assets" => r.list("assets", &mut assets)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Project {
            format: r.required("format", format),
            project: r.required("project", project),
            companies: r.required("companies", companies),
            rooms: rooms.get().unwrap_or_default(),
            items: r.required("items", items),
            assets: assets.get().unwrap_or_default(),
        })
    }
}

impl ReadObject for ProjectInfo {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut id, mut name, mut locale, mut currency, mut owner) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut client, mut delivery, mut date) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "id" => r.text(&key, &mut id)?,
                "name" => r.text(&key, &mut name)?,
                "locale" => r.text(&key, &mut locale)?,
                "currency" => r.text(&key, &mut currency)?,
                "owner" => r.text(&key, &mut owner)?,
                "client" => r.object("client", &mut client)?,
                "delivery" => r.object("delivery", &mut delivery)?,
                "date" => r.text(&key, &mut date)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(ProjectInfo {
            id: r.required_text("id", id),
            name: r.required_text("name", name),
            locale: r.required("locale", locale),
            currency: r.required("currency", currency),
            owner: r.required_text("owner", owner),
            client: client.get(),
            delivery: delivery.get(),
            date: date.get(),
        })
    }
}

impl Choice for PartyKind {
    const NAMES: &'static [&'static str] = &["private", "company"];
    fn parse(name: &str) -> Option<Self> {
        match name {
            "private" => Some(PartyKind::Private),
            "company" => Some(PartyKind::Company),
            _ => None,
        }
    }
}

impl ReadObject for Party {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut name, mut kind, mut address, mut country, mut tax_ids, mut email, mut phone) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "name" => r.text(&key, &mut name)?,
                "kind" => r.choice(&key, &mut kind)?,
                "address" => r.text(&key, &mut address)?,
                "country" => r.text(&key, &mut country)?,
                "tax_ids" => r.text_map("tax_ids", &mut tax_ids)?,
                "email" => r.text(&key, &mut email)?,
                "phone" => r.text(&key, &mut phone)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Party {
            name: r.required_text("name", name),
            kind: r.required("kind", kind),
            address: address.get(),
            country: country.get(),
            tax_ids: tax_ids.get().unwrap_or_default(),
            email: email.get(),
            phone: phone.get(),
        })
    }
}

impl ReadObject for Delivery {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut address, mut country, mut region, mut incoterm) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "address" => r.text(&key, &mut address)?,
                "country" => r.text(&key, &mut country)?,
                "region" => r.text(&key, &mut region)?,
                "incoterm" => r.text(&key, &mut incoterm)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Delivery {
            address: r.required_text("address", address),
            country: r.required("country", country),
            region: region.get(),
            incoterm: incoterm.get(),
        })
    }
}

impl ReadObject for Room {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut id, mut name) = (Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "id" => r.text(&key, &mut id)?,
                "name" => r.text(&key, &mut name)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Room { id: r.required_text("id", id), name: r.required_text("name", name) })
    }
}

impl Choice for MediaType {
    const NAMES: &'static [&'static str] = &["image/png", "image/jpeg", "image/svg+xml"];
    fn parse(name: &str) -> Option<Self> {
        match name {
            "image/png" => Some(MediaType::Png),
            "image/jpeg" => Some(MediaType::Jpeg),
            "image/svg+xml" => Some(MediaType::Svg),
            _ => None,
        }
    }
}

impl ReadObject for Asset {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut id, mut media_type, mut data) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "id" => r.text(&key, &mut id)?,
                "media_type" => r.choice(&key, &mut media_type)?,
                "data_base64" => r.data(&key, &mut data)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Asset {
            id: r.required_text("id", id),
            media_type: r.required("media_type", media_type),
            data_base64: r.required("data_base64", data),
        })
    }
}

impl Choice for CompanyKind {
    const NAMES: &'static [&'static str] = &["factory", "showroom", "supplier", "designer", "client"];
    fn parse(name: &str) -> Option<Self> {
        match name {
            "factory" => Some(CompanyKind::Factory),
            "showroom" => Some(CompanyKind::Showroom),
            "supplier" => Some(CompanyKind::Supplier),
            "designer" => Some(CompanyKind::Designer),
            "client" => Some(CompanyKind::Client),
            _ => None,
        }
    }
}

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

impl ReadObject for Bank {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut name, mut account, mut iban, mut bic, mut swift, mut corr) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "name" => r.text(&key, &mut name)?,
                "account" => r.text(&key, &mut account)?,
                "iban" => r.text(&key, &mut iban)?,
                "bic" => r.text(&key, &mut bic)?,
                "swift" => r.text(&key, &mut swift)?,
                "corr_account" => r.text(&key, &mut corr)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Bank {
            name: r.required_text("name", name),
            account: account.get(),
            iban: iban.get(),
            bic: bic.get(),
            swift: swift.get(),
            corr_account: corr.get(),
        })
    }
}

impl ReadObject for Endpoint {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut scheme, mut id) = (Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "scheme" => r.text(&key, &mut scheme)?,
                "id" => r.text(&key, &mut id)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Endpoint { scheme: r.required_text("scheme", scheme), id: r.required_text("id", id) })
    }
}

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

impl ReadObject for ItemOption {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut name, mut value) = (Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "name" => r.text(&key, &mut name)?,
                "value" => r.text(&key, &mut value)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(ItemOption { name: r.required_text("name", name), value: r.required("value", value) })
    }
}

impl ReadObject for Dimensions {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut w, mut d, mut h) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "width" => r.decimal(&key, Range::Positive, &mut w)?,
                "depth" => r.decimal(&key, Range::Positive, &mut d)?,
                "height" => r.decimal(&key, Range::Positive, &mut h)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Dimensions { width: r.required("width", w), depth: r.required("depth", d), height: r.required("height", h) })
    }
}

impl ReadObject for Package {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut per_unit, mut l, mut w, mut h, mut gross, mut net) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "per_unit" => r.decimal(&key, Range::Positive, &mut per_unit)?,
                "length_mm" => r.decimal(&key, Range::Positive, &mut l)?,
                "width_mm" => r.decimal(&key, Range::Positive, &mut w)?,
                "height_mm" => r.decimal(&key, Range::Positive, &mut h)?,
                "gross_kg" => r.decimal(&key, Range::NonNegative, &mut gross)?,
                "net_kg" => r.decimal(&key, Range::NonNegative, &mut net)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Package {
            per_unit: r.required("per_unit", per_unit),
            length_mm: r.required("length_mm", l),
            width_mm: r.required("width_mm", w),
            height_mm: r.required("height_mm", h),
            gross_kg: r.required("gross_kg", gross),
            net_kg: net.get(),
        })
    }
}

impl ReadObject for PartnerDirectory {
    const WHAT: &'static str = "a partner-directory/1 object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut format, mut companies, mut partnerships) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "format" => r.text(&key, &mut format)?,
                "companies" => r.list("companies", &mut companies)?,
                "partnerships" => r.list("partnerships", &mut partnerships)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(PartnerDirectory {
            format: r.required("format", format),
            companies: r.required("companies", companies),
            partnerships: r.required("partnerships", partnerships),
        })
    }
}

impl Choice for PartnershipStatus {
    const NAMES: &'static [&'static str] = &["active", "pending", "expired", "declined"];
    fn parse(name: &str) -> Option<Self> {
        match name {
            "active" => Some(PartnershipStatus::Active),
            "pending" => Some(PartnershipStatus::Pending),
            "expired" => Some(PartnershipStatus::Expired),
            "declined" => Some(PartnershipStatus::Declined),
            _ => None,
        }
    }
}

impl ReadObject for Partnership {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut supplier, mut manufacturer, mut status, mut since, mut discount) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "supplier" => r.text(&key, &mut supplier)?,
                "manufacturer" => r.text(&key, &mut manufacturer)?,
                "status" => r.choice(&key, &mut status)?,
                "since" => r.text(&key, &mut since)?,
                "discount_pct" => r.decimal(&key, Range::Percent, &mut discount)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Partnership {
            supplier: r.required_text("supplier", supplier),
            manufacturer: r.required_text("manufacturer", manufacturer),
            status: r.required("status", status),
            since: since.get(),
            discount_pct: discount.get(),
        })
    }
}

impl Choice for crate::money::words::Lang {
    const NAMES: &'static [&'static str] = &["ru", "en"];
    fn parse(name: &str) -> Option<Self> {
        match name {
            "ru" => Some(Self::Ru),
            "en" => Some(Self::En),
            _ => None,
        }
    }
}

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

impl ReadObject for Proforma {
    const WHAT: &'static str = "a proforma/1 object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut format, mut segment, mut issuer, mut number, mut date, mut valid_until) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut currency, mut incoterm, mut deposit, mut terms, mut lines, mut totals) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "format" => r.text(&key, &mut format)?,
                "segment" => r.text(&key, &mut segment)?,
                "issuer" => r.text(&key, &mut issuer)?,
                "number" => r.text(&key, &mut number)?,
                "date" => r.text(&key, &mut date)?,
                "valid_until" => r.text(&key, &mut valid_until)?,
                "currency" => r.text(&key, &mut currency)?,
                "incoterm" => r.text(&key, &mut incoterm)?,
                "deposit_pct" => r.decimal(&key, Range::Percent, &mut deposit)?,
                "payment_terms" => r.text(&key, &mut terms)?,
                "lines" => r.list("lines", &mut lines)?,
                "totals" => r.object("totals", &mut totals)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Proforma {
            format: r.required("format", format),
            segment: r.required_text("segment", segment),
            issuer: r.required_text("issuer", issuer),
            number: r.required_text("number", number),
            date: r.required("date", date),
            valid_until: valid_until.get(),
            currency: r.required("currency", currency),
            incoterm: incoterm.get(),
            deposit_pct: deposit.get(),
            payment_terms: terms.get(),
            lines: r.required("lines", lines),
            totals: totals.get(),
        })
    }
}

impl ReadObject for ProformaLine {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut item, mut sku, mut name, mut quantity, mut unit) =
            (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut price, mut discount, mut vat, mut lead) = (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "item" => r.text(&key, &mut item)?,
                "sku" => r.text(&key, &mut sku)?,
                "name" => r.text(&key, &mut name)?,
                "quantity" => r.decimal(&key, Range::Positive, &mut quantity)?,
                "unit" => r.text(&key, &mut unit)?,
                "unit_price" => r.decimal(&key, Range::NonNegative, &mut price)?,
                "discount_pct" => r.decimal(&key, Range::Percent, &mut discount)?,
                "vat_pct" => r.decimal(&key, Range::NonNegative, &mut vat)?,
                "lead_time_weeks" => r.integer(&key, MAX_WEEKS, &mut lead)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(ProformaLine {
            item: item.get(),
            sku: r.required_text("sku", sku),
            name: name.get(),
            quantity: r.required("quantity", quantity),
            unit: unit.get(),
            unit_price: r.required("unit_price", price),
            discount_pct: discount.get(),
            vat_pct: vat.get(),
            lead_time_weeks: lead.get(),
        })
    }
}

impl ReadObject for ProformaTotals {
    const WHAT: &'static str = "an object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut net, mut vat, mut total) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "net" => r.decimal(&key, Range::Any, &mut net)?,
                "vat" => r.decimal(&key, Range::Any, &mut vat)?,
                "total" => r.decimal(&key, Range::Any, &mut total)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(ProformaTotals { net: net.get(), vat: vat.get(), total: total.get() })
    }
}
