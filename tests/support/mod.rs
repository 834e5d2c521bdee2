//! Helpers shared by the document tests.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The text of a PDF as `pdftotext -layout` extracts it, with no-break spaces made plain.
pub fn pdftotext(pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("bureau-text-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // One file per call: two tests may extract the same PDF at once, and each removes its own.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let path = dir.join(format!("doc-{:x}-{}.pdf", fxhash(pdf), CALLS.fetch_add(1, Ordering::Relaxed)));
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup");
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success());
    plain(&String::from_utf8(out.stdout).unwrap())
}

/// No-break spaces as plain spaces, so printed and expected text compare.
pub fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

fn fxhash(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, x| (h ^ u64::from(*x)).wrapping_mul(0x100_0000_01b3))
}
