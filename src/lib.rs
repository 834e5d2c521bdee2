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
pub mod text;

pub use codes::Code;
pub use error::Error;
pub use model::{read_directory, read_proforma, read_project, Checked, PartnerDirectory, Proforma, Project};
pub use problem::Problem;
pub use segment::{segment_against, split as segment, Segmentation};
