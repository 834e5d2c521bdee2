//! What each fuzz target does with its bytes, shared by the targets (`cargo fuzz`, nightly)
//! and by the stable test that replays their corpora (`tests/fuzz_corpora.rs`). A target
//! passes when every call returns, `Ok` or `Err`: a panic, an abort, a hang or a memory blow-up
//! is the finding.
//!
//! Several inputs are cut from one byte string at NUL bytes (JSON never holds a raw NUL), so
//! the fuzzer can change each input of a call.

#![allow(dead_code, clippy::panic, clippy::indexing_slicing, clippy::unwrap_used)]

use base64::Engine as _;
use bureau::api;
use bureau::examples::{DIRECTORY, VILLA, VILLA_INVOICE, VILLA_PROFORMA};

/// The inputs cut from `data` at NUL bytes (at most four).
fn parts(data: &[u8]) -> Vec<&[u8]> {
    data.splitn(4, |b| *b == 0).collect()
}

fn part<'a>(p: &[&'a [u8]], i: usize) -> Option<&'a [u8]> {
    p.get(i).copied()
}

/// A project: validated, segmented (against a previous version when one is given) and each
/// document model built for each of its segments.
pub fn project(data: &[u8]) {
    let p = parts(data);
    let Some(project) = part(&p, 0) else { return };
    let _ = api::validate(project);
    let segmented = api::segment(project, part(&p, 1));
    let _ = api::segment(VILLA.as_bytes(), Some(project));
    let Ok(json) = segmented else { return };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&json) else { return };
    let ids: Vec<String> = value["segments"]
        .as_array()
        .map(|s| s.iter().filter_map(|s| s["id"].as_str().map(str::to_string)).take(3).collect())
        .unwrap_or_default();
    let _ = api::document(project, br#"{"kind":"specification","format":"json"}"#);
    for id in ids {
        for kind in ["proforma_request", "proforma", "packing_list"] {
            let request = serde_json::json!({ "kind": kind, "segment": id, "format": "json" });
            let _ = api::document(project, request.to_string().as_bytes());
        }
    }
}

/// The offices: a proforma reconciled (with its settings), an invoice request, words; against
/// the villa, and against a project of the fuzzer's when it gives two inputs.
pub fn office(data: &[u8]) {
    let p = parts(data);
    let villa = VILLA.as_bytes();
    let first = part(&p, 0).unwrap_or_default();
    let _ = api::reconcile(villa, first, part(&p, 1));
    let _ = api::invoice(villa, first);
    let _ = api::words(first);
    if let (Some(project), Some(second)) = (part(&p, 0), part(&p, 1)) {
        let _ = api::reconcile(project, VILLA_PROFORMA.as_bytes(), None);
        let _ = api::reconcile(project, second, part(&p, 2));
        let _ = api::invoice(project, VILLA_INVOICE.as_bytes());
        let _ = api::invoice(project, second);
    }
}

/// A partner directory loaded, updated and asked for recommendations and a letter; and the
/// example directory updated and asked with the fuzzer's bytes.
pub fn partners(data: &[u8]) {
    let p = parts(data);
    let villa = VILLA.as_bytes();
    let first = part(&p, 0).unwrap_or_default();
    if let Ok((mut index, _)) = api::load_directory(first) {
        let _ = api::recommend(villa, &index, part(&p, 2));
        if let Some(update) = part(&p, 1) {
            let _ = api::update_directory(&mut index, update);
        }
        let _ = api::recommend(villa, &index, None);
    }
    if let Ok((mut index, _)) = api::load_directory(DIRECTORY.as_bytes()) {
        let _ = api::recommend(villa, &index, Some(first));
        let _ = api::recommend(first, &index, part(&p, 1));
        let _ = api::letter(villa, &index, first);
        let _ = api::update_directory(&mut index, first);
        let _ = api::recommend(villa, &index, None);
    }
}

/// A saved deal loaded; the villa's deal driven by the fuzzer's actions, viewed and saved.
pub fn deal(data: &[u8]) {
    if let Ok(deal) = api::deal_load(data) {
        let _ = deal.to_json();
        let _ = api::deal_view(&deal, "client");
    }
    let Ok((mut deal, _)) = api::deal_new(VILLA.as_bytes(), None) else { return };
    for action in parts(data) {
        let _ = api::deal_apply(&mut deal, action, None);
    }
    let _ = api::deal_view(&deal, "client");
    let _ = api::deal_view(&deal, "d-kovaleva");
    if let Ok(saved) = deal.to_json() {
        // A deal saved must load again.
        if api::deal_load(&saved).is_err() {
            panic!("a deal the engine saved does not load");
        }
    }
}

/// Rendering: the fuzzer's document request (PDF, PNG or JSON, as it says); its bytes as a
/// host font; its bytes as the villa's image.
pub fn render(data: &[u8]) {
    let villa = VILLA.as_bytes();
    let _ = api::document(villa, data);
    let b64 = base64::engine::general_purpose::STANDARD.encode(data);
    let font = serde_json::json!({ "kind": "specification", "format": "pdf", "fonts": [{ "data_base64": b64 }] });
    let _ = api::document(villa, font.to_string().as_bytes());
    if let Ok(mut project) = serde_json::from_str::<serde_json::Value>(VILLA) {
        project["assets"][0]["data_base64"] = serde_json::Value::String(b64);
        let _ = api::document(project.to_string().as_bytes(), br#"{"kind":"specification","format":"pdf"}"#);
    }
}
