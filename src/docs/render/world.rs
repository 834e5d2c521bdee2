//! The typst `World` of one document: `/main.typ` (the template), `/bureau.typ` (Bureau's
//! layout, which templates may import), `/data.json` (the document model and its view) and
//! `/assets/…` (images), nothing else: no file system, no packages, no network, no
//! clock. File ids are interned by typst for the process's life, so the paths are fixed ones,
//! never minted per request.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use super::{bytes, Job, Renderer};

/// The id of one of Bureau's fixed paths.
// The paths are constants of this file, valid by construction and used by every rendering
// test; a mistyped one fails the first test that renders, never a host at run time.
#[allow(clippy::expect_used)]
fn id(path: &str) -> FileId {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).expect("a valid constant path")).intern()
}

static MAIN: LazyLock<FileId> = LazyLock::new(|| id("/main.typ"));
static DATA: LazyLock<FileId> = LazyLock::new(|| id("/data.json"));
static FACTURX: LazyLock<FileId> = LazyLock::new(|| id("/factur-x.xml"));
pub(super) static LAYOUT: LazyLock<FileId> = LazyLock::new(|| id("/bureau.typ"));

/// The most images a document may carry; file ids are interned forever, so they are capped.
pub const MAX_ASSETS: usize = 64;
static ASSETS: LazyLock<Vec<FileId>> = LazyLock::new(|| (0..MAX_ASSETS).map(|i| id(&format!("/assets/{i}"))).collect());

/// One document's world.
pub(super) struct DocWorld<'a> {
    renderer: &'a Renderer,
    main: Source,
    data: Bytes,
    /// A Factur-X invoice's CII, attached by a line appended to the template.
    facturx: Option<Bytes>,
    assets: Vec<(FileId, Bytes)>,
    today: Datetime,
    /// The host's fonts, after the renderer's, and a book of both; none when the host adds none.
    fonts: &'a [Font],
    book: Option<LazyHash<FontBook>>,
}

impl<'a> DocWorld<'a> {
    pub(super) fn new(renderer: &'a Renderer, job: &Job<'a>, today: Datetime) -> Self {
        let assets = job.assets.iter().zip(ASSETS.iter()).map(|(data, id)| (*id, bytes(data))).collect();
        let book = (!job.fonts.is_empty())
            .then(|| LazyHash::new(FontBook::from_fonts(renderer.fonts.iter().chain(job.fonts))));
        DocWorld {
            renderer,
            main: Source::new(
                *MAIN,
                match job.facturx {
                    // Appended, so the template's own lines keep their numbers in its errors.
                    Some(_) => format!("{}{}", job.template, crate::docs::einvoice::facturx::ATTACH),
                    None => job.template.to_string(),
                },
            ),
            data: bytes(job.data),
            facturx: job.facturx.map(bytes),
            assets,
            today,
            fonts: job.fonts,
            book,
        }
    }

    /// The template's file id.
    pub(super) fn main_id(&self) -> FileId {
        *MAIN
    }

    /// The template's source.
    pub(super) fn template(&self) -> &Source {
        &self.main
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.renderer.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.book.as_ref().unwrap_or(&self.renderer.book)
    }

    fn main(&self) -> FileId {
        *MAIN
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN {
            Ok(self.main.clone())
        } else if id == *LAYOUT {
            Ok(self.renderer.layout.clone())
        } else {
            Err(not_given(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA {
            return Ok(self.data.clone());
        }
        if let (true, Some(xml)) = (id == *FACTURX, &self.facturx) {
            return Ok(xml.clone());
        }
        if id == *MAIN {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        if id == *LAYOUT {
            return Ok(Bytes::from_string(self.renderer.layout.clone()));
        }
        self.assets.iter().find(|(a, _)| *a == id).map(|(_, b)| b.clone()).ok_or_else(|| not_given(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        let own = &self.renderer.fonts;
        own.get(index).or_else(|| self.fonts.get(index.checked_sub(own.len())?)).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_given(id: FileId) -> FileError {
    FileError::Other(Some(
        format!(
            "{} is not a file Bureau gives to templates (they may read /data.json, /bureau.typ and /assets/…)",
            id.vpath().get_without_slash()
        )
        .into(),
    ))
}
