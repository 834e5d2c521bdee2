//! Documents: a document model (plain data, every amount computed and rounded, every label in
//! the document's language) and its rendering through typst, embedded as a library.
//!
//! The data walks one way: project → segment → [`model`] (amounts) → [`view`] (formatted
//! strings) → JSON → typst template → PDF or PNG. A template reads its data from `/data.json`
//! (`json("/data.json")`); no text is ever pasted into markup, so a product called
//! `#read("/etc/passwd")` prints exactly those characters.

#[cfg(feature = "docs")]
pub mod batch;
pub(crate) mod einvoice;
#[cfg(feature = "docs")]
mod fit;
pub mod format;
mod glyphs;
pub(crate) mod labels;
pub mod model;
#[cfg(feature = "docs")]
pub mod render;
pub mod settings;
pub mod sheet;
pub mod view;

use base64::Engine as _;

use crate::codes::Code;
use crate::model::standards::locale_language;
use crate::model::Project;
use crate::money::words::Lang;
use crate::problem::{Problem, Problems};
use model::{Context, Document, Scope};
use settings::{Kind, Settings};

/// The most distinct images one document shows (typst's file ids are interned for the
/// process's life, so their number is fixed).
pub const MAX_IMAGES: usize = 64;

/// A document model a template prints. The kit's own kinds are the [`Document`]s; other
/// modules print theirs through it (the reconciliation report in `office`, the proposal letter
/// in `partners`), so the kit never names them.
pub trait Form: serde::Serialize + Sized {
    /// Its `kind`, as the model JSON names it.
    fn kind(&self) -> &'static str;
    /// Its number, date, language and title.
    fn head(&self) -> &model::Head;
    /// What the template prints: every string formatted in `lang`; the images it shows are
    /// added to `images`.
    fn view(&self, lang: Lang, images: &mut view::Images) -> view::Body;
    /// The document as a table, for a spreadsheet or CSV, where a table is the point; `None`
    /// for a kind that has none.
    fn sheet(&self, _lang: Lang) -> Option<sheet::Table> {
        None
    }
    /// The ids of the images it would show (the logo aside).
    fn image_ids(&self) -> Vec<&str> {
        Vec::new()
    }
    /// The model as its template reads it: `{"kind": …, …its fields}`.
    fn model_json(&self) -> serde_json::Result<String> {
        #[derive(serde::Serialize)]
        struct Tagged<'a, D> {
            kind: &'static str,
            #[serde(flatten)]
            model: &'a D,
        }
        serde_json::to_string(&Tagged { kind: self.kind(), model: self })
    }
}

/// A document built and ready to render: its model, the JSON its template reads, its images.
pub struct Prepared<D = Document> {
    /// The document model.
    pub document: D,
    /// `{ "model": …, "view": … }`: what the template reads as `/data.json`.
    pub data: Vec<u8>,
    /// Image bytes: `/assets/0`, `/assets/1`, …
    pub images: Vec<Vec<u8>>,
    /// Problems that do not stop the document (glyphs no font has, images left out).
    pub warnings: Vec<Problem>,
    /// The document date.
    pub date: (i32, u8, u8),
    /// Tagged PDF.
    pub tagged: bool,
    /// The fonts the host added (`fonts` in the settings), parsed.
    #[cfg(feature = "docs")]
    pub fonts: Vec<typst::text::Font>,
}

/// A prepared document's table as XLSX or CSV (`format.not_a_table` for a kind without one).
pub(crate) fn spreadsheet<D: Form>(p: &Prepared<D>, format: settings::Output) -> Result<Vec<u8>, crate::Error> {
    table_file(&p.document, p.date, format)
}

/// `document` as a table in `format` (`xlsx` or `csv`), dated `date`: no print form needed.
pub(crate) fn table_file<D: Form>(
    document: &D,
    date: format::Day,
    format: settings::Output,
) -> Result<Vec<u8>, crate::Error> {
    #[cfg(not(feature = "sheets"))]
    let _ = date; // dates a spreadsheet only
    let head = document.head();
    let Some(table) = document.sheet(head.language) else {
        return Err(crate::Error::Rejected(vec![Problem::new(
            Code::FormatNotATable,
            "/format",
            format!(
                "A {} is not made as a table: ask it for \"pdf\", \"png\" or \"json\"; \"{}\" is made for the specification, the packing list, the client invoice and the reconciliation.",
                document.kind().replace('_', " "),
                format.as_str()
            ),
        )]));
    };
    match format {
        #[cfg(feature = "sheets")]
        settings::Output::Xlsx => sheet::xlsx(&table, date),
        #[cfg(not(feature = "sheets"))]
        settings::Output::Xlsx => Err(crate::Error::Rejected(vec![Problem::new(
            Code::RenderUnavailable,
            "/format",
            "This build writes no XLSX (it was built without the `sheets` feature); ask for \"csv\" or \"json\".",
        )])),
        _ => Ok(sheet::csv(&table)),
    }
}

/// The language of documents: the settings', else the project's locale.
pub(crate) fn language(project: &Project, settings: &Settings) -> Lang {
    settings.language.unwrap_or_else(|| project_language(project))
}

/// The language of the project's locale: English for `en`, else Russian.
pub(crate) fn project_language(project: &Project) -> Lang {
    match locale_language(&project.project.locale) {
        Some("en") => Lang::En,
        _ => Lang::Ru,
    }
}

/// The number of a document: the settings' `number`, else the series of its kind at `offset`,
/// else one derived from the project id (`PF-PRJ-2026-0142-01`); `-revN` for a revision.
pub(crate) fn number(project: &Project, settings: &Settings, kind: Kind, segment: Option<&str>, offset: u32) -> String {
    let base = match (&settings.number, settings.series.of(kind)) {
        (Some(n), _) => n.to_string(),
        (None, Some(series)) => series.number(offset),
        (None, None) => {
            let ids = model::segment_ids(project);
            match segment.and_then(|s| ids.iter().position(|i| i == s)) {
                Some(i) => format!("{}-{}-{:02}", kind.default_prefix(), project.project.id, i.saturating_add(1)),
                None => format!("{}-{}", kind.default_prefix(), project.project.id),
            }
        }
    };
    match settings.revision {
        Some(r) if r > 1 => format!("{base}-rev{r}"),
        _ => base,
    }
}

/// The problems of settings (and a segment id) against the project, each naming the request.
pub(crate) fn check(project: &Project, settings: &Settings, segment: Option<&str>) -> Vec<Problem> {
    let mut checked = Problems::default();
    settings::check(settings, project, &mut checked);
    let mut errors: Vec<Problem> =
        checked.errors.into_iter().map(|p| Problem { input: Some(crate::problem::Input::Request), ..p }).collect();
    if let Some(Err(p)) = segment.map(|s| Scope::find(project, s)) {
        errors.push(p);
    }
    errors
}

/// Builds the model of one document and everything its template needs.
pub fn prepare(
    project: &Project,
    kind: Kind,
    segment: Option<&str>,
    settings: &Settings,
    number: String,
) -> Result<Prepared, Vec<Problem>> {
    let mut problems = check(project, settings, None);
    let scope = match segment.map(|s| Scope::find(project, s)) {
        Some(Ok(scope)) => Some(scope),
        Some(Err(p)) => {
            problems.push(p);
            None
        }
        None => None,
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    prepare_checked(project, kind, scope.as_ref(), settings, number)
}

/// [`prepare`] for settings already checked ([`check`]) and a segment already found.
pub(crate) fn prepare_checked(
    project: &Project,
    kind: Kind,
    scope: Option<&Scope<'_>>,
    settings: &Settings,
    number: String,
) -> Result<Prepared, Vec<Problem>> {
    let date_text = settings.date.clone().or_else(|| project.project.date.clone()).unwrap_or_default();
    let date = format::parse_date(&date_text).ok_or_else(|| {
        vec![Problem::request(
            Code::SettingsMissingDate,
            "/date",
            "The document needs a date: give `date` in the settings.",
        )]
    })?;
    let ctx = Context { project, settings, lang: language(project, settings), date: date_text, number };
    let document = model::build(&ctx, kind, scope)?;
    dress(project, document, settings, date)
}

/// A document model made ready to render: its view, images, fonts and the JSON its template
/// reads. `date` is the document date (checked by the caller).
pub(crate) fn dress<D: Form>(
    project: &Project,
    document: D,
    settings: &Settings,
    date: (i32, u8, u8),
) -> Result<Prepared<D>, Vec<Problem>> {
    let mut warnings = Vec::new();
    let logo = settings.branding.logo.as_deref();
    // The print form is for typst: a build without the renderer makes none (its documents are
    // models and tables), and shows as many images as the renderer would (up to the limit).
    #[cfg(feature = "docs")]
    let (view_json, images) = {
        let (view, images) = view::view(&document, settings, logo);
        let view = fit::annotated(view, settings.paper);
        (serde_json::to_string(&view).map_err(internal)?, images.ids)
    };
    #[cfg(not(feature = "docs"))]
    let (view_json, images): (String, Vec<String>) = ("null".into(), Vec::new());
    let wanted = wanted_images(&document, logo);
    let shown = if cfg!(feature = "docs") { images.len() } else { wanted.min(MAX_IMAGES) };
    if wanted > shown {
        warnings.push(Problem::request(
            Code::ImageLimit,
            "",
            format!("The document uses {wanted} distinct images; the first {MAX_IMAGES} are shown, the rest left out."),
        ));
    }
    let images = images
        .iter()
        .filter_map(|id| project.assets.iter().find(|a| a.id == *id))
        .map(|a| base64::engine::general_purpose::STANDARD.decode(a.data_base64.as_bytes()).unwrap_or_default())
        .collect();
    #[cfg(feature = "docs")]
    let fonts = glyphs::host_fonts(settings)?;
    #[cfg(not(feature = "docs"))]
    if !settings.fonts.is_empty() {
        return Err(vec![Problem::request(
            Code::RenderUnavailable,
            "/fonts",
            "Fonts a host adds are read by the renderer, which this build does not have; ask the renderer (the full library or the renderer module) for this document.",
        )]);
    }
    // `{"model": …, "view": …}`, each serialised once, straight from its type.
    let model_json = document.model_json().map_err(internal)?;
    #[cfg(feature = "docs")]
    glyphs::check(&document, &model_json, &|c| glyphs::in_fonts(&fonts, c), &mut warnings);
    #[cfg(not(feature = "docs"))]
    glyphs::check(&document, &model_json, &|_| false, &mut warnings);
    let data = format!(r#"{{"model":{model_json},"view":{view_json}}}"#).into_bytes();
    Ok(Prepared {
        document,
        data,
        images,
        warnings,
        date,
        tagged: settings.tagged,
        #[cfg(feature = "docs")]
        fonts,
    })
}

fn internal(e: serde_json::Error) -> Vec<Problem> {
    vec![Problem::new(Code::Internal, "", format!("serialising the document model: {e}"))]
}

/// How many distinct images a document would show.
fn wanted_images(doc: &impl Form, logo: Option<&str>) -> usize {
    let mut ids: Vec<&str> = logo.into_iter().collect();
    for id in doc.image_ids() {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.len()
}
