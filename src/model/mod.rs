//! The engine's input data: `studio-project/1`, `partner-directory/1` and `proforma/1`.
//!
//! Each type is a serde view (what the JSON Schemas in `schemas/` describe) read by the
//! path-tracking reader in `crate::json`; `validate` then checks what only the whole
//! document can tell (references, duplicates, roles, check digits).

mod checked;
mod company;
mod directory;
mod item;
mod proforma;
mod project;
mod read;
pub(crate) mod standards;
pub(crate) mod validate;

pub use company::{Bank, Company, CompanyKind, Endpoint};
pub use directory::{DirectoryCompany, PartnerDirectory, Partnership, PartnershipStatus};
pub use item::{Dimensions, Item, ItemOption, Package};
pub use proforma::{Proforma, ProformaLine, ProformaTotals};
pub use project::{Asset, Delivery, MediaType, Party, PartyKind, Project, ProjectInfo, Room};

pub use crate::text::Text;
pub use checked::{read_directory, read_proforma, read_project, Checked};

/// The format names this engine reads.
pub const FORMATS: &[&str] = &[Project::FORMAT, PartnerDirectory::FORMAT, Proforma::FORMAT];
