//! Rendering with typst as a library: fonts, font book and standard library built once
//! ([`Renderer`]); per document, a [`world::DocWorld`] that serves only what Bureau gives it.

mod fonts;
mod world;

pub use world::MAX_ASSETS;

use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;

use crate::codes::Code;
use crate::error::Error;
use crate::problem::Problem;

/// Everything a document needs that does not change between documents: loaded once.
pub struct Renderer {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// One document to render.
pub struct Job<'a> {
    /// The template's typst source (Bureau's own, or the host's).
    pub template: &'a str,
    /// The document model as JSON: the template reads it from `/data.json`.
    pub data: &'a [u8],
    /// Images the template may read: the first is `/assets/0`, the next `/assets/1`, … (at most
    /// [`MAX_ASSETS`]).
    pub assets: &'a [&'a [u8]],
    /// The document date: `datetime.today()` and the PDF's date. Never the clock.
    pub date: (i32, u8, u8),
    /// A stable identifier of the document (its number): the PDF's `/ID` derives from it.
    pub ident: &'a str,
    /// Tagged PDF (accessible; larger for long tables).
    pub tagged: bool,
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
        Renderer { library: LazyHash::new(Library::builder().build()), book: LazyHash::new(book), fonts }
    }

    /// The fonts documents are set in.
    pub fn fonts(&self) -> &[Font] {
        &self.fonts
    }

    /// Renders a document to PDF bytes. Same job, same bytes.
    pub fn pdf(&self, job: &Job<'_>) -> Result<Vec<u8>, Error> {
        let (y, m, d) = job.date;
        let today = Datetime::from_ymd(y, m, d)
            .ok_or_else(|| Error::Internal(format!("the document date {y}-{m}-{d} is not a date")))?;
        if job.assets.len() > MAX_ASSETS {
            let message =
                format!("A document can carry at most {MAX_ASSETS} images; this one has {}.", job.assets.len());
            return Err(Error::Rejected(vec![Problem::new(Code::TemplateFailed, "", message)]));
        }
        let world = world::DocWorld::new(self, job, today);
        let Warned { output, warnings: _ } = typst::compile::<PagedDocument>(&world);
        let document = output.map_err(|diags| template_error(diags.as_slice()))?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(job.ident.to_string()),
            creator: Smart::Custom(Some(format!("Bureau {}", env!("CARGO_PKG_VERSION")))),
            timestamp: Some(typst_pdf::Timestamp::new_utc(today)),
            tagged: job.tagged,
            ..typst_pdf::PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&document, &options).map_err(|diags| template_error(diags.as_slice()))?;
        // typst memoises across documents; a long-running host must not grow without bound.
        typst::comemo::evict(10);
        Ok(bytes)
    }
}

fn template_error(diags: &[SourceDiagnostic]) -> Error {
    let problems: Vec<Problem> = diags
        .iter()
        .map(|d| Problem::new(Code::TemplateFailed, "", format!("The document template failed: {}.", d.message)))
        .collect();
    if problems.is_empty() {
        Error::Internal("typst failed without a message".into())
    } else {
        Error::Rejected(problems)
    }
}

/// Bytes for typst.
fn bytes(data: &[u8]) -> Bytes {
    Bytes::new(data.to_vec())
}
