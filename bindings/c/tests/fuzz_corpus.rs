//! Replays the `c_abi` fuzz target's saved corpus (`fuzz/corpus/c_abi/`) through the same
//! calls (`fuzz/c_entries.rs`), on stable: every input once found stays a test.

#[path = "../../../fuzz/c_entries.rs"]
mod c_entries;

#[test]
fn c_abi_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/c_abi");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no inputs", dir.display());
    for file in files {
        let data = std::fs::read(&file).unwrap();
        // Nothing unwinds across the ABI: a panic here is a finding, not caught.
        c_entries::c_abi(&data);
    }
}
