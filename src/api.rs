//! The JSON operations every surface calls: bytes in, bytes out.
//!
//! Each returns the result's JSON, or an [`Error`] whose [`Error::to_json`] is the error body.
//! The C library, the WASM module, the Python package and the CLI call only these, so the
//! same input gives the same bytes on every surface.

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::Error;
use crate::model::{PartnerDirectory, Proforma, Project, FORMATS};
use crate::problem::Problem;

/// The result of `validate`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Validation {
    /// Always `true`: a rejected input is an error body instead.
    pub ok: bool,
    /// The format that was read.
    pub format: String,
    /// Problems that do not reject the input.
    pub warnings: Vec<Problem>,
}

fn to_json<T: Serialize>(v: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(v).map_err(|e| Error::Internal(format!("serialising the result: {e}")))
}

/// Which format a document says it is in, read without reading the rest.
fn format_of(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Probe {
        format: Option<String>,
    }
    serde_json::from_slice::<Probe>(bytes).ok()?.format
}

/// Checks a document of any format the engine reads (chosen by its `format` field;
/// a document without one is read as a project).
pub fn validate(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    let format = format_of(bytes).unwrap_or_else(|| Project::FORMAT.to_string());
    let warnings = match format.as_str() {
        PartnerDirectory::FORMAT => crate::model::read_directory(bytes)?.warnings,
        Proforma::FORMAT => crate::model::read_proforma(bytes)?.warnings,
        Project::FORMAT => crate::model::read_project(bytes)?.warnings,
        other => {
            return Err(Error::Rejected(vec![Problem::new(
                crate::Code::FormatUnsupported,
                "/format",
                format!("The format \"{other}\" is not read here; the engine reads {}.", FORMATS.join(", ")),
            )]))
        }
    };
    to_json(&Validation { ok: true, format, warnings })
}

/// Splits a project into segments; with `previous`, adds the diff against it.
pub fn segment(project: &[u8], previous: Option<&[u8]>) -> Result<Vec<u8>, Error> {
    match previous {
        None => {
            let p = crate::model::read_project(project)?;
            to_json(&crate::segment::split(&p.value)?)
        }
        Some(prev) => {
            let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project));
            let old = crate::model::read_project(prev).map_err(|e| e.in_input(crate::problem::Input::Previous));
            let (p, old) = both(p, old)?;
            to_json(&crate::segment::segment_against(&p.value, &old.value).map_err(|e| match e {
                Error::Rejected(ref ps) if ps.iter().all(|p| p.input.is_none()) => {
                    e.in_input(crate::problem::Input::Project)
                }
                other => other,
            })?)
        }
    }
}

/// A second input of a call (a request, settings): its value and warnings, every problem
/// naming `input`.
fn read_input<T: crate::json::ReadObject>(
    bytes: &[u8],
    input: crate::problem::Input,
) -> Result<(T, Vec<Problem>), Error> {
    crate::json::read_input(bytes, Some(input))
}

/// `read` as it is; but when it failed and the project read well, its errors and what `check`
/// finds in the partly read input against the project: one call reports every problem.
fn and_checked<T, R: crate::json::ReadObject>(
    project: &Result<crate::model::Checked<Project>, Error>,
    read: Result<T, Error>,
    bytes: &[u8],
    check: impl FnOnce(&Project, &R) -> Vec<Problem>,
) -> Result<T, Error> {
    match (project, read) {
        (Ok(p), Err(Error::Rejected(mut errors))) => {
            if let Ok((partial, _)) = crate::json::read_document::<R>(bytes) {
                errors.extend(check(&p.value, &partial));
            }
            Err(Error::Rejected(errors))
        }
        (_, read) => read,
    }
}

/// Both results, or every problem of both.
fn both<A, B>(a: Result<A, Error>, b: Result<B, Error>) -> Result<(A, B), Error> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (Err(Error::Rejected(mut x)), Err(Error::Rejected(y))) => {
            x.extend(y);
            Err(Error::Rejected(x))
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// An amount in words: `{ "amount", "currency", "language" }` → `{ "text" }`.
pub fn words(request: &[u8]) -> Result<Vec<u8>, Error> {
    use crate::money::words::{amount_in_words, Words, WordsRequest, CURRENCIES};
    let (req, problems) = crate::json::read_document::<WordsRequest>(request).map_err(|p| Error::Rejected(vec![p]))?;
    let mut errors = problems.errors;
    let known = CURRENCIES.contains(&req.currency.as_str());
    if !known && !req.currency.is_empty() {
        let message =
            format!("There are no words for \"{}\" here; use one of {}.", req.currency, CURRENCIES.join(", "));
        errors.push(Problem::new(crate::Code::WordsUnsupportedCurrency, "/currency", message));
    }
    if !errors.is_empty() {
        return Err(Error::Rejected(errors));
    }
    match amount_in_words(req.amount, &req.currency, req.language) {
        Some(text) => to_json(&Words { text }),
        None => Err(Error::Rejected(vec![Problem::new(
            crate::Code::AmountOverflow,
            "/amount",
            format!("{} {} is too large to write in words (a quintillion or more).", req.amount, req.currency),
        )])),
    }
}

/// The renderer every surface shares: fonts and typst's library, loaded once per process.
#[cfg(feature = "docs")]
pub fn renderer() -> &'static crate::docs::render::Renderer {
    static RENDERER: std::sync::LazyLock<crate::docs::render::Renderer> =
        std::sync::LazyLock::new(crate::docs::render::Renderer::new);
    &RENDERER
}

/// A document model and its warnings: `document` with `"format": "json"`.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "document result")]
pub struct DocumentResult<'a> {
    /// The document model.
    pub document: &'a crate::docs::model::Document,
    /// Problems that did not stop the document (characters no font has, images left out).
    pub warnings: &'a [Problem],
}

/// One document: a project and a document request (`kind`, `segment`, `format` and the
/// settings) → the PDF, a PNG preview of one page, or `{ "document", "warnings" }` (JSON).
pub fn document(project: &[u8], request: &[u8]) -> Result<Vec<u8>, Error> {
    use crate::docs::settings::{Output, Request};
    let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project));
    let r = read_input::<Request>(request, crate::problem::Input::Request);
    let r = and_checked(&p, r, request, |p, partial: &Request| {
        crate::docs::check(p, &partial.settings, partial.segment.as_deref())
    });
    let (p, (r, mut warnings)) = both(p, r)?;
    let project = &p.value;
    let s = &r.settings;
    let number = crate::docs::number(project, s, r.kind, r.segment.as_deref(), 0);
    let prepared =
        crate::docs::prepare(project, r.kind, r.segment.as_deref(), s, number.clone()).map_err(Error::Rejected)?;
    match r.format {
        Output::Json => {
            warnings.extend(prepared.warnings.iter().cloned());
            to_json(&DocumentResult { document: &prepared.document, warnings: &warnings })
        }
        _ => render(&prepared, s, &number, r.format, r.page),
    }
}

/// A prepared document as PDF, page `page` of it as PNG, or its table as XLSX or CSV.
#[cfg(feature = "docs")]
fn render<D: crate::docs::Form>(
    prepared: &crate::docs::Prepared<D>,
    settings: &crate::docs::settings::Settings,
    number: &str,
    format: crate::docs::settings::Output,
    page: u32,
) -> Result<Vec<u8>, Error> {
    use crate::docs::settings::Output;
    if matches!(format, Output::Xlsx | Output::Csv) {
        return crate::docs::spreadsheet(prepared, format);
    }
    if matches!(format, Output::Ubl | Output::Cii | Output::Facturx) {
        return Err(crate::docs::einvoice::not_an_invoice(prepared.document.kind()));
    }
    let job = crate::docs::batch::job(prepared, settings, number);
    match format {
        Output::Png => renderer().png(&job, page as usize, settings.preview_dpi.unwrap_or(96)).map(|r| r.bytes),
        _ => renderer().pdf(&job).map(|r| r.bytes),
    }
}

/// Without the renderer (the `docs` feature off), PDF and PNG are refused; the tables are made
/// (XLSX with the `sheets` feature).
#[cfg(not(feature = "docs"))]
fn render<D: crate::docs::Form>(
    prepared: &crate::docs::Prepared<D>,
    _: &crate::docs::settings::Settings,
    _: &str,
    format: crate::docs::settings::Output,
    _: u32,
) -> Result<Vec<u8>, Error> {
    use crate::docs::settings::Output;
    if matches!(format, Output::Xlsx | Output::Csv) {
        return crate::docs::spreadsheet(prepared, format);
    }
    if matches!(format, Output::Ubl | Output::Cii | Output::Facturx) {
        return Err(crate::docs::einvoice::not_an_invoice(prepared.document.kind()));
    }
    Err(render_unavailable())
}

/// PDF or PNG asked of a build without the renderer.
#[cfg(not(feature = "docs"))]
fn render_unavailable() -> Error {
    Error::Rejected(vec![Problem::new(
        crate::Code::RenderUnavailable,
        "/format",
        "This build renders no PDF or PNG (it was built without the `docs` feature); ask for `\"format\": \"json\"`.",
    )])
}

/// Many documents at once (`bureau documents`, the demo): `kinds` (all when empty) for
/// `segments` (all when empty), with `settings` (defaults when absent); each as PDF and model
/// JSON, and as each of `tables` (`xlsx`, `csv`) where the kind is a table. Without named
/// kinds, a proforma request the buyer may not send is left out with a warning.
#[cfg(feature = "docs")]
pub fn documents(
    project: &[u8],
    settings: Option<&[u8]>,
    kinds: &[crate::docs::settings::Kind],
    segments: &[String],
    tables: &[crate::docs::settings::Output],
) -> Result<crate::docs::batch::Batch, Error> {
    use crate::docs::settings::Settings;
    let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project));
    let s = match settings {
        None => Ok((Settings::default(), Vec::new())),
        Some(bytes) => read_input::<Settings>(bytes, crate::problem::Input::Settings),
    };
    let (p, (s, mut warnings)) = both(p, s)?;
    let plan = crate::docs::batch::plan(&p.value, kinds, segments);
    let mut batch =
        crate::docs::batch::run(renderer(), &p.value, &s, &plan, kinds.is_empty(), tables).map_err(|e| match e {
            Error::Rejected(ps) => Error::Rejected(
                ps.into_iter()
                    .map(|mut p| {
                        if p.input == Some(crate::problem::Input::Request) {
                            p.input = Some(crate::problem::Input::Settings);
                        }
                        p
                    })
                    .collect(),
            ),
            other => other,
        })?;
    warnings.append(&mut batch.warnings);
    batch.warnings = warnings;
    Ok(batch)
}

/// The result of `reconcile`: the report and the warnings of its inputs.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "reconcile result")]
pub struct ReconcileResult {
    /// The report.
    #[serde(flatten)]
    pub report: crate::office::reconcile::Reconciliation,
    /// Problems that did not stop the reconciliation.
    pub warnings: Vec<Problem>,
}

/// The Back Office's reconciliation: a project, a source's `proforma/1` and optional settings
/// (`tolerances`, `fx`, `rounding`) → the report: each line `accepted`, `changed`, `missing` or
/// `added` with its money effect, the proforma's arithmetic, the total effect, the new lead time.
pub fn reconcile(project: &[u8], proforma: &[u8], settings: Option<&[u8]>) -> Result<Vec<u8>, Error> {
    use crate::office::reconcile::ReconcileSettings;
    let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project));
    let f = crate::model::read_proforma(proforma).map_err(|e| e.in_input(crate::problem::Input::Proforma));
    let f = and_checked(&p, f, proforma, crate::office::reconcile::check);
    let s = match settings {
        None => Ok((ReconcileSettings::default(), Vec::new())),
        Some(bytes) => read_input::<ReconcileSettings>(bytes, crate::problem::Input::Settings),
    };
    let (p, (f, (s, mut warnings))) = both(p, both(f, s))?;
    let report = crate::office::reconcile::reconcile(&p.value, &f.value, &s).map_err(Error::Rejected)?;
    if s.format != crate::docs::settings::Output::Json {
        return render_reconciliation(&p.value, &f.value, report, &s);
    }
    let mut all = p.warnings;
    all.extend(f.warnings.into_iter().map(|w| Problem { input: Some(crate::problem::Input::Proforma), ..w }));
    all.append(&mut warnings);
    to_json(&ReconcileResult { report, warnings: all })
}

/// The reconciliation as a one-page document, for the supplier to send back to the factory.
fn render_reconciliation(
    project: &Project,
    proforma: &Proforma,
    report: crate::office::reconcile::Reconciliation,
    s: &crate::office::reconcile::ReconcileSettings,
) -> Result<Vec<u8>, Error> {
    let settings = &s.settings;
    let (document, day) = crate::office::reconcile::document(project, proforma, report, s).map_err(Error::Rejected)?;
    let number = document.head.number.clone();
    let prepared = crate::docs::dress(project, document, settings, day).map_err(Error::Rejected)?;
    render(&prepared, settings, &number, s.format, s.page)
}

/// The result of `invoice` as JSON: the client invoice's model and the warnings.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "invoice result")]
pub struct InvoiceResult<'a> {
    /// The client invoice's model.
    pub invoice: &'a crate::docs::model::client_invoice::ClientInvoice,
    /// Problems that did not stop the invoice (lines an accepted proforma left out).
    pub warnings: &'a [Problem],
}

/// The Front Office's client invoice: a project and an invoice request (`segments`, `seller`,
/// `costs`, `proformas`, …settings) → `{ "invoice", "warnings" }` (`format` `json`, the
/// default), or the PDF, or a PNG preview of one page.
pub fn invoice(project: &[u8], request: &[u8]) -> Result<Vec<u8>, Error> {
    invoice_with(project, request, |_| {})
}

/// [`invoice`] with `add` applied to the request as read (and to a partly read one, for its
/// checks).
fn invoice_with(
    project: &[u8],
    request: &[u8],
    add: impl Fn(&mut crate::office::invoice::InvoiceRequest),
) -> Result<Vec<u8>, Error> {
    use crate::docs::settings::Output;
    use crate::office::invoice::InvoiceRequest;
    let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project));
    let r = read_input::<InvoiceRequest>(request, crate::problem::Input::Request).map(|(mut r, w)| {
        add(&mut r);
        (r, w)
    });
    let r = and_checked(&p, r, request, |p, partial: &InvoiceRequest| {
        let mut partial = partial.clone();
        add(&mut partial);
        crate::office::invoice::check(p, &partial)
    });
    let (p, (r, mut warnings)) = both(p, r)?;
    let (model, mut more) = crate::office::invoice::invoice(&p.value, &r).map_err(Error::Rejected)?;
    warnings.append(&mut more);
    match r.format {
        Output::Json => to_json(&InvoiceResult { invoice: &model, warnings: &warnings }),
        Output::Ubl | Output::Cii | Output::Facturx => einvoice(&p.value, model, &r),
        _ => render_invoice(&p.value, model, &r),
    }
}

/// The client invoice as EN 16931 data: UBL, CII, or Factur-X (its PDF/A-3 with the CII).
fn einvoice(
    project: &Project,
    model: crate::docs::model::client_invoice::ClientInvoice,
    r: &crate::office::invoice::InvoiceRequest,
) -> Result<Vec<u8>, Error> {
    use crate::docs::einvoice;
    use crate::docs::settings::Output;
    let problems = einvoice::check(&model, &r.settings, project);
    if !problems.is_empty() {
        return Err(Error::Rejected(problems));
    }
    let data = einvoice::read(&model, project)?;
    match r.format {
        Output::Ubl => Ok(einvoice::ubl(&data)),
        Output::Cii => Ok(einvoice::cii(&data)),
        _ => facturx(project, model, r, &einvoice::cii(&data)),
    }
}

/// The client invoice's PDF/A-3 with `cii` attached and the Factur-X metadata.
#[cfg(feature = "docs")]
fn facturx(
    project: &Project,
    model: crate::docs::model::client_invoice::ClientInvoice,
    r: &crate::office::invoice::InvoiceRequest,
    cii: &[u8],
) -> Result<Vec<u8>, Error> {
    let (prepared, number) = dress_invoice(project, model, r)?;
    let mut job = crate::docs::batch::job(&prepared, &r.settings, &number);
    job.facturx = Some(cii);
    let pdf = renderer().pdf(&job)?;
    crate::docs::einvoice::facturx::with_metadata(&pdf.bytes)
}

/// Without the renderer, Factur-X (a PDF) is refused; UBL and CII are made.
#[cfg(not(feature = "docs"))]
fn facturx(
    _: &Project,
    _: crate::docs::model::client_invoice::ClientInvoice,
    _: &crate::office::invoice::InvoiceRequest,
    _: &[u8],
) -> Result<Vec<u8>, Error> {
    Err(Error::Rejected(vec![Problem::new(
        crate::Code::RenderUnavailable,
        "/format",
        "This build renders no PDF, so no Factur-X (it was built without the `docs` feature); ask for \"ubl\" or \"cii\".",
    )]))
}

/// The client invoice as a document.
fn render_invoice(
    project: &Project,
    model: crate::docs::model::client_invoice::ClientInvoice,
    r: &crate::office::invoice::InvoiceRequest,
) -> Result<Vec<u8>, Error> {
    let (prepared, number) = dress_invoice(project, model, r)?;
    render(&prepared, &r.settings, &number, r.format, r.page)
}

/// The client invoice dressed as a document (its images, fonts, the template's data), and its
/// number.
fn dress_invoice(
    project: &Project,
    model: crate::docs::model::client_invoice::ClientInvoice,
    r: &crate::office::invoice::InvoiceRequest,
) -> Result<(crate::docs::Prepared, String), Error> {
    let date = crate::docs::format::parse_date(&model.head.date)
        .ok_or_else(|| Error::Internal(format!("the document's date \"{}\" is not a date", model.head.date)))?;
    let number = model.head.number.clone();
    let document = crate::docs::model::Document::ClientInvoice(model);
    let prepared = crate::docs::dress(project, document, &r.settings, date).map_err(Error::Rejected)?;
    Ok((prepared, number))
}

/// The catalogue of codes.
pub fn codes() -> Result<Vec<u8>, Error> {
    to_json(&crate::codes::catalogue())
}

/// Reads engine options: `{}` or `{"limits": {name: n, …}}` (see [`crate::limits`]); the
/// limits a host's calls then run under ([`crate::limits::scoped`]).
pub fn engine_options(bytes: &[u8]) -> Result<crate::limits::Limits, Error> {
    crate::limits::from_options(bytes).map_err(Error::Rejected)
}

/// What loading a partner directory found.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "directory loaded")]
pub struct DirectoryLoaded {
    /// Companies in the index.
    pub companies: usize,
    /// Partnerships (pairs) in the index.
    pub partnerships: usize,
    /// Problems that did not stop the load.
    pub warnings: Vec<Problem>,
}

/// Loads a `partner-directory/1` into an index that hosts keep and query many times; the JSON
/// says how much it holds.
pub fn load_directory(bytes: &[u8]) -> Result<(crate::partners::PartnerIndex, Vec<u8>), Error> {
    let checked = crate::partners::PartnerIndex::load(bytes)?;
    let index = checked.value;
    let json = to_json(&DirectoryLoaded {
        companies: index.companies(),
        partnerships: index.partnerships(),
        warnings: checked.warnings,
    })?;
    Ok((index, json))
}

/// Applies an update (a `partner-directory/1` of companies and partnerships to add or replace;
/// `expired` ends a partnership) to a loaded index. A rejected update changes nothing.
pub fn update_directory(index: &mut crate::partners::PartnerIndex, bytes: &[u8]) -> Result<Vec<u8>, Error> {
    to_json(&index.update(bytes)?)
}

/// A loaded index, with the updates applied to it, as a `partner-directory/1` the host saves
/// and loads next time: its companies in load order, then its partnerships by manufacturer.
pub fn save_directory(index: &crate::partners::PartnerIndex) -> Result<Vec<u8>, Error> {
    to_json(&index.to_directory())
}

/// The result of `recommend`: the recommendation and the warnings of its inputs.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "recommend result")]
pub struct RecommendResult {
    /// The recommendation.
    #[serde(flatten)]
    pub recommendation: crate::partners::Recommendation,
    /// Problems that did not stop it.
    pub warnings: Vec<Problem>,
}

/// Supplier recommendations for a project from a loaded directory, with optional `options`
/// (`segment`, `managed`, `fx`, `projects`, `language`, `limit`, `proposals`): `needs`,
/// `ranking`, `cover`, `uncovered`, `proposals`, each explained.
pub fn recommend(
    project: &[u8],
    index: &crate::partners::PartnerIndex,
    options: Option<&[u8]>,
) -> Result<Vec<u8>, Error> {
    use crate::partners::RecommendOptions;
    let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project));
    let o = match options {
        None => Ok((RecommendOptions::default(), Vec::new())),
        Some(bytes) => read_input::<RecommendOptions>(bytes, crate::problem::Input::Options),
    };
    let o = and_checked(&p, o, options.unwrap_or_default(), |p, partial: &RecommendOptions| {
        let problems = crate::partners::needs::check(p, partial);
        problems.into_iter().map(|x| Problem { input: Some(crate::problem::Input::Options), ..x }).collect()
    });
    let (p, (o, mut warnings)) = both(p, o)?;
    let recommendation = crate::partners::recommend(&p.value, index, &o)
        .map_err(|e| Error::Rejected(e).in_input(crate::problem::Input::Options))?;
    let mut all = p.warnings;
    all.append(&mut warnings);
    to_json(&RecommendResult { recommendation, warnings: all })
}

/// The result of `letter` as JSON: the letter's model and the warnings.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "letter result")]
pub struct LetterResult<'a> {
    /// The letter's model.
    pub letter: &'a crate::partners::ProposalLetter,
    /// Problems that did not stop it (characters no font has).
    pub warnings: &'a [Problem],
}

/// A partnership proposal as a letter to both sides: a project, a loaded directory and a
/// letter request (`manufacturer`, `supplier`?, `projects`?, `format`?, …settings) → the PDF,
/// a PNG preview of one page, or `{ "letter", "warnings" }` (`format` `json`).
pub fn letter(project: &[u8], index: &crate::partners::PartnerIndex, request: &[u8]) -> Result<Vec<u8>, Error> {
    use crate::docs::settings::Output;
    use crate::partners::LetterRequest;
    let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project));
    let r = read_input::<LetterRequest>(request, crate::problem::Input::Request);
    let r = and_checked(&p, r, request, |p, partial: &LetterRequest| crate::docs::check(p, &partial.settings, None));
    let (p, (r, mut warnings)) = both(p, r)?;
    let model = crate::partners::letter::letter(&p.value, index, &r).map_err(Error::Rejected)?;
    let date = crate::docs::format::parse_date(&model.head.date)
        .ok_or_else(|| Error::Internal(format!("the document's date \"{}\" is not a date", model.head.date)))?;
    let number = model.head.number.clone();
    let prepared = crate::docs::dress(&p.value, model, &r.settings, date).map_err(Error::Rejected)?;
    if r.format == Output::Json {
        warnings.extend(prepared.warnings.iter().cloned());
        return to_json(&LetterResult { letter: &prepared.document, warnings: &warnings });
    }
    render(&prepared, &r.settings, &number, r.format, r.page)
}

/// Opens a deal on a project (`deal new`): its segments, who manages each, and with a partner
/// directory the suppliers recommended for those that need one. The JSON is the `deal/1` a
/// host saves.
pub fn deal_new(
    project: &[u8],
    directory: Option<&crate::partners::PartnerIndex>,
) -> Result<(crate::deal::Deal, Vec<u8>), Error> {
    let p = crate::model::read_project(project).map_err(|e| e.in_input(crate::problem::Input::Project))?;
    let deal = crate::deal::Deal::open(p.value, directory).map_err(|e| e.in_input(crate::problem::Input::Project))?;
    let json = deal.to_json()?;
    Ok((deal, json))
}

/// Reads a saved `deal/1` by replaying its event log; an edited, cut or newer file is refused.
pub fn deal_load(bytes: &[u8]) -> Result<crate::deal::Deal, Error> {
    crate::deal::load(bytes)
}

/// Applies one action to a deal (`deal apply`): `{ "version", "repeated", "events", "warnings" }`,
/// or the refusal (`forbidden.*`, `conflict.*`, bad input), which leaves the deal unchanged.
pub fn deal_apply(
    deal: &mut crate::deal::Deal,
    action: &[u8],
    directory: Option<&crate::partners::PartnerIndex>,
) -> Result<Vec<u8>, Error> {
    to_json(&deal.apply(action, directory)?)
}

/// What `audience` (a company id of the deal, or `client`) may see of it (`deal show --as`).
pub fn deal_view(deal: &crate::deal::Deal, audience: &str) -> Result<Vec<u8>, Error> {
    to_json(&crate::deal::view(deal, &crate::deal::Audience::parse(audience))?)
}

/// A deal's document as JSON: the model (an issued document's, or the report's) and warnings.
#[derive(Serialize)]
struct DealDocumentResult<'a, D: Serialize> {
    document: &'a D,
    warnings: &'a [Problem],
}

/// A document of a deal (`deal document`): an issued one that the request's `audience` may see,
/// by `number` (and `revision`; in another `language` if asked), or the deal's `report` (margins,
/// receivables, payables, open orders as of a date) for a supplier that manages segments; as
/// `{ "document", "warnings" }` (JSON, the default), PDF, a PNG of one page, XLSX or CSV.
pub fn deal_document(deal: &crate::deal::Deal, request: &[u8]) -> Result<Vec<u8>, Error> {
    use crate::deal::Printable;
    use crate::docs::settings::Output;
    let (r, warnings) = read_input::<crate::deal::DealDocumentRequest>(request, crate::problem::Input::Request)?;
    let format = r.format.unwrap_or(Output::Json);
    if matches!(format, Output::Ubl | Output::Cii | Output::Facturx) {
        return Err(Error::Rejected(vec![Problem::request(
            crate::Code::FormatUnsupported,
            "/format",
            "A deal's document comes as json, pdf, png, xlsx or csv; EN 16931 data of a client invoice comes from `invoice` with the deal.",
        )]));
    }
    let page = r.page.unwrap_or(1);
    match crate::deal::printable(deal, &r)? {
        Printable::Issued(document, settings) => {
            deal_file(&deal.project, *document, &settings, format, page, &warnings)
        }
        Printable::Report(report) => {
            let settings = crate::docs::settings::Settings::default();
            deal_file(&deal.project, *report, &settings, format, page, &warnings)
        }
    }
}

/// A deal's document (an issued one or the report) in `format`: its model as JSON, its table,
/// or printed.
fn deal_file<D: crate::docs::Form>(
    project: &Project,
    document: D,
    settings: &crate::docs::settings::Settings,
    format: crate::docs::settings::Output,
    page: u32,
    warnings: &[Problem],
) -> Result<Vec<u8>, Error> {
    use crate::docs::settings::Output;
    if format == Output::Json {
        return to_json(&DealDocumentResult { document: &document, warnings });
    }
    let iso = &document.head().date;
    let day = crate::docs::format::parse_date(iso)
        .ok_or_else(|| Error::Internal(format!("the document's date \"{iso}\" is not a date")))?;
    match format {
        Output::Xlsx | Output::Csv => crate::docs::table_file(&document, day, format),
        _ => print(project, document, settings, day, format, page),
    }
}

/// A document printed as PDF or PNG.
#[cfg(feature = "docs")]
fn print<D: crate::docs::Form>(
    project: &Project,
    document: D,
    settings: &crate::docs::settings::Settings,
    day: crate::docs::format::Day,
    format: crate::docs::settings::Output,
    page: u32,
) -> Result<Vec<u8>, Error> {
    let number = document.head().number.clone();
    let prepared = crate::docs::dress(project, document, settings, day).map_err(Error::Rejected)?;
    render(&prepared, settings, &number, format, page)
}

/// Without the renderer a PDF or PNG is refused before a print form is made.
#[cfg(not(feature = "docs"))]
fn print<D: crate::docs::Form>(
    _: &Project,
    _: D,
    _: &crate::docs::settings::Settings,
    _: crate::docs::format::Day,
    _: crate::docs::settings::Output,
    _: u32,
) -> Result<Vec<u8>, Error> {
    Err(render_unavailable())
}

/// A client invoice priced from a deal (`invoice --deal`): the deal's accepted proformas for
/// the request's segments are added to the request's `proformas` (so they price the goods) and
/// the companies that joined the deal to its `companies` (after the request's own).
pub fn invoice_in_deal(project: &[u8], request: &[u8], deal: &[u8]) -> Result<Vec<u8>, Error> {
    let deal = crate::deal::load(deal)?;
    invoice_with(project, request, |r| {
        let segments: Vec<String> = r.segments.iter().map(ToString::to_string).collect();
        r.proformas.extend(crate::deal::accepted_proformas(&deal, &segments).cloned());
        deal.add_companies_to(&mut r.settings.companies);
    })
}
