//! JSON Schemas of every input and result, generated from the Rust types.
//!
//! `schemas/` holds them; a test fails when they drift, and the TypeScript types of the WASM
//! package are generated from these files.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{json, Value};

/// The pattern every decimal string matches (`segments-and-money.md`).
pub const DECIMAL_PATTERN: &str = "^-?[0-9]+(\\.[0-9]+)?$";

/// Every schema as (file name, schema), in a stable order.
pub fn all() -> Vec<(&'static str, Schema)> {
    vec![
        ("studio-project.schema.json", schema::<crate::model::Project>()),
        ("partner-directory.schema.json", schema::<crate::model::PartnerDirectory>()),
        ("proforma.schema.json", schema::<crate::model::Proforma>()),
        ("validation.schema.json", schema::<crate::api::Validation>()),
        ("segmentation.schema.json", schema::<crate::segment::Segmentation<'static>>()),
        ("error.schema.json", schema::<crate::error::ErrorBody<'static>>()),
        ("codes.schema.json", schema::<Vec<crate::codes::CatalogueEntry>>()),
        ("words-request.schema.json", schema::<crate::money::words::WordsRequest>()),
        ("words.schema.json", schema::<crate::money::words::Words>()),
        ("document-settings.schema.json", schema::<crate::docs::settings::Settings>()),
        ("document-request.schema.json", schema::<crate::docs::settings::Request>()),
        ("document-result.schema.json", schema::<crate::api::DocumentResult<'static>>()),
        ("document-view.schema.json", schema::<crate::docs::view::View>()),
        ("reconcile-settings.schema.json", schema::<crate::office::reconcile::ReconcileSettings>()),
        ("reconcile-result.schema.json", schema::<crate::api::ReconcileResult>()),
        ("invoice-request.schema.json", schema::<crate::office::invoice::InvoiceRequest>()),
        ("invoice-result.schema.json", schema::<crate::api::InvoiceResult<'static>>()),
        ("directory-loaded.schema.json", schema::<crate::api::DirectoryLoaded>()),
        ("directory-updated.schema.json", schema::<crate::partners::UpdateSummary>()),
        ("recommend-options.schema.json", schema::<crate::partners::RecommendOptions>()),
        ("recommend-result.schema.json", schema::<crate::api::RecommendResult>()),
        ("letter-request.schema.json", schema::<crate::partners::LetterRequest>()),
        ("letter-result.schema.json", schema::<crate::api::LetterResult<'static>>()),
        ("deal.schema.json", schema::<crate::deal::Deal>()),
        ("deal-action.schema.json", schema::<crate::deal::ActionInput>()),
        ("deal-applied.schema.json", schema::<crate::deal::Applied>()),
        ("deal-view.schema.json", schema::<crate::deal::DealView>()),
        ("deal-document-request.schema.json", schema::<crate::deal::DealDocumentRequest>()),
        ("deal-report.schema.json", schema::<crate::deal::DealReport>()),
    ]
}

fn schema<T: JsonSchema>() -> Schema {
    let generator = SchemaSettings::draft2020_12().with_transform(decimals_are_strings).into_generator();
    generator.into_root_schema_for::<T>()
}

/// schemars describes a `Decimal` as "string or number"; in Bureau's JSON a decimal is always
/// a string (a number is rejected with `decimal.not_a_string`), so say exactly that.
fn decimals_are_strings(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else { return };
    let is_decimal = obj.get("pattern").and_then(Value::as_str).is_some_and(|p| p.starts_with("^-?\\d+"));
    if is_decimal {
        let nullable = obj.get("type").and_then(Value::as_array).is_some_and(|t| t.contains(&json!("null")));
        obj.insert("type".into(), if nullable { json!(["string", "null"]) } else { json!("string") });
        obj.insert("pattern".into(), json!(DECIMAL_PATTERN));
    }
    for value in obj.values_mut() {
        match value {
            Value::Object(_) => {
                if let Ok(sub) = <&mut Schema>::try_from(value) {
                    decimals_are_strings(sub);
                }
            }
            Value::Array(items) => {
                for item in items {
                    if let Ok(sub) = <&mut Schema>::try_from(item) {
                        decimals_are_strings(sub);
                    }
                }
            }
            _ => {}
        }
    }
}

/// One schema as pretty JSON text with a trailing newline, as stored in `schemas/`.
pub fn render(schema: &Schema) -> String {
    let mut s = serde_json::to_string_pretty(schema).unwrap_or_default();
    s.push('\n');
    s
}
