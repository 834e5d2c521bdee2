//! Replays the saved corpora of the fuzz targets (`fuzz/corpus/<target>/`) through the same
//! calls the targets make (`fuzz/entries.rs`), on stable: an input that once crashed the
//! engine stays a test. The long runs are `scripts/fuzz` (nightly, outside CI).

#![allow(clippy::unwrap_used, clippy::panic)]

#[path = "../fuzz/entries.rs"]
mod entries;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no inputs", dir.display());
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let caught = std::panic::catch_unwind(|| run(&data));
        assert!(caught.is_ok(), "{} panicked the engine", file.display());
    }
}

#[test]
fn project_corpus() {
    replay("project", entries::project);
}

#[test]
fn office_corpus() {
    replay("office", entries::office);
}

#[test]
fn partners_corpus() {
    replay("partners", entries::partners);
}

#[test]
fn deal_corpus() {
    replay("deal", entries::deal);
}

#[test]
fn render_corpus() {
    replay("render", entries::render);
}
