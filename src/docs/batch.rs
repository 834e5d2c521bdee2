//! Many documents at once (`bureau documents`, the demo): which ones, their numbers from the
//! host's series, and their files. Everything is built in memory first, so a problem in any
//! document leaves nothing half-written.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::{may_request, requester, segment_ids, unknown_segment, Scope};
use super::render::{Job, Renderer, Stamp, TEMPLATE};
use super::settings::{Kind, Output, Settings};
use super::{check, number, prepare_checked, Form as _, Prepared};
use crate::codes::Code;
use crate::error::Error;
use crate::model::Project;
use crate::problem::Problem;

/// One file of a batch.
#[derive(Debug, Clone, Serialize)]
pub struct File {
    /// The file's name (`proforma-f-verdi.pdf`).
    pub path: String,
    /// The document's kind.
    pub kind: Kind,
    /// The segment's id; absent for a whole-project document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// `pdf`, `png` or `json`.
    pub format: Output,
    /// The document's number.
    pub number: String,
    /// Size in bytes.
    pub bytes: usize,
    /// The content.
    #[serde(skip)]
    pub data: Vec<u8>,
}

/// What a batch made.
#[derive(Debug, Clone, Serialize)]
pub struct Batch {
    /// Every file, in the order made.
    pub files: Vec<File>,
    /// Problems that did not stop any document.
    pub warnings: Vec<Problem>,
    /// The next number of each series the settings gave, to store for the next batch.
    pub series: BTreeMap<Kind, u32>,
}

/// The documents a batch makes: `kinds` (all four when empty) for `segments` (every segment
/// when empty); a specification covers the whole project unless segments are named.
pub(crate) fn plan(project: &Project, kinds: &[Kind], segments: &[String]) -> Vec<(Kind, Option<String>)> {
    let kinds: Vec<Kind> = if kinds.is_empty() {
        Kind::DEFAULT.to_vec()
    } else {
        Kind::ALL.into_iter().filter(|k| kinds.contains(k)).collect()
    };
    let named = !segments.is_empty();
    let segments = if named { segments.to_vec() } else { segment_ids(project) };
    let mut out = Vec::new();
    if kinds.contains(&Kind::Specification) {
        if named {
            out.extend(segments.iter().map(|s| (Kind::Specification, Some(s.clone()))));
        } else {
            out.push((Kind::Specification, None));
        }
    }
    for s in &segments {
        for k in kinds.iter().filter(|k| **k != Kind::Specification) {
            out.push((*k, Some(s.clone())));
        }
    }
    out
}

/// Builds and renders the documents of `plan`: each as PDF and model JSON, and as each of
/// `tables` (`xlsx`, `csv`) where the kind is a table (specification, packing list). `defaults`
/// says the plan was not asked for document by document: a proforma request the buyer may not
/// send is then left out with a warning instead of failing the batch.
pub fn run(
    renderer: &Renderer,
    project: &Project,
    settings: &Settings,
    plan: &[(Kind, Option<String>)],
    defaults: bool,
    tables: &[Output],
) -> Result<Batch, Error> {
    // The settings are the same for every document: checked once, their problems said once.
    let problems = check(project, settings, None);
    if !problems.is_empty() {
        return Err(Error::Rejected(problems));
    }
    // One pass over the items finds every segment; each document looks its own up.
    let scopes = Scope::index(project);
    let known = segment_ids(project);
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let mut used: BTreeMap<Kind, u32> = BTreeMap::new();
    let mut proforma_numbers: BTreeMap<String, String> = BTreeMap::new();
    for (kind, segment) in plan {
        let offset = used.get(kind).copied().unwrap_or(0);
        let num = number(project, settings, *kind, segment.as_deref(), offset);
        let mut own = settings.clone();
        if *kind == Kind::PackingList && own.reference.is_none() {
            own.reference = segment.as_ref().and_then(|s| proforma_numbers.get(s)).map(|n| n.as_str().into());
        }
        let scope = match segment.as_deref().map(|s| (s, scopes.get(s))) {
            Some((_, Some(scope))) => Some(scope),
            Some((s, None)) => {
                errors.push(unknown_segment(s, &known));
                continue;
            }
            None => None,
        };
        if defaults && *kind == Kind::ProformaRequest {
            if let Some(why) = scope.and_then(|s| refused(project, settings, s)) {
                warnings.push(Problem::new(Code::DocumentSkipped, "", why));
                continue;
            }
        }
        let prepared = match prepare_checked(project, *kind, scope, &own, num.clone()) {
            Ok(p) => p,
            Err(mut e) => {
                errors.append(&mut e);
                continue;
            }
        };
        if !errors.is_empty() {
            continue;
        }
        used.insert(*kind, offset.saturating_add(1));
        if *kind == Kind::Proforma {
            if let Some(s) = segment {
                proforma_numbers.insert(s.clone(), num.clone());
            }
        }
        let stem = format!("{}-{}", kind.as_str(), stem(project, segment.as_deref()));
        let file = |format: Output, suffix: &str, data: Vec<u8>| File {
            path: format!("{stem}{suffix}.{}", format.as_str()),
            kind: *kind,
            segment: segment.clone(),
            format,
            number: num.clone(),
            bytes: data.len(),
            data,
        };
        let model = serde_json::to_vec(&prepared.document).map_err(|e| Error::Internal(e.to_string()))?;
        let pdf = renderer.pdf(&job(&prepared, settings, &num))?;
        let mut made = vec![file(Output::Pdf, "", pdf.bytes), file(Output::Json, "", model)];
        if let Some(dpi) = settings.preview_dpi {
            // The preview is the same layout: its warnings are the PDF's.
            made.push(file(Output::Png, "-p1", renderer.png(&job(&prepared, settings, &num), 1, dpi)?.bytes));
        }
        for format in tables.iter().filter(|f| matches!(f, Output::Xlsx | Output::Csv)) {
            if prepared.document.sheet(prepared.document.head().language).is_some() {
                made.push(file(*format, "", super::spreadsheet(&prepared, *format)?));
            }
        }
        warnings.extend(prepared.warnings);
        warnings.extend(pdf.warnings);
        files.extend(made);
    }
    if !errors.is_empty() {
        return Err(Error::Rejected(dedup(errors)));
    }
    let series = Kind::ALL
        .into_iter()
        .filter_map(|k| settings.series.of(k).map(|s| (k, s.next.saturating_add(used.get(&k).copied().unwrap_or(0)))))
        .collect();
    Ok(Batch { files, warnings, series })
}

/// The render job of a prepared document.
pub fn job<'a, D>(p: &'a Prepared<D>, settings: &'a Settings, ident: &'a str) -> Job<'a> {
    // Every template's pages get the footer line and "page / pages" stamped over them (a
    // host's template leaves the foot of its pages free, as Bureau's does).
    let stamp =
        Some(Stamp { footer: settings.branding.footer.as_deref().unwrap_or(""), paper: settings.paper.typst_name() });
    Job {
        stamp,
        template: settings.template.as_deref().unwrap_or(TEMPLATE),
        data: &p.data,
        assets: p.images.iter().map(Vec::as_slice).collect(),
        date: p.date,
        ident,
        tagged: p.tagged,
        fonts: &p.fonts,
        facturx: None,
    }
}

/// Why the default batch leaves out the proforma request of `segment`, if it does.
fn refused(project: &Project, settings: &Settings, scope: &Scope<'_>) -> Option<String> {
    (!may_request(requester(project, settings), scope.source)).then(|| {
        format!(
            "No proforma request to {} for \"{}\": the project's owner has no commercial functions; invite a supplier to manage the segment and name it as `buyer`.",
            scope.source.name, scope.id
        )
    })
}

/// `f-verdi` for a segment, `project` for the whole project.
fn stem<'a>(project: &Project, segment: Option<&'a str>) -> &'a str {
    let pid = project.project.id.as_str();
    segment.and_then(|s| s.strip_prefix(pid)).and_then(|s| s.strip_prefix('/')).unwrap_or("project")
}

fn dedup(errors: Vec<Problem>) -> Vec<Problem> {
    let mut seen = std::collections::HashSet::new();
    errors.into_iter().filter(|e| seen.insert(e.clone())).collect()
}
