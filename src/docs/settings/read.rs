//! Reading settings and document requests from JSON, every problem with its JSON Pointer.

use serde::de::MapAccess;

use super::*;
use crate::json::choice;
use crate::json::{object_reader, ObjReader, Range, ReadObject, Slot};

choice!(Kind {
    "specification" => Kind::Specification,
    "proforma_request" => Kind::ProformaRequest,
    "proforma" => Kind::Proforma,
    "packing_list" => Kind::PackingList,
    "purchase_order" => Kind::PurchaseOrder,
});
choice!(Audience { "client" => Audience::Client, "supplier" => Audience::Supplier });
choice!(Paper { "a4" => Paper::A4, "us_letter" => Paper::UsLetter });
choice!(VatPolicy { "per_document" => VatPolicy::PerDocument, "per_line" => VatPolicy::PerLine });
choice!(Rounding { "half_away_from_zero" => Rounding::HalfAwayFromZero, "half_even" => Rounding::HalfEven });
choice!(Output {
    "pdf" => Output::Pdf,
    "png" => Output::Png,
    "json" => Output::Json,
    "xlsx" => Output::Xlsx,
    "csv" => Output::Csv,
    "ubl" => Output::Ubl,
    "cii" => Output::Cii,
    "facturx" => Output::Facturx,
});

/// Largest number a series may start from, and the widest padding.
const MAX_NEXT: u64 = 999_999_999;
const MAX_WIDTH: u64 = 12;
const MAX_DPI: u64 = 300;
const MAX_DAYS: u64 = 3650;

impl ReadObject for Vat {
    const WHAT: &'static str = "a VAT settings object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut policy, mut rate, mut incl) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "policy" => r.choice(&key, &mut policy)?,
                "rate" => r.decimal(&key, Range::Percent, &mut rate)?,
                "prices_include_vat" => r.boolean(&key, &mut incl)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Vat {
            policy: policy.get().unwrap_or_default(),
            rate: rate.get(),
            prices_include_vat: incl.get().unwrap_or(false),
        })
    }
}

impl ReadObject for Series {
    const WHAT: &'static str = "a number series object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut prefix, mut next, mut width) = (Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "prefix" => r.text(&key, &mut prefix)?,
                "next" => r.integer(&key, MAX_NEXT, &mut next)?,
                "width" => r.integer(&key, MAX_WIDTH, &mut width)?,
                _ => r.unknown(&key)?,
            }
        }
        Ok(Series {
            prefix: prefix.get().unwrap_or_default(),
            next: r.required("next", next),
            width: width.get().unwrap_or(0),
        })
    }
}

object_reader!(SeriesSet, "an object of number series by document kind", {
    specification: object => optional,
    proforma_request: object => optional,
    proforma: object => optional,
    packing_list: object => optional,
    purchase_order: object => optional,
});

object_reader!(FxRate, "an exchange rate object", {
    from: text => required_text,
    to: text => required_text,
    rate: decimal(Range::Positive) => required,
});

object_reader!(HostFont, "a font object", {
    data_base64: data => required,
});

object_reader!(Branding, "a branding object", {
    logo: text => optional,
    accent: text => optional,
    footer: text => optional,
});

/// The fields of settings, shared by a settings object, a document request and a client
/// invoice request.
#[derive(Default)]
pub(crate) struct SettingsSlots {
    audience: Slot<Audience>,
    language: Slot<Lang>,
    number: Slot<Text>,
    revision: Slot<u32>,
    series: Slot<SeriesSet>,
    date: Slot<Text>,
    currency: Slot<Text>,
    fx: Slot<Vec<FxRate>>,
    vat: Slot<Vat>,
    rounding: Slot<Rounding>,
    markup_pct: Slot<Decimal>,
    deposit_pct: Slot<Decimal>,
    payment_terms: Slot<Text>,
    valid_until: Slot<Text>,
    validity_days: Slot<u32>,
    incoterm: Slot<Text>,
    buyer: Slot<Text>,
    reference: Slot<Text>,
    ship_to: Slot<Text>,
    ship_date: Slot<Text>,
    sidemark: Slot<Text>,
    companies: Slot<Vec<Company>>,
    branding: Slot<Branding>,
    paper: Slot<Paper>,
    tagged: Slot<bool>,
    template: Slot<String>,
    fonts: Slot<Vec<HostFont>>,
    preview_dpi: Slot<u32>,
}

impl SettingsSlots {
    /// Reads `key` if it is a settings field; `false` if it is not.
    pub(crate) fn read<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        r: &mut ObjReader<'_, 'de, A>,
    ) -> Result<bool, A::Error> {
        match key {
            "audience" => r.choice(key, &mut self.audience)?,
            "language" => r.choice(key, &mut self.language)?,
            "number" => r.text(key, &mut self.number)?,
            "revision" => r.integer(key, 999, &mut self.revision)?,
            "series" => r.object("series", &mut self.series)?,
            "date" => r.text(key, &mut self.date)?,
            "currency" => r.text(key, &mut self.currency)?,
            "fx" => r.list("fx", &mut self.fx)?,
            "vat" => r.object("vat", &mut self.vat)?,
            "rounding" => r.choice(key, &mut self.rounding)?,
            "markup_pct" => r.decimal(key, Range::NonNegative, &mut self.markup_pct)?,
            "deposit_pct" => r.decimal(key, Range::Percent, &mut self.deposit_pct)?,
            "payment_terms" => r.text(key, &mut self.payment_terms)?,
            "valid_until" => r.text(key, &mut self.valid_until)?,
            "validity_days" => r.integer(key, MAX_DAYS, &mut self.validity_days)?,
            "incoterm" => r.text(key, &mut self.incoterm)?,
            "buyer" => r.text(key, &mut self.buyer)?,
            "reference" => r.text(key, &mut self.reference)?,
            "ship_to" => r.text(key, &mut self.ship_to)?,
            "ship_date" => r.text(key, &mut self.ship_date)?,
            "sidemark" => r.text(key, &mut self.sidemark)?,
            "companies" => r.list("companies", &mut self.companies)?,
            "branding" => r.object("branding", &mut self.branding)?,
            "paper" => r.choice(key, &mut self.paper)?,
            "tagged" => r.boolean(key, &mut self.tagged)?,
            "template" => r.data(key, &mut self.template)?,
            "fonts" => r.list("fonts", &mut self.fonts)?,
            "preview_dpi" => r.integer(key, MAX_DPI, &mut self.preview_dpi)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    pub(crate) fn finish(self) -> Settings {
        Settings {
            audience: self.audience.get().unwrap_or_default(),
            language: self.language.get(),
            number: self.number.get(),
            revision: self.revision.get(),
            series: self.series.get().unwrap_or_default(),
            date: self.date.get(),
            currency: self.currency.get(),
            fx: self.fx.get().unwrap_or_default(),
            vat: self.vat.get().unwrap_or_default(),
            rounding: self.rounding.get().unwrap_or_default(),
            markup_pct: self.markup_pct.get(),
            deposit_pct: self.deposit_pct.get(),
            payment_terms: self.payment_terms.get(),
            valid_until: self.valid_until.get(),
            validity_days: self.validity_days.get(),
            incoterm: self.incoterm.get(),
            buyer: self.buyer.get(),
            reference: self.reference.get(),
            ship_to: self.ship_to.get(),
            ship_date: self.ship_date.get(),
            sidemark: self.sidemark.get(),
            companies: self.companies.get().unwrap_or_default(),
            branding: self.branding.get().unwrap_or_default(),
            paper: self.paper.get().unwrap_or_default(),
            tagged: self.tagged.get().unwrap_or(true),
            template: self.template.get(),
            fonts: self.fonts.get().unwrap_or_default(),
            preview_dpi: self.preview_dpi.get(),
        }
    }
}

impl ReadObject for Settings {
    const WHAT: &'static str = "a document settings object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut s = SettingsSlots::default();
        while let Some(key) = r.next_key()? {
            if !s.read(&key, r)? {
                r.unknown(&key)?;
            }
        }
        Ok(s.finish())
    }
}

impl ReadObject for Request {
    const WHAT: &'static str = "a document request object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut s = SettingsSlots::default();
        let (mut kind, mut segment, mut format, mut page) = (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "kind" => r.choice(&key, &mut kind)?,
                "segment" => r.text(&key, &mut segment)?,
                "format" => r.choice(&key, &mut format)?,
                "page" => r.integer(&key, 10_000, &mut page)?,
                _ => {
                    if !s.read(&key, r)? {
                        r.unknown(&key)?;
                    }
                }
            }
        }
        Ok(Request {
            kind: r.required("kind", kind),
            segment: segment.get(),
            format: format.get().unwrap_or_default(),
            page: page.get().unwrap_or(1).max(1),
            settings: s.finish(),
        })
    }
}
