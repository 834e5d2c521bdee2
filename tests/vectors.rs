//! The shared conformance vectors: every surface must give exactly these bytes.
//!
//! `tests/vectors/<name>/input.json` (and `previous.json` for a diff) with the expected
//! result of each operation it goes through, `<operation>.json`: `validate.json` and, for
//! projects, `segment.json`; `words.json` for a words request. Each holds the result's JSON,
//! or the error body when the input is rejected. A vector with a `request.json` is a document
//! vector: its project and request give `document.pdf`, `document.png`, `document.xlsx`,
//! `document.csv` or `document.json` (the model, or the error body), and nothing else is run. A vector with a `proforma.json` (and
//! perhaps `settings.json`) is a reconciliation: `reconcile.json` (or `.pdf`, `.png`, `.xlsx`, `.csv`), and nothing else is run. A
//! vector with an `invoice-request.json` is a client invoice: `invoice.json` (the model, or the
//! error body), `invoice.pdf`, `.png`, `.xlsx`, `.csv` or `.xml` (UBL or CII).
//! A vector with a `new.json` (or `saved.json`) is a deal vector (see [`deal`]).
//! A vector with a `directory.json` is a partners vector: the directory is loaded (`load.json`:
//! what it holds, or the error body), `directory-update.json` applied to it (`update.json`),
//! the directory as saved then (`directory-saved.json`, where the vector has one),
//! then the project and `options.json` recommended (`recommend.json`), or, with a
//! `letter-request.json`, a proposal letter made (`letter.pdf`, `.png` or `.json`).
//! `BUREAU_BLESS=1 cargo test --test vectors` rewrites them;
//! review the diff by hand before committing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};

fn vectors() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    dirs
}

fn outcome(r: Result<Vec<u8>, bureau::Error>) -> Vec<u8> {
    r.unwrap_or_else(|e| e.to_json())
}

/// Which operations a vector's input goes through: a words request (it has an `amount`) only
/// `words`; any other document `validate`, and a project `segment` too.
fn operations(input: &[u8]) -> &'static [&'static str] {
    let text = String::from_utf8_lossy(input);
    if text.contains("\"amount\"") {
        &["words"]
    } else if text.contains("\"partner-directory/1\"") || text.contains("\"proforma/1\"") {
        &["validate"]
    } else {
        &["validate", "segment"]
    }
}

/// The expected file of a document vector, by what the bytes are.
fn document_file(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(b"%PDF-") {
        "document.pdf"
    } else if bytes.starts_with(b"\x89PNG") {
        "document.png"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "document.xlsx"
    } else if bytes.starts_with(b"<?xml") {
        "document.xml"
    } else if bytes.starts_with(b"{") {
        "document.json"
    } else {
        "document.csv"
    }
}

fn check(dir: &Path, name: &str, got: &[u8], failures: &mut Vec<String>) {
    let path = dir.join(name);
    if std::env::var_os("BUREAU_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
        return;
    }
    match std::fs::read(&path) {
        Ok(want) if want == got => {}
        Ok(want) => failures.push(format!(
            "{}: differs\n want {}\n  got {}",
            path.display(),
            String::from_utf8_lossy(&want),
            String::from_utf8_lossy(got)
        )),
        Err(_) => failures.push(format!("{}: missing (run with BUREAU_BLESS=1 and review)", path.display())),
    }
}

/// A partners vector: load, update, then recommend or a letter; each step stops the rest when
/// it fails.
fn partners(dir: &Path, project: &[u8], directory: &[u8], failures: &mut Vec<String>) {
    let mut index = match bureau::api::load_directory(directory) {
        Ok((index, json)) => {
            check(dir, "load.json", &json, failures);
            index
        }
        Err(e) => return check(dir, "load.json", &e.to_json(), failures),
    };
    if let Ok(update) = std::fs::read(dir.join("directory-update.json")) {
        let got = bureau::api::update_directory(&mut index, &update);
        let failed = got.is_err();
        check(dir, "update.json", &outcome(got), failures);
        if failed {
            return;
        }
    }
    if dir.join("directory-saved.json").exists() {
        check(dir, "directory-saved.json", &outcome(bureau::api::save_directory(&index)), failures);
    }
    if let Ok(request) = std::fs::read(dir.join("letter-request.json")) {
        let got = outcome(bureau::api::letter(project, &index, &request));
        return check(dir, &document_file(&got).replace("document", "letter"), &got, failures);
    }
    let options = std::fs::read(dir.join("options.json")).ok();
    check(dir, "recommend.json", &outcome(bureau::api::recommend(project, &index, options.as_deref())), failures);
}

/// The numbered files `prefix-01.json`, `prefix-02.json`, … of a vector, in order.
fn numbered(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    (1..).map(|n| dir.join(format!("{prefix}-{n:02}.json"))).take_while(|p| p.exists()).collect()
}

/// A deal vector: open the deal on the project (`new.json`, with `deal-directory.json` if
/// given), apply each `action-NN.json` (`applied-NN.json`: what it did, or the refusal), then
/// the deal (`deal.json`), each `view-<audience>.json`, and `deal.json` loaded back gives its
/// own bytes. A vector with a `saved.json` only loads it (`load.json`: the deal, or the error).
fn deal(dir: &Path, project: &[u8], failures: &mut Vec<String>) {
    if let Ok(saved) = std::fs::read(dir.join("saved.json")) {
        let got = bureau::api::deal_load(&saved).and_then(|d| d.to_json());
        return check(dir, "load.json", &outcome(got), failures);
    }
    let index = std::fs::read(dir.join("deal-directory.json")).ok().map(|d| bureau::api::load_directory(&d).unwrap().0);
    let (mut deal, json) = match bureau::api::deal_new(project, index.as_ref()) {
        Ok(opened) => opened,
        Err(e) => return check(dir, "new.json", &e.to_json(), failures),
    };
    check(dir, "new.json", &json, failures);
    for (n, action) in numbered(dir, "action").into_iter().enumerate() {
        let got = bureau::api::deal_apply(&mut deal, &std::fs::read(action).unwrap(), index.as_ref());
        check(dir, &format!("applied-{:02}.json", n + 1), &outcome(got), failures);
    }
    let saved = deal.to_json().unwrap();
    check(dir, "deal.json", &saved, failures);
    assert_eq!(bureau::api::deal_load(&saved).unwrap().to_json().unwrap(), saved, "{}", dir.display());
    for view in std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()) {
        if let Some(audience) = view.strip_prefix("view-").and_then(|v| v.strip_suffix(".json")) {
            check(dir, &view, &outcome(bureau::api::deal_view(&deal, audience)), failures);
        }
    }
    // `print-NN.json`: a document of the deal as a party asks it (`printed-NN.*`).
    for (n, request) in numbered(dir, "print").into_iter().enumerate() {
        let got = outcome(bureau::api::deal_document(&deal, &std::fs::read(request).unwrap()));
        check(dir, &document_file(&got).replace("document", &format!("printed-{:02}", n + 1)), &got, failures);
    }
}

#[test]
fn every_vector_gives_the_expected_bytes() {
    let mut failures = Vec::new();
    let all = vectors();
    assert!(all.len() >= 8, "vectors missing: {all:?}");
    for dir in all {
        let input = std::fs::read(dir.join("input.json")).unwrap();
        if dir.join("new.json").exists() || dir.join("saved.json").exists() {
            deal(&dir, &input, &mut failures);
            continue;
        }
        if let Ok(directory) = std::fs::read(dir.join("directory.json")) {
            partners(&dir, &input, &directory, &mut failures);
            continue;
        }
        if let Ok(request) = std::fs::read(dir.join("invoice-request.json")) {
            let got = outcome(bureau::api::invoice(&input, &request));
            check(&dir, &document_file(&got).replace("document", "invoice"), &got, &mut failures);
            continue;
        }
        if let Ok(proforma) = std::fs::read(dir.join("proforma.json")) {
            let settings = std::fs::read(dir.join("settings.json")).ok();
            let got = outcome(bureau::api::reconcile(&input, &proforma, settings.as_deref()));
            check(&dir, &document_file(&got).replace("document", "reconcile"), &got, &mut failures);
            continue;
        }
        if let Ok(request) = std::fs::read(dir.join("request.json")) {
            let got = outcome(bureau::api::document(&input, &request));
            check(&dir, document_file(&got), &got, &mut failures);
            continue;
        }
        let previous = std::fs::read(dir.join("previous.json")).ok();
        for op in operations(&input) {
            let got = match *op {
                "validate" => bureau::api::validate(&input),
                "segment" => bureau::api::segment(&input, previous.as_deref()),
                _ => bureau::api::words(&input),
            };
            check(&dir, &format!("{op}.json"), &outcome(got), &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
