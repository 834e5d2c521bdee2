//! Rendering with typst as a library: fonts, font book and standard library built once
//! ([`Renderer`]); per document, a `world::DocWorld` that serves only what Bureau gives it.

mod fonts;
mod world;

pub use world::MAX_ASSETS;

use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::layout::{Frame, FrameItem, Point};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::WorldExt as _;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;

use crate::codes::Code;
use crate::error::Error;
use crate::problem::{Input, Problem};

/// Everything a document needs that does not change between documents: loaded once.
pub struct Renderer {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    layout: typst::syntax::Source,
}

/// Bureau's shared layout, served to every template as `/bureau.typ`.
pub const LAYOUT: &str = include_str!("../templates/bureau.typ");
/// Bureau's template for every kind of document.
pub const TEMPLATE: &str = include_str!("../templates/document.typ");
/// The footer and page numbers laid over every page of a stamped document.
const STAMP: &str = include_str!("../templates/stamp.typ");

/// One document to render.
pub struct Job<'a> {
    /// The template's typst source (Bureau's own, or the host's).
    pub template: &'a str,
    /// The document model as JSON: the template reads it from `/data.json`.
    pub data: &'a [u8],
    /// Images the template may read: the first is `/assets/0`, the next `/assets/1`, … (at most
    /// [`MAX_ASSETS`]).
    pub assets: Vec<&'a [u8]>,
    /// The document date: `datetime.today()` and the PDF's date. Never the clock.
    pub date: (i32, u8, u8),
    /// A stable identifier of the document (its number): the PDF's `/ID` derives from it.
    pub ident: &'a str,
    /// Tagged PDF (accessible; larger for long tables).
    pub tagged: bool,
    /// Fonts the host added, after the embedded ones.
    pub fonts: &'a [Font],
    /// Stamp every page with a footer line and "page / pages" (Bureau's own template).
    pub stamp: Option<Stamp<'a>>,
    /// A Factur-X invoice's CII: the PDF is then PDF/A-3b with it attached as `factur-x.xml`.
    pub facturx: Option<&'a [u8]>,
}

/// A rendered document: its bytes, and what typst warned of in a host's template.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The PDF or PNG.
    pub bytes: Vec<u8>,
    /// `template.warning`s (a host's template only; Bureau's own is kept free of them).
    pub warnings: Vec<Problem>,
}

/// What the stamp prints at the foot of every page.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    /// The footer line (branding); empty for none.
    pub footer: &'a str,
    /// typst's paper name: the stamp's pages must have the document's size.
    pub paper: &'a str,
}

impl Default for Renderer {
    fn default() -> Self {
        Self::new()
    }
}

impl Renderer {
    /// Loads the embedded fonts and builds typst's standard library.
    pub fn new() -> Self {
        let fonts = fonts::embedded();
        let book = FontBook::from_fonts(&fonts);
        let layout = typst::syntax::Source::new(*world::LAYOUT, LAYOUT.to_string());
        Renderer { library: LazyHash::new(Library::builder().build()), book: LazyHash::new(book), fonts, layout }
    }

    /// The fonts documents are set in.
    pub fn fonts(&self) -> &[Font] {
        &self.fonts
    }

    /// Lays a document out; typst's warnings come with it.
    fn compile(&self, job: &Job<'_>) -> Result<(PagedDocument, Datetime, Vec<Problem>), Error> {
        let (y, m, d) = job.date;
        let today = Datetime::from_ymd(y, m, d)
            .ok_or_else(|| Error::Internal(format!("the document date {y}-{m}-{d} is not a date")))?;
        if job.assets.len() > MAX_ASSETS {
            let message =
                format!("A document can carry at most {MAX_ASSETS} images; this one has {}.", job.assets.len());
            return Err(Error::Rejected(vec![Problem::new(Code::TemplateFailed, "/assets", message)]));
        }
        let limits = crate::limits::current();
        check_pixels(&job.assets, limits.image_pixels)?;
        let world = world::DocWorld::new(self, job, today);
        let host = job.template != TEMPLATE;
        let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
        let warnings = warnings.iter().map(|d| diagnostic(Some(&world), d, host, Code::TemplateWarning)).collect();
        let document = output.map_err(|diags| template_error(Some(&world), diags.as_slice(), host));
        // Pages are counted once laid out, before the stamp, the PDF or a PNG is made of them.
        let document = document.and_then(|d| {
            let pages = d.pages().len() as u64;
            match crate::limits::exceeded(pages, limits.pages, Code::LimitPages, "", "pages") {
                Some(p) => Err(Error::Rejected(vec![Problem { input: Some(crate::problem::Input::Request), ..p }])),
                None => Ok(d),
            }
        });
        let document = match (document, job.stamp) {
            (Ok(d), Some(stamp)) => self.stamped(d, stamp, job, today),
            (d, _) => d,
        };
        // typst memoises across documents; a long-running host must not grow without bound.
        typst::comemo::evict(10);
        Ok((document?, today, warnings))
    }

    /// `document` with the stamp laid over each page: one small layout of the footers once the
    /// pages are counted, instead of page numbers that make typst lay everything out again.
    fn stamped(
        &self,
        document: PagedDocument,
        stamp: Stamp<'_>,
        job: &Job<'_>,
        today: Datetime,
    ) -> Result<PagedDocument, Error> {
        let data = serde_json::json!({ "pages": document.pages().len(), "footer": stamp.footer, "paper": stamp.paper });
        let data = serde_json::to_vec(&data).map_err(|e| Error::Internal(e.to_string()))?;
        let stamp_job = Job { template: STAMP, data: &data, assets: Vec::new(), stamp: None, ..*job };
        let world = world::DocWorld::new(self, &stamp_job, today);
        let stamps = typst::compile::<PagedDocument>(&world)
            .output
            .map_err(|diags| template_error(Some(&world), diags.as_slice(), false))?;
        if stamps.pages().len() != document.pages().len() {
            return Err(Error::Internal("the page stamp did not lay out one page per page".into()));
        }
        let mut pages = document.pages().to_vec();
        for (page, over) in pages.iter_mut().zip(stamps.pages()) {
            page.frame.push_frame(Point::zero(), untagged(&over.frame));
        }
        let info = typst::model::Document::info(&document).clone();
        Ok(PagedDocument::new(pages.into_iter().collect(), info))
    }

    /// Renders a document to PDF bytes. Same job, same bytes.
    pub fn pdf(&self, job: &Job<'_>) -> Result<Rendered, Error> {
        let (document, today, warnings) = self.compile(job)?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(job.ident.to_string()),
            creator: Smart::Custom(Some(format!("Bureau {}", env!("CARGO_PKG_VERSION")))),
            timestamp: Some(typst_pdf::Timestamp::new_utc(today)),
            tagged: job.tagged,
            standards: if job.facturx.is_some() {
                typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_3b])
                    .map_err(|e| Error::Internal(format!("PDF/A-3b: {}", e.message())))?
            } else {
                typst_pdf::PdfStandards::default()
            },
            ..typst_pdf::PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&document, &options)
            .map_err(|diags| template_error(None, diags.as_slice(), job.template != TEMPLATE))?;
        Ok(Rendered { bytes, warnings })
    }

    /// Renders page `page` (from 1) as a PNG at `dpi` dots per inch.
    pub fn png(&self, job: &Job<'_>, page: usize, dpi: u32) -> Result<Rendered, Error> {
        let (document, _, warnings) = self.compile(job)?;
        let pages = document.pages();
        let Some(one) = page.checked_sub(1).and_then(|i| pages.get(i)) else {
            let message = format!("The document has {} page(s); page {page} cannot be previewed.", pages.len());
            return Err(Error::Rejected(vec![Problem::new(Code::ValueUnknown, "/page", message)]));
        };
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(f64::from(dpi.clamp(MIN_DPI, MAX_DPI)) / 72.0),
            render_bleed: false,
        };
        let bytes = typst_render::render(one, &options)
            .encode_png()
            .map_err(|e| Error::Internal(format!("encoding the PNG preview: {e}")))?;
        Ok(Rendered { bytes, warnings })
    }
}

/// Preview resolutions accepted (dots per inch); a request outside is clamped.
pub const MIN_DPI: u32 = 18;
/// The largest preview resolution: an A4 page at 300 dpi is about 35 MB of pixels.
pub const MAX_DPI: u32 = 300;

/// typst's errors as `template.failed`: a host template's at `/template` of the request; in
/// Bureau's own template only an image can fail (at `/assets` of the project).
fn template_error(world: Option<&world::DocWorld<'_>>, diags: &[SourceDiagnostic], host: bool) -> Error {
    let problems: Vec<Problem> = diags.iter().map(|d| diagnostic(world, d, host, Code::TemplateFailed)).collect();
    if problems.is_empty() {
        Error::Internal("typst failed without a message".into())
    } else {
        Error::Rejected(problems)
    }
}

/// One of typst's diagnostics as a problem. In a host's template it carries typst's hints and,
/// when it points into the template, its line and column; Bureau's own template says only
/// what failed (an image of the project).
fn diagnostic(world: Option<&world::DocWorld<'_>>, d: &SourceDiagnostic, host: bool, code: Code) -> Problem {
    let (input, path) = if host { (Input::Request, "/template") } else { (Input::Project, "/assets") };
    let lead =
        if code == Code::TemplateWarning { "The document template warns" } else { "The document template failed" };
    let mut message = format!("{lead}: {}.", d.message);
    let mut problem = Problem { input: Some(input), ..Problem::new(code, path, String::new()) };
    if host {
        for hint in &d.hints {
            message.push_str(&format!(" Hint: {}.", hint.v));
        }
        let place = world.and_then(|w| {
            d.span.id().filter(|id| *id == w.main_id())?;
            let start = w.range(d.span)?.start;
            w.template().lines().byte_to_line_column(start)
        });
        if let Some((line, column)) = place {
            problem.line = Some(line.saturating_add(1));
            problem.column = Some(column.saturating_add(1));
        }
    }
    problem.message = message;
    problem
}

/// `limit.image_pixels` when the raster images of a job decode to more pixels together than
/// `limit`: the sizes read from each image's header, before typst decodes any.
fn check_pixels(assets: &[&[u8]], limit: u64) -> Result<(), Error> {
    let pixels = assets
        .iter()
        .filter_map(|a| imagesize::blob_size(a).ok())
        .map(|s| (s.width as u64).saturating_mul(s.height as u64))
        .fold(0u64, u64::saturating_add);
    match crate::limits::exceeded(pixels, limit, Code::LimitImagePixels, "/assets", "decoded image pixels") {
        Some(p) => Err(Error::Rejected(vec![Problem { input: Some(crate::problem::Input::Project), ..p }])),
        None => Ok(()),
    }
}

/// The fonts compiled into the library.
pub(crate) fn embedded_fonts() -> Vec<Font> {
    fonts::embedded()
}

/// A frame without introspection tags: the stamp's elements belong to its own document, and
/// in a tagged PDF they are page artifacts.
fn untagged(frame: &Frame) -> Frame {
    let mut out = Frame::soft(frame.size());
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Tag(_) => {}
            FrameItem::Group(g) => {
                let mut g = g.clone();
                g.frame = untagged(&g.frame);
                out.push(*pos, FrameItem::Group(g));
            }
            other => out.push(*pos, other.clone()),
        }
    }
    out
}

/// Bytes for typst.
fn bytes(data: &[u8]) -> Bytes {
    Bytes::new(data.to_vec())
}
