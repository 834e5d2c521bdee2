//! What a host says about the documents it asks for: language, number and date (never the
//! clock), currency and rates, VAT policy, terms, branding and paper. Every field is optional;
//! [`Settings::default`] is what `bureau documents` uses without `--settings`.

mod check;
pub(crate) mod read;

pub use check::check;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Company, Text};
use crate::money::words::Lang;
use crate::money::Rounding;

/// The kinds of document this engine builds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Items grouped by room, for the client or a supplier (project or segment).
    #[default]
    Specification,
    /// What the managing supplier asks the segment's source for (segment).
    ProformaRequest,
    /// The seller's proforma to its buyer (segment).
    Proforma,
    /// Boxes, contents, weights and volume (segment).
    PackingList,
    /// The managing supplier's order to the segment's source, at the source's prices (segment).
    PurchaseOrder,
}

impl Kind {
    /// Every kind, in the order a batch builds them.
    pub const ALL: [Kind; 5] =
        [Kind::Specification, Kind::ProformaRequest, Kind::Proforma, Kind::PackingList, Kind::PurchaseOrder];

    /// The kinds a batch builds when none is named: an order is placed when asked for, never by
    /// default.
    pub const DEFAULT: [Kind; 4] = [Kind::Specification, Kind::ProformaRequest, Kind::Proforma, Kind::PackingList];

    /// The stable name (`proforma_request`).
    pub fn as_str(self) -> &'static str {
        crate::json::Choice::name(self)
    }

    /// The prefix of the default number series.
    pub fn default_prefix(self) -> &'static str {
        match self {
            Kind::Specification => "SP",
            Kind::ProformaRequest => "RQ",
            Kind::Proforma => "PF",
            Kind::PackingList => "PL",
            Kind::PurchaseOrder => "PO",
        }
    }
}

/// Who a document is for: decides which prices it may show (`roles-and-partners.md`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The end client: never purchase prices, discounts or margins; sale prices only when a
    /// markup is given.
    #[default]
    Client,
    /// A supplier (or the project's own team): purchase prices, discounts and nets.
    Supplier,
}

/// Paper size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    /// ISO A4 (default).
    #[default]
    A4,
    /// US Letter.
    UsLetter,
}

impl Paper {
    /// typst's name for it.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::UsLetter => "us-letter",
        }
    }
}

/// How VAT is computed (`segments-and-money.md`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VatPolicy {
    /// Per rate over the document (EN 16931).
    #[default]
    PerDocument,
    /// Each line's tax rounded, then summed (as 1C prints it).
    PerLine,
}

/// VAT settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(default)]
pub struct Vat {
    /// `per_document` (default) or `per_line`.
    pub policy: VatPolicy,
    /// The rate for lines whose item gives none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<Decimal>,
    /// Line amounts already include VAT ("в т.ч. НДС").
    pub prices_include_vat: bool,
}

/// A number series kept by the host: `prefix` + `next` padded to `width` digits.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Series {
    /// Text before the number (`PF-2026-`).
    #[schemars(default)]
    pub prefix: Text,
    /// The next number to use.
    pub next: u32,
    /// Digits, zero-padded (`4` → `0042`).
    #[schemars(default)]
    pub width: u32,
}

impl Series {
    /// The number `offset` places after `next`.
    pub fn number(&self, offset: u32) -> String {
        let n = u64::from(self.next).saturating_add(u64::from(offset));
        format!("{}{:0width$}", self.prefix, n, width = self.width.min(12) as usize)
    }
}

/// Number series, one per kind: proformas and requests never use up another series.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(default)]
pub struct SeriesSet {
    /// Series of specifications.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub specification: Option<Series>,
    /// Series of proforma requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proforma_request: Option<Series>,
    /// Series of proformas.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proforma: Option<Series>,
    /// Series of packing lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub packing_list: Option<Series>,
    /// Series of purchase orders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchase_order: Option<Series>,
}

impl SeriesSet {
    /// The series of `kind`, if the host gave one.
    pub fn of(&self, kind: Kind) -> Option<&Series> {
        match kind {
            Kind::Specification => self.specification.as_ref(),
            Kind::ProformaRequest => self.proforma_request.as_ref(),
            Kind::Proforma => self.proforma.as_ref(),
            Kind::PackingList => self.packing_list.as_ref(),
            Kind::PurchaseOrder => self.purchase_order.as_ref(),
        }
    }
}

/// An explicit exchange rate: 1 `from` = `rate` `to`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct FxRate {
    /// ISO 4217 code converted from.
    pub from: Text,
    /// ISO 4217 code converted to.
    pub to: Text,
    /// Units of `to` per unit of `from`.
    pub rate: Decimal,
}

/// A font the host adds to a document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct HostFont {
    /// The font file (TrueType, OpenType or a collection), base64.
    pub data_base64: String,
}

/// Logo, colour and footer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(default)]
pub struct Branding {
    /// An asset id of the project: printed at the top.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<Text>,
    /// `#RRGGBB`: headings and rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent: Option<Text>,
    /// A line printed at the foot of every page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<Text>,
}

/// Document settings. One object serves a batch (`bureau documents --settings`); a single
/// document request adds `kind`, `segment` and `format` to it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(default)]
pub struct Settings {
    /// Who the document is for (specifications): `client` (default) or `supplier`.
    pub audience: Audience,
    /// `ru` or `en`; default: the project's locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// The document's number; default: from `series`, else derived from the project id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Text>,
    /// Revision: 2 and more add `-rev2` to the number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<u32>,
    /// The host's number series.
    pub series: SeriesSet,
    /// The document date; default: the project's date. The clock is never read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    /// The currency to print prices in; default: the lines' own (one currency).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// Exchange rates for conversions; a missing pair is an error.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fx: Vec<FxRate>,
    /// VAT policy and default rate.
    pub vat: Vat,
    /// Half away from zero (default) or half to even.
    pub rounding: Rounding,
    /// Markup on purchase nets for a client's sale prices (specification).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markup_pct: Option<Decimal>,
    /// Deposit asked, percent of the total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposit_pct: Option<Decimal>,
    /// Payment terms, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<Text>,
    /// Last day the offer holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Text>,
    /// Days the offer holds from the document date (used when `valid_until` is absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity_days: Option<u32>,
    /// Incoterms 2020 rule; default: the project's delivery incoterm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoterm: Option<Text>,
    /// The company that buys from the segment's source (the managing supplier); default: the
    /// project's owner when it has commercial functions, else the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buyer: Option<Text>,
    /// The document a packing list answers (a proforma's or invoice's number).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
    /// Where a proforma request or a purchase order asks goods to be delivered; default: the
    /// buyer's address (never the client's private address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<Text>,
    /// A purchase order's requested ship date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<Text>,
    /// A purchase order's sidemark: the client's reference the goods are marked with (never the
    /// client's name or address); default: the project's id and name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sidemark: Option<Text>,
    /// Companies the host adds to the project's for these documents (a managing supplier).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companies: Vec<Company>,
    /// Logo, accent colour, footer.
    pub branding: Branding,
    /// `a4` (default) or `us_letter`.
    pub paper: Paper,
    /// Tagged (accessible) PDF; default true. Off makes long tables several times smaller.
    pub tagged: bool,
    /// A host's own typst template, replacing Bureau's: it reads `/data.json` (`model` and
    /// `view`), may import `/bureau.typ` and read the document's images, nothing else.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// Fonts the host adds: typst sets in them what the embedded Noto Sans lacks (a CJK name,
    /// say), and a host template may ask for them by family name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fonts: Vec<HostFont>,
    /// Also render PNG page previews, at this many dots per inch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preview_dpi: Option<u32>,
}

impl Default for Settings {
    /// Every default: a tagged A4 PDF for the client, in the project's language and on its date.
    fn default() -> Self {
        Settings {
            audience: Audience::Client,
            language: None,
            number: None,
            revision: None,
            series: SeriesSet::default(),
            date: None,
            currency: None,
            fx: Vec::new(),
            vat: Vat::default(),
            rounding: Rounding::default(),
            markup_pct: None,
            deposit_pct: None,
            payment_terms: None,
            valid_until: None,
            validity_days: None,
            incoterm: None,
            buyer: None,
            reference: None,
            ship_to: None,
            ship_date: None,
            sidemark: None,
            companies: Vec::new(),
            branding: Branding::default(),
            paper: Paper::default(),
            tagged: true,
            template: None,
            fonts: Vec::new(),
            preview_dpi: None,
        }
    }
}

impl Settings {
    /// The rate converting `from` into `to`, if given (or 1 for the same currency).
    pub fn rate(&self, from: &str, to: &str) -> Option<Decimal> {
        FxRate::find(&self.fx, from, to)
    }
}

impl FxRate {
    /// The rate converting `from` into `to` among `rates` (1 for the same currency).
    pub fn find(rates: &[FxRate], from: &str, to: &str) -> Option<Decimal> {
        if from == to {
            return Some(Decimal::ONE);
        }
        rates.iter().find(|r| r.from == from && r.to == to).map(|r| r.rate)
    }
}

/// The form a document is returned in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Output {
    /// The PDF (default).
    #[default]
    Pdf,
    /// A PNG preview of one page (`page`, at `preview_dpi`, default 96).
    Png,
    /// The document model as JSON.
    Json,
    /// The document as a spreadsheet (a table's kinds: specification, packing list, client
    /// invoice, reconciliation).
    Xlsx,
    /// The document's lines as CSV (the same kinds).
    Csv,
    /// A client invoice as UBL 2.1 (Peppol BIS Billing 3.0).
    Ubl,
    /// A client invoice as CII (UN/CEFACT, Factur-X EN 16931 profile).
    Cii,
    /// A client invoice as Factur-X: its PDF/A-3 with the CII attached.
    Facturx,
}

impl Output {
    /// The file extension and the `format` of a result file.
    pub fn as_str(self) -> &'static str {
        crate::json::Choice::name(self)
    }
}

/// One document asked for: its kind, scope and form, and the settings.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "document request")]
pub struct Request {
    /// Which document.
    pub kind: Kind,
    /// The segment's id; absent means the whole project (specifications only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<Text>,
    /// `pdf` (default), `png` or `json` (the model).
    #[schemars(default)]
    pub format: Output,
    /// The page a PNG preview shows, from 1.
    #[schemars(default = "first_page")]
    pub page: u32,
    /// Everything else.
    #[serde(flatten)]
    pub settings: Settings,
}

fn first_page() -> u32 {
    1
}
