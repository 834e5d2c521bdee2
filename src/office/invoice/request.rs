//! A client invoice request (`interfaces.md`, "Client invoice request"): the segments, the
//! seller, the costs, the prices it builds on, and every document setting.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::de::MapAccess;
use serde::Serialize;

use crate::docs::settings::read::SettingsSlots;
use crate::docs::settings::{Output, Settings};
use crate::json::{choice, object_reader, ObjReader, Range, ReadObject, Slot};
use crate::model::{Proforma, Text};

/// What the Front Office is asked to invoice, and how.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "invoice request")]
pub struct InvoiceRequest {
    /// The segments invoiced, in the order their lines are printed.
    pub segments: Vec<Text>,
    /// The company that invoices: a company of the project (or of the settings' `companies`).
    pub seller: Text,
    /// Costs added to the goods, in the order they are applied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub costs: Vec<Cost>,
    /// Accepted `proforma/1` objects: their prices replace the project's purchase prices for
    /// their segments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proformas: Vec<Proforma>,
    /// Markup per segment (percent), over the request's `markup_pct`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub segment_markup_pct: BTreeMap<String, Decimal>,
    /// Per item: its own markup, sale price or VAT rate.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lines: BTreeMap<String, LinePricing>,
    /// Amounts already paid, in the invoice's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid: Option<Decimal>,
    /// When the deposit is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_due: Option<Text>,
    /// When the balance is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_due: Option<Text>,
    /// `json` (default: the model), `pdf` or `png`.
    #[schemars(default)]
    pub format: Output,
    /// The page a PNG preview shows, from 1.
    #[schemars(default)]
    pub page: u32,
    /// Every document setting (number, date, language, currency, fx, vat, markup_pct,
    /// deposit_pct, payment_terms, branding, paper, …).
    #[serde(flatten)]
    pub settings: Settings,
}

/// An item's own pricing on the invoice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(default)]
pub struct LinePricing {
    /// Markup over the line's purchase net, percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markup_pct: Option<Decimal>,
    /// The sale unit price (instead of a markup), in the currency the line is bought in: the
    /// item's, or its accepted proforma's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sale_price: Option<Decimal>,
    /// The VAT rate of this line, over the request's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_pct: Option<Decimal>,
}

/// A cost added in the Front Office.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Cost {
    /// What it is.
    pub kind: CostKind,
    /// As printed; default: the kind's name in the document's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// A fixed amount (in `currency`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// The amount's currency; default: the invoice's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// A percentage of the goods (a design fee), instead of an amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percent_of_goods: Option<Decimal>,
    /// Spread into the goods lines by this basis; absent: printed as its own line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allocate: Option<Basis>,
    /// `manual` allocation: the amount per item id, in the invoice's currency; they must add
    /// up to the cost.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub shares: BTreeMap<String, Decimal>,
    /// The cost's own VAT rate (a cost printed as its own line), over the request's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_pct: Option<Decimal>,
}

/// Kinds of added cost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CostKind {
    /// Freight.
    Logistics,
    /// Duties and clearance.
    Customs,
    /// Assembly and installation.
    Installation,
    /// The designer's fee.
    DesignFee,
    /// Anything else.
    #[default]
    Other,
}

impl CostKind {
    /// The name used as a key (`allocated`) and in messages.
    pub fn as_str(self) -> &'static str {
        crate::json::Choice::name(self)
    }
}

/// How a cost is spread over the goods lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// By line amount (step 4).
    Value,
    /// By quantity.
    Quantity,
    /// By the gross weight of the line's counted boxes.
    GrossWeight,
    /// By the volume of the line's counted boxes.
    Volume,
    /// Equally.
    Equal,
    /// By the amounts in `shares`.
    Manual,
}

choice!(CostKind {
    "logistics" => CostKind::Logistics,
    "customs" => CostKind::Customs,
    "installation" => CostKind::Installation,
    "design_fee" => CostKind::DesignFee,
    "other" => CostKind::Other,
});

choice!(Basis {
    "value" => Basis::Value,
    "quantity" => Basis::Quantity,
    "gross_weight" => Basis::GrossWeight,
    "volume" => Basis::Volume,
    "equal" => Basis::Equal,
    "manual" => Basis::Manual,
});

impl ReadObject for InvoiceRequest {
    const WHAT: &'static str = "a client invoice request object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        read_request(r, false)
    }
}

/// The terms of a client invoice issued in a deal: an invoice request without `segments`,
/// `seller`, `proformas` and `revision`, which the deal gives (given anyway, they are passed
/// over); those fields are left empty.
pub struct InvoiceTerms(pub InvoiceRequest);

impl ReadObject for InvoiceTerms {
    const WHAT: &'static str = "a client invoice's settings";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        read_request(r, true).map(InvoiceTerms)
    }
}

fn read_request<'de, A: MapAccess<'de>>(
    r: &mut ObjReader<'_, 'de, A>,
    in_deal: bool,
) -> Result<InvoiceRequest, A::Error> {
    let mut s = SettingsSlots::default();
    let (mut segments, mut seller, mut costs, mut proformas) = (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
    let (mut seg_markup, mut lines, mut paid) = (Slot::Absent, Slot::Absent, Slot::Absent);
    let (mut deposit_due, mut balance_due, mut format, mut page) =
        (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
    while let Some(key) = r.next_key()? {
        match &*key {
            // In a deal these come from the deal: given anyway, they are passed over.
            "segments" | "seller" | "proformas" | "revision" if in_deal => r.skip()?,
            "segments" => r.text_list("segments", &mut segments)?,
            "seller" => r.text(&key, &mut seller)?,
            "costs" => r.list("costs", &mut costs)?,
            "proformas" => r.list("proformas", &mut proformas)?,
            "segment_markup_pct" => r.object("segment_markup_pct", &mut seg_markup)?,
            "lines" => r.object("lines", &mut lines)?,
            "paid" => r.decimal(&key, Range::NonNegative, &mut paid)?,
            "deposit_due" => r.text(&key, &mut deposit_due)?,
            "balance_due" => r.text(&key, &mut balance_due)?,
            "format" => r.choice(&key, &mut format)?,
            "page" => r.integer(&key, 10_000, &mut page)?,
            _ => {
                if !s.read(&key, r)? {
                    r.unknown(&key)?;
                }
            }
        }
    }
    let (segments, seller) = if in_deal {
        (Vec::new(), Text::default())
    } else {
        let segments: Vec<Text> = r.required("segments", segments);
        if segments.is_empty() {
            r.problem("segments", crate::Code::FieldMissing, "Name at least one segment to invoice.".into());
        }
        (segments, r.required_text("seller", seller))
    };
    Ok(InvoiceRequest {
        segments,
        seller,
        costs: costs.get().unwrap_or_default(),
        proformas: proformas.get().unwrap_or_default(),
        segment_markup_pct: seg_markup.get().map(|m: Percents| m.0).unwrap_or_default(),
        lines: lines.get().map(|m: Lines| m.0).unwrap_or_default(),
        paid: paid.get(),
        deposit_due: deposit_due.get(),
        balance_due: balance_due.get(),
        format: format.get().unwrap_or(Output::Json),
        page: page.get().unwrap_or(1).max(1),
        settings: s.finish(),
    })
}

/// `{ "<segment id>": "<percent>" }`.
struct Percents(BTreeMap<String, Decimal>);

impl ReadObject for Percents {
    const WHAT: &'static str = "an object of percentages by segment id";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = r.next_key()? {
            let mut slot = Slot::Absent;
            r.decimal(&key, Range::NonNegative, &mut slot)?;
            if let Some(v) = slot.get() {
                out.insert(key.to_string(), v);
            }
        }
        Ok(Percents(out))
    }
}

/// `{ "<item id>": { "markup_pct"?, "sale_price"?, "vat_pct"? } }`.
struct Lines(BTreeMap<String, LinePricing>);

impl ReadObject for Lines {
    const WHAT: &'static str = "an object of line pricing by item id";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = r.next_key()? {
            let mut slot = Slot::Absent;
            r.object_at(&key, &mut slot)?;
            if let Some(v) = slot.get() {
                out.insert(key.to_string(), v);
            }
        }
        Ok(Lines(out))
    }
}

object_reader!(LinePricing, "a line pricing object", {
    markup_pct: decimal(Range::NonNegative) => optional,
    sale_price: decimal(Range::NonNegative) => optional,
    vat_pct: decimal(Range::NonNegative) => optional,
});

impl ReadObject for Cost {
    const WHAT: &'static str = "a cost object";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let (mut kind, mut label, mut amount, mut currency) = (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        let (mut pct, mut allocate, mut shares, mut vat) = (Slot::Absent, Slot::Absent, Slot::Absent, Slot::Absent);
        while let Some(key) = r.next_key()? {
            match &*key {
                "kind" => r.choice(&key, &mut kind)?,
                "label" => r.text(&key, &mut label)?,
                "amount" => r.decimal(&key, Range::Any, &mut amount)?,
                "currency" => r.text(&key, &mut currency)?,
                "percent_of_goods" => r.decimal(&key, Range::Percent, &mut pct)?,
                "allocate" => r.choice(&key, &mut allocate)?,
                "shares" => r.object("shares", &mut shares)?,
                "vat_pct" => r.decimal(&key, Range::NonNegative, &mut vat)?,
                _ => r.unknown(&key)?,
            }
        }
        let cost = Cost {
            kind: r.required("kind", kind),
            label: label.get(),
            amount: amount.get(),
            currency: currency.get(),
            percent_of_goods: pct.get(),
            allocate: allocate.get(),
            shares: shares.get().map(|m: Amounts| m.0).unwrap_or_default(),
            vat_pct: vat.get(),
        };
        match (cost.amount.is_some(), cost.percent_of_goods.is_some()) {
            (true, true) => r.problem(
                "percent_of_goods",
                crate::Code::CostAmountOrPercent,
                "A cost is either an `amount` or a `percent_of_goods`, not both.".into(),
            ),
            (false, false) => r.problem(
                "amount",
                crate::Code::CostAmountOrPercent,
                "A cost needs an `amount` (with its `currency`) or a `percent_of_goods`.".into(),
            ),
            _ => {}
        }
        Ok(cost)
    }
}

/// `{ "<item id>": "<amount>" }`.
struct Amounts(BTreeMap<String, Decimal>);

impl ReadObject for Amounts {
    const WHAT: &'static str = "an object of amounts by item id";
    fn read<'de, A: MapAccess<'de>>(r: &mut ObjReader<'_, 'de, A>) -> Result<Self, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = r.next_key()? {
            let mut slot = Slot::Absent;
            r.decimal(&key, Range::Any, &mut slot)?;
            if let Some(v) = slot.get() {
                out.insert(key.to_string(), v);
            }
        }
        Ok(Amounts(out))
    }
}
