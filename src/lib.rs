//! # Bureau
//!
//! An embeddable engine for the commercial side of interior-design projects: it reads a
//! Studio project (`studio-project/1`), checks it, and splits it into **segments**, one per
//! supplying company, with exact money totals, boxes, weights and volumes; and it builds each
//! segment's documents ([`docs`]: specification, proforma request, proforma, packing list) as
//! models and as reproducible PDFs.
//!
//! The data walks one way: project JSON → [`model`] → [`segment`] → document model → typst → bytes.
//! Every surface (this crate, the C library, WASM, Python, the CLI) calls the JSON operations
//! in [`api`], so they give the same bytes for the same input.
//!
//! ```
//! let bytes = bureau::examples::VILLA.as_bytes();
//! let checked = bureau::read_project(bytes).unwrap();
//! let split = bureau::segment(&checked.value).unwrap();
//! assert_eq!(split.segments.len(), 3);
//! assert_eq!(split.unsourced.len(), 1);
//! ```
#![forbid(unsafe_code)]
// Arithmetic on input-derived values is checked (`checked_*`, `exact_add`, `Fixed`); the few
// modules and functions that allow plain operators say why theirs cannot overflow.
#![deny(clippy::arithmetic_side_effects)]
#![cfg_attr(test, allow(clippy::arithmetic_side_effects))]

pub mod api;
pub mod checks;
pub mod codes;
pub mod deal;
pub mod docs;
pub mod error;
pub mod examples;
pub mod json;
pub mod limits;
pub mod model;
pub mod money;
pub mod office;
pub mod partners;
pub mod problem;
pub mod schema;
pub mod segment;

pub use codes::Code;
pub use error::Error;
pub use model::{PartnerDirectory, Proforma, Project};
pub use problem::Problem;
pub use segment::Segmentation;

/// A value that passed validation, with the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Checked<T> {
    /// The value.
    pub value: T,
    /// Problems that do not reject the input.
    pub warnings: Vec<Problem>,
}

fn read_checked<T: json::ReadObject>(bytes: &[u8], check: fn(&T, &mut problem::Problems)) -> Result<Checked<T>, Error> {
    let (value, mut problems) = json::read_document::<T>(bytes).map_err(|p| Error::Rejected(vec![p]))?;
    finish_checked(value, &mut problems, check)
}

fn finish_checked<T>(
    value: T,
    problems: &mut problem::Problems,
    check: fn(&T, &mut problem::Problems),
) -> Result<Checked<T>, Error> {
    // The semantic checks run even after read errors, so one call reports every problem;
    // they skip fields that were missing or unusable (already reported) to avoid cascades.
    check(&value, problems);
    if problems.errors.is_empty() {
        Ok(Checked { value, warnings: std::mem::take(&mut problems.warnings) })
    } else {
        Err(Error::Rejected(std::mem::take(&mut problems.errors)))
    }
}

/// Reads and checks a `studio-project/1` document.
pub fn read_project(bytes: &[u8]) -> Result<Checked<Project>, Error> {
    read_checked(bytes, model::validate::project)
}

/// Reads and checks a `partner-directory/1` document.
pub fn read_directory(bytes: &[u8]) -> Result<Checked<PartnerDirectory>, Error> {
    read_checked(bytes, model::validate::directory)
}

/// Reads and checks a `proforma/1` document.
pub fn read_proforma(bytes: &[u8]) -> Result<Checked<Proforma>, Error> {
    read_checked(bytes, model::validate::proforma)
}

/// Splits a checked project into segments with the default (commercial) rounding.
pub fn segment(project: &Project) -> Result<Segmentation<'_>, Error> {
    segment::segment(project, money::Rounding::default()).map_err(Error::Rejected)
}

/// Splits `project` and compares it with the `previous` version.
pub fn segment_against<'a>(project: &'a Project, previous: &Project) -> Result<Segmentation<'a>, Error> {
    let mut new = segment(project)?;
    let old = segment(previous).map_err(|e| e.in_input("previous"))?;
    new.diff = Some(segment::diff::diff_of(previous, &old, project, &new));
    Ok(new)
}
