//! JSON Schemas of every input and result, generated from the Rust types.
//!
//! `schemas/` holds them; a test fails when they drift, and the TypeScript types of the WASM
//! package are generated from them.

use schemars::{schema_for, Schema};

/// Every schema as (file name, schema), in a stable order.
pub fn all() -> Vec<(&'static str, Schema)> {
    vec![
        (
            "studio-project.schema.json",
            schema_for!(crate::model::Project),
        ),
        (
            "partner-directory.schema.json",
            schema_for!(crate::model::PartnerDirectory),
        ),
        ("proforma.schema.json", schema_for!(crate::model::Proforma)),
        (
            "validation.schema.json",
            schema_for!(crate::api::Validation),
        ),
        (
            "segmentation.schema.json",
            schema_for!(crate::segment::Segmentation<'static>),
        ),
        (
            "error.schema.json",
            schema_for!(crate::error::ErrorBody<'static>),
        ),
        (
            "codes.schema.json",
            schema_for!(Vec<crate::codes::CatalogueEntry>),
        ),
    ]
}

/// One schema as pretty JSON text with a trailing newline, as stored in `schemas/`.
pub fn render(schema: &Schema) -> String {
    let mut s = serde_json::to_string_pretty(schema).unwrap_or_default();
    s.push('\n');
    s
}
