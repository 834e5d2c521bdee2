//! `schemas/` must be what the Rust types describe today; the TypeScript types of the WASM
//! package are generated from these files. Regenerate: `BUREAU_BLESS=1 cargo test --test schemas`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

#[test]
fn schemas_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let mut stale = Vec::new();
    for (name, schema) in bureau::schema::all() {
        let text = bureau::schema::render(&schema);
        let path = dir.join(name);
        if std::env::var_os("BUREAU_BLESS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "schemas out of date: {stale:?}; run `BUREAU_BLESS=1 cargo test --test schemas` and commit"
    );
}

/// The examples and vectors that are valid must match the published input schema's shape:
/// every required field of the root object is present (a light check without a validator).
#[test]
fn project_schema_requires_what_the_reader_requires() {
    let schema = serde_json::to_value(bureau::schema::all().remove(0).1).unwrap();
    let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(required, ["format", "project", "companies", "items"]);
    let item = &schema["$defs"]["Item"];
    let req: Vec<&str> = item["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(req, ["id", "sku", "name", "manufacturer", "quantity"]);
    assert_eq!(item["properties"]["quantity"]["type"], "string", "decimals are strings in JSON");
    assert_eq!(item["properties"]["quantity"]["pattern"], bureau::schema::DECIMAL_PATTERN);
    // Optional fields may be null: the reader takes null as absent.
    assert_eq!(item["properties"]["unit_price"]["type"], serde_json::json!(["string", "null"]));
}
