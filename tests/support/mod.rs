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

/// One word of a PDF page and its box, in points from the page's top left.
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// Every word of a PDF with its box, as `pdftotext -bbox` finds them.
pub fn words(pdf: &[u8]) -> Vec<Word> {
    let dir = std::env::temp_dir().join(format!("bureau-text-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let path = dir.join(format!("words-{:x}-{}.pdf", fxhash(pdf), CALLS.fetch_add(1, Ordering::Relaxed)));
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-bbox", "-enc", "UTF-8"]).arg(&path).arg("-").output().unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..].split('"').next().unwrap().parse().unwrap()
    };
    let mut page = 0;
    let mut out = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if let Some(tag) = line.strip_prefix("<word ") {
            let (head, rest) = tag.split_once('>').unwrap();
            let text = rest.trim_end_matches("</word>").to_string();
            out.push(Word {
                page,
                text,
                x0: attr(head, "xMin"),
                y0: attr(head, "yMin"),
                x1: attr(head, "xMax"),
                y1: attr(head, "yMax"),
            });
        }
    }
    out
}

/// Pairs of words printed over each other: their boxes, each narrowed to its middle half in
/// height (a font's box is taller than its line) and by a point each side, intersect. Text
/// that overflows a row of fixed height runs into the next row's and shows here.
pub fn overprinted(words: &[Word]) -> Vec<(String, String)> {
    let core = |w: &Word| {
        let h = (w.y1 - w.y0) / 4.0;
        (w.x0 + 1.0, w.y0 + h, w.x1 - 1.0, w.y1 - h)
    };
    let mut out = Vec::new();
    for (i, a) in words.iter().enumerate() {
        let (ax0, ay0, ax1, ay1) = core(a);
        for b in words.iter().skip(i + 1).filter(|b| b.page == a.page) {
            let (bx0, by0, bx1, by1) = core(b);
            if ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1 {
                out.push((a.text.clone(), b.text.clone()));
            }
        }
    }
    out
}
