//! Document models: plain data with every amount computed and rounded, every label in the
//! document's language; what a template prints and what hosts show in their own UI.
//! A rendering never computes money.

pub(crate) mod client_invoice;
mod packing_list;
pub(crate) mod pricing;
mod proforma;
mod proforma_request;
mod purchase_order;
mod specification;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

pub use client_invoice::{ClientInvoice, CostLine, InvoiceLine, InvoiceTotals};
pub use packing_list::{PackedBox, PackingList, PackingTotals};
pub use pricing::{MoneyTotals, Price, VatRow};
pub use proforma::{Proforma, ProformaLine};
pub use proforma_request::{ProformaRequest, RequestLine};
pub use purchase_order::PurchaseOrder;
pub use specification::{PriceMode, RoomGroup, SpecLine, Specification};

use super::settings::{Kind, Settings};
use crate::codes::Code;
use crate::model::{Bank, Company, CompanyKind, Dimensions, Item, ItemOption, Project, Text};
use crate::money::words::Lang;
use crate::problem::Problem;

/// A problem found while building a document; it names its input (`project` or `request`).
pub type Fault = Problem;

impl Problem {
    /// A problem in the project at `path`.
    pub(crate) fn project(code: Code, path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { input: Some(crate::problem::Input::Project), ..Problem::new(code, path, message) }
    }

    /// A problem in the document request (its settings) at `path`.
    pub(crate) fn request(code: Code, path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { input: Some(crate::problem::Input::Request), ..Problem::new(code, path, message) }
    }
}

/// A document model of any kind; `kind` names which.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[schemars(title = "document model")]
#[allow(clippy::large_enum_variant)]
pub enum Document {
    /// Items grouped by room.
    Specification(Specification),
    /// A request for a proforma.
    ProformaRequest(ProformaRequest),
    /// A proforma invoice.
    Proforma(Proforma),
    /// A packing list.
    PackingList(PackingList),
    /// A supplier's invoice to its client (Front Office).
    ClientInvoice(client_invoice::ClientInvoice),
    /// A managing supplier's order to a segment's source.
    PurchaseOrder(PurchaseOrder),
}

impl Document {
    /// The same document in `lang`: its title and the total in words said anew (the data, names
    /// and numbers, stay as issued); itself when it is in `lang` already.
    pub fn in_language(self, lang: Lang) -> Document {
        use super::labels::L;
        if self.head().language == lang {
            return self;
        }
        let words = |total: rust_decimal::Decimal, currency: &str| {
            crate::money::words::amount_in_words(crate::money::negate(total).max(total), currency, lang)
        };
        let mut d = self;
        let (head, title) = match &mut d {
            Document::Specification(x) => (&mut x.head, L::specification),
            Document::ProformaRequest(x) => (&mut x.head, L::proforma_request),
            Document::Proforma(x) => {
                x.total_in_words = words(x.totals.total, &x.currency);
                (&mut x.head, L::proforma)
            }
            Document::PackingList(x) => (&mut x.head, L::packing_list),
            Document::PurchaseOrder(x) => (&mut x.head, L::purchase_order),
            Document::ClientInvoice(x) => {
                x.total_in_words = words(x.totals.total, &x.currency).unwrap_or_default();
                let title = if x.corrects.is_some() { L::credit_note } else { L::client_invoice };
                (&mut x.head, title)
            }
        };
        head.language = lang;
        head.title = title.get(lang);
        d
    }

    /// What every document has.
    pub fn head(&self) -> &Head {
        match self {
            Document::Specification(d) => &d.head,
            Document::ProformaRequest(d) => &d.head,
            Document::Proforma(d) => &d.head,
            Document::PackingList(d) => &d.head,
            Document::ClientInvoice(d) => &d.head,
            Document::PurchaseOrder(d) => &d.head,
        }
    }
}

/// What every document has: number, date, language, title, project and scope.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Head {
    /// The document's number (with `-revN` for a revision).
    pub number: String,
    /// The document date, `YYYY-MM-DD`.
    pub date: Text,
    /// `ru` or `en`.
    pub language: Lang,
    /// The title as printed ("Проформа-инвойс").
    pub title: &'static str,
    /// The project's id.
    pub project: Text,
    /// The project's name.
    pub project_name: Text,
    /// The segment's id; absent for a whole-project document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
}

/// An item named on a document without its price: a packing list's line without packing data,
/// a proposal letter's item.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ItemLine {
    /// The project's item id.
    pub item: Text,
    /// Its article.
    pub sku: Text,
    /// Its name.
    pub name: Text,
    /// Its quantity.
    pub quantity: rust_decimal::Decimal,
    /// Its unit.
    pub unit: Text,
}

/// A party as a document prints it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Party {
    /// The company's id; absent for the project's client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Text>,
    /// Trading name.
    pub name: Text,
    /// Legal name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<Text>,
    /// Address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    /// ISO 3166-1 country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Text>,
    /// Tax ids (`inn`, `kpp`, `vat`, …), ordered by key.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub tax_ids: BTreeMap<String, String>,
    /// Bank details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<Bank>,
    /// E-mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Text>,
    /// Phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Text>,
    /// Electronic address for e-invoicing (EAS scheme and identifier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<crate::model::Endpoint>,
}

impl From<&Company> for Party {
    fn from(c: &Company) -> Self {
        Party {
            id: Some(c.id.clone()),
            name: c.name.clone(),
            legal_name: c.legal_name.clone(),
            address: c.address.clone(),
            country: c.country.clone(),
            tax_ids: c.tax_ids.clone(),
            bank: c.bank.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            endpoint: c.endpoint.clone(),
        }
    }
}

impl From<&crate::model::Party> for Party {
    fn from(c: &crate::model::Party) -> Self {
        Party {
            id: None,
            name: c.name.clone(),
            legal_name: None,
            address: c.address.clone(),
            country: c.country.clone(),
            tax_ids: c.tax_ids.clone(),
            bank: None,
            email: c.email.clone(),
            phone: c.phone.clone(),
            endpoint: None,
        }
    }
}

/// What describes an item on every document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Described {
    /// The item's id in the project.
    pub item: Text,
    /// The manufacturer's article.
    pub sku: Text,
    /// The product's name.
    pub name: Text,
    /// Finishes, fabrics, colours.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ItemOption>,
    /// The quantity.
    pub quantity: rust_decimal::Decimal,
    /// The unit (`pcs`, `m`, …).
    pub unit: Text,
}

impl Described {
    fn of(item: &Item) -> Self {
        Described {
            item: item.id.clone(),
            sku: item.sku.clone(),
            name: item.name.clone(),
            options: item.options.clone(),
            quantity: item.quantity,
            unit: Text::new(item.unit()),
        }
    }
}

/// What building a document needs: the project, the settings, and what they decide.
pub struct Context<'a> {
    /// The project.
    pub project: &'a Project,
    /// The settings.
    pub settings: &'a Settings,
    /// The language of the document.
    pub lang: Lang,
    /// The document date.
    pub date: Text,
    /// The document number.
    pub number: String,
}

impl<'a> Context<'a> {
    fn head(&self, kind: Kind, segment: Option<&Scope<'_>>) -> Head {
        use super::labels::L;
        let title = match kind {
            Kind::Specification => L::specification,
            Kind::ProformaRequest => L::proforma_request,
            Kind::Proforma => L::proforma,
            Kind::PackingList => L::packing_list,
            Kind::PurchaseOrder => L::purchase_order,
        };
        Head {
            number: self.number.clone(),
            date: self.date.clone(),
            language: self.lang,
            title: title.get(self.lang),
            project: self.project.project.id.clone(),
            project_name: self.project.project.name.clone(),
            segment: segment.map(|s| s.id.clone()),
        }
    }

    /// A company of the project or of the settings.
    pub fn company(&self, id: &str) -> Option<&'a Company> {
        company_in(self.project, self.settings, id)
    }

    /// The company that buys from a segment's source: the settings' buyer, else the owner when
    /// it has commercial functions.
    fn commercial_buyer(&self) -> Option<&'a Company> {
        match &self.settings.buyer {
            Some(b) => self.company(b),
            None => self.company(&self.project.project.owner).filter(|c| c.kind.is_commercial()),
        }
    }

    /// The buyer as a party: the commercial buyer, else the project's client, else the owner.
    fn buyer_party(&self) -> Option<Party> {
        self.commercial_buyer()
            .map(Party::from)
            .or_else(|| self.project.project.client.as_ref().map(Party::from))
            .or_else(|| self.company(&self.project.project.owner).map(Party::from))
    }

    fn incoterm(&self) -> Option<Text> {
        self.settings.incoterm.clone().or_else(|| self.project.project.delivery.as_ref()?.incoterm.clone())
    }
}

/// A segment a document is made for: its id, its source and its items with their indexes.
pub struct Scope<'a> {
    /// `{project}/{source}`.
    pub id: String,
    /// The source company.
    pub source: &'a Company,
    /// `(index in the project's items, item)`, in project order.
    pub items: Vec<(usize, &'a Item)>,
}

impl<'a> Scope<'a> {
    /// The segment `id` of `project`, or a problem listing the segments it has.
    pub fn find(project: &'a Project, id: &str) -> Result<Scope<'a>, Problem> {
        let pid = project.project.id.as_str();
        let source = id.strip_prefix(pid).and_then(|r| r.strip_prefix('/')).filter(|s| !s.starts_with("unsourced/"));
        let company = source.and_then(|s| project.company(s));
        let items: Vec<(usize, &Item)> = match source {
            Some(s) => project.items.iter().enumerate().filter(|(_, i)| i.source.as_deref() == Some(s)).collect(),
            None => Vec::new(),
        };
        match company {
            Some(source) if !items.is_empty() => Ok(Scope { id: id.to_string(), source, items }),
            _ => Err(unknown_segment(id, &segment_ids(project))),
        }
    }

    /// Every segment of `project` by id, found in one pass over its items (a batch looks each
    /// of its documents' segments up here, not in the items again).
    pub fn index(project: &'a Project) -> std::collections::HashMap<String, Scope<'a>> {
        let pid = project.project.id.as_str();
        let mut out: std::collections::HashMap<String, Scope<'a>> = std::collections::HashMap::new();
        for (n, item) in project.items.iter().enumerate() {
            let Some(s) = item.source.as_deref() else { continue };
            let Some(source) = project.company(s) else { continue };
            let id = format!("{pid}/{s}");
            out.entry(id.clone()).or_insert_with(|| Scope { id, source, items: Vec::new() }).items.push((n, item));
        }
        out
    }
}

/// `segment.unknown` for `id`, naming the first of the segments the project has.
pub(crate) fn unknown_segment(id: &str, known: &[String]) -> Problem {
    let hint = if id.contains("/unsourced/") {
        " Unsourced items have no source to ask yet: invite a supplier to manage them first."
    } else {
        ""
    };
    Problem::request(
        Code::SegmentUnknown,
        "/segment",
        format!("The project has no segment \"{id}\"; it has: {}.{hint}", crate::problem::listing(known)),
    )
}

/// The ids of a project's segments, in order.
pub(crate) fn segment_ids(project: &Project) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    let mut known = std::collections::HashSet::new();
    for s in project.items.iter().filter_map(|i| i.source.as_deref()) {
        if known.insert(s) {
            seen.push(s);
        }
    }
    seen.iter().map(|s| format!("{}/{s}", project.project.id)).collect()
}

/// The name of a company, or its id when unknown.
fn company_name<'a>(ctx: &Context<'a>, id: &'a str) -> Text {
    ctx.company(id).map_or_else(|| Text::new(id), |c| c.name.clone())
}

/// Builds the model of a document of `kind` for `scope` (a segment, or the whole project).
pub(crate) fn build(ctx: &Context<'_>, kind: Kind, scope: Option<&Scope<'_>>) -> Result<Document, Vec<Problem>> {
    let lines = scope.map_or(ctx.project.items.len(), |s| s.items.len()) as u64;
    let limit = crate::limits::current().lines;
    if let Some(p) = crate::limits::exceeded(lines, limit, Code::LimitLines, "/segment", "lines in one document") {
        return Err(vec![Problem { input: Some(crate::problem::Input::Request), ..p }]);
    }
    match (kind, scope) {
        (Kind::Specification, _) => specification::build(ctx, scope).map(Document::Specification),
        (Kind::ProformaRequest, Some(s)) => proforma_request::build(ctx, s).map(Document::ProformaRequest),
        (Kind::Proforma, Some(s)) => proforma::build(ctx, s).map(Document::Proforma),
        (Kind::PackingList, Some(s)) => packing_list::build(ctx, s).map(Document::PackingList),
        (Kind::PurchaseOrder, Some(s)) => purchase_order::build(ctx, s).map(Document::PurchaseOrder),
        (other, None) => Err(vec![Problem::request(
            Code::DocumentScope,
            "/segment",
            format!(
                "A {} is made for one segment; name it in `segment` ({}).",
                other.as_str(),
                crate::problem::listing(&segment_ids(ctx.project))
            ),
        )]),
    }
}

/// A company of the project or of the settings.
/// A company of the project, else one the settings add.
pub(crate) fn company_in<'a>(project: &'a Project, settings: &'a Settings, id: &str) -> Option<&'a Company> {
    project.company(id).or_else(|| settings.companies.iter().find(|c| c.id == id))
}

/// The party that deals with `scope`'s source for a document (a proforma request, an order):
/// the requester, or the refusal of one without commercial functions, saying what it cannot do
/// (`what`: "request documents from", "order from").
pub(super) fn source_buyer(ctx: &Context<'_>, scope: &Scope<'_>, what: &str) -> Result<Party, Vec<Problem>> {
    let buyer = requester(ctx.project, ctx.settings);
    if !may_request(buyer, scope.source) {
        let who = buyer.map_or("The project's owner", |b| b.name.as_str());
        return Err(vec![Problem::request(
            Code::ForbiddenSupplierRequired,
            "/buyer",
            format!(
                "{who} has no commercial functions and cannot {what} the manufacturer {}: invite a supplier to manage segment \"{}\" and name it as `buyer`.",
                scope.source.name, scope.id
            ),
        )]);
    }
    Ok(buyer.map(Party::from).unwrap_or_default())
}

/// Who asks a segment's source for documents: the settings' buyer, else the project's owner.
pub(crate) fn requester<'a>(project: &'a Project, settings: &'a Settings) -> Option<&'a Company> {
    company_in(project, settings, settings.buyer.as_deref().unwrap_or(&project.project.owner))
}

/// Whether `source` may be asked for documents by `buyer` (rule 1 of
/// `roles-and-partners.md`): a designer or private client cannot ask a factory.
pub(crate) fn may_request(buyer: Option<&Company>, source: &Company) -> bool {
    source.kind != CompanyKind::Factory || buyer.is_some_and(|b| b.kind.is_commercial())
}

/// Collects results, keeping every problem.
fn all<T>(results: impl Iterator<Item = Result<T, Problem>>) -> Result<Vec<T>, Vec<Problem>> {
    let mut ok = Vec::new();
    let mut errors: Vec<Problem> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for r in results {
        match r {
            Ok(v) => ok.push(v),
            Err(p) => {
                if seen.insert(p.clone()) {
                    errors.push(p)
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(ok)
    } else {
        Err(errors)
    }
}

/// Dimensions of an item, for documents that print them.
fn dims(item: &Item) -> Option<Dimensions> {
    item.dimensions_mm.clone()
}
