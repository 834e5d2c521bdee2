//! # Bureau
//!
//! An embeddable engine for the commercial side of interior-design projects: it reads a
//! Studio project (`studio-project/1`), checks it, splits it into **segments** (one per
//! supplying company, with exact money totals, boxes, weights and volumes), builds each
//! segment's documents as models and as reproducible PDFs, keeps a supplier's Back Office
//! (proformas reconciled against what was asked) and Front Office (client invoices),
//! recommends suppliers from a partner directory, and runs deals between the parties.
//!
//! ## Two ways in
//!
//! **JSON in, JSON out**: [`api`] holds the operations every surface calls (the C library,
//! WASM, Python and the CLI wrap exactly these), so the same input gives the same bytes
//! everywhere. A host that speaks JSON needs nothing else.
//!
//! ```
//! let out = bureau::api::segment(bureau::examples::VILLA.as_bytes(), None).unwrap();
//! let split: serde_json::Value = serde_json::from_slice(&out).unwrap();
//! assert_eq!(split["segments"].as_array().unwrap().len(), 3);
//! ```
//!
//! **Typed**: the values behind those operations, re-exported here.
//!
//! ```
//! let checked = bureau::read_project(bureau::examples::VILLA.as_bytes()).unwrap();
//! let split = bureau::segment(&checked.value).unwrap();
//! assert_eq!((split.segments.len(), split.unsourced.len()), (3, 1));
//!
//! let (index, _) = bureau::api::load_directory(bureau::examples::DIRECTORY.as_bytes()).unwrap();
//! let mut deal = bureau::Deal::open(checked.value, Some(&index)).unwrap();
//! let invite = br#"{ "actor": "d-kovaleva", "at": "2026-11-21T10:00:00Z", "action": "invite_supplier",
//!     "segments": ["PRJ-2026-0142/f-verdi"], "supplier": "s-casa-italia" }"#;
//! let applied = deal.apply(invite, Some(&index)).unwrap();
//! assert_eq!(applied.version, 2);
//! ```
//!
//! | what | where |
//! |---|---|
//! | inputs, read and checked | [`read_project`], [`read_directory`], [`read_proforma`] → [`Checked`] [`Project`], [`PartnerDirectory`], [`Proforma`] |
//! | segments | [`segment()`], [`segment_against`] → [`Segmentation`] |
//! | documents | [`docs`]: [`Settings`], [`Kind`], [`Document`], [`docs::prepare`], [`Renderer`]; the template's data, [`View`] |
//! | Back and Front Office | [`office`]: [`Reconciliation`], [`InvoiceRequest`], [`ClientInvoice`] |
//! | partners | [`PartnerIndex`], [`RecommendOptions`], [`partners::recommend`] |
//! | deals | [`Deal`] ([`Deal::apply`], [`Deal::to_json`], [`load_deal`]), [`DealView`] |
//! | money and words | [`money`]: [`Rounding`], [`Lang`], [`Text`] |
//! | errors | [`Error`], [`Problem`], [`Code`], [`Input`]; the limits a host may lower, [`limits`] |
//!
//! The data walks one way: project JSON → [`model`] → [`segment()`] → document model → typst →
//! bytes; `tests/layers.rs` keeps every module on its floor.
#![forbid(unsafe_code)]
#![warn(unreachable_pub)]
// Arithmetic on input-derived values is checked (`checked_*`, `exact_add`, `Fixed`); the few
// modules and functions that allow plain operators say why theirs cannot overflow.
#![deny(clippy::arithmetic_side_effects)]
#![cfg_attr(test, allow(clippy::arithmetic_side_effects))]

pub mod api;
pub(crate) mod checks;
pub(crate) mod codes;
pub mod deal;
pub mod docs;
pub(crate) mod error;
pub mod examples;
pub(crate) mod json;
pub mod limits;
pub mod model;
pub mod money;
pub mod office;
pub mod partners;
pub mod problem;
pub mod schema;
pub mod segment;
pub(crate) mod text;

pub use codes::{CatalogueEntry, Code, Severity};
pub use deal::{load as load_deal, Deal, DealView};
pub use docs::model::{ClientInvoice, Document};
#[cfg(feature = "docs")]
pub use docs::render::Renderer;
pub use docs::settings::{Kind, Settings};
pub use docs::view::View;
pub use error::{Error, ErrorBody};
pub use model::{read_directory, read_proforma, read_project, Checked, PartnerDirectory, Proforma, Project};
pub use money::Rounding;
pub use office::invoice::InvoiceRequest;
pub use office::reconcile::Reconciliation;
pub use partners::{PartnerIndex, RecommendOptions};
pub use problem::{Input, Problem};
pub use segment::{segment_against, split as segment, Segmentation};
pub use text::{Lang, Text};
