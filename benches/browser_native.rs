#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]
//! The native side of the browser bench (`benches/browser.mjs`): the same operations on the same
//! bytes, from project bytes to result bytes, in this process. Reads the inputs the browser bench
//! wrote into DIR (the first argument, `target/bench/browser`) and writes `native.json` there:
//! medians in milliseconds.
use std::time::Instant;

/// As the browser bench: 16 variants of the input (each name prefixed with its number), the next
/// one every round, so that typst's caches never serve a whole document.
const VARIANTS: usize = 16;

fn variants(base: &[u8]) -> Vec<Vec<u8>> {
    let text = std::str::from_utf8(base).unwrap();
    (0..VARIANTS).map(|v| text.replace("\"name\":\"", &format!("\"name\":\"{v} ")).into_bytes()).collect()
}

/// The median of `rounds` runs of `f`, each on the next variant, after one on the first.
fn median(base: &[u8], mut f: impl FnMut(&[u8]), rounds: usize) -> f64 {
    let inputs = variants(base);
    f(&inputs[0]);
    let mut times: Vec<f64> = (0..rounds)
        .map(|i| {
            let input = &inputs[(i + 1) % VARIANTS];
            let t = Instant::now();
            f(input);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/bench/browser".into()));
    let read = |f: &str| std::fs::read(dir.join(f)).unwrap_or_else(|e| panic!("{}: {e}", dir.join(f).display()));
    let villa = read("villa.json");
    let long = read("proforma-100.json");
    let villa_request = read("villa-request.json");
    let long_request = read("long-request.json");
    let _ = bureau::api::renderer();
    let segment = median(&villa, |p| drop(bureau::api::segment(p, None).unwrap()), 200);
    let villa_pdf = median(&villa, |p| drop(bureau::api::document(p, &villa_request).unwrap()), 32);
    let long_pdf = median(&long, |p| drop(bureau::api::document(p, &long_request).unwrap()), 32);
    let out = format!(
        r#"{{"segment_villa_ms":{segment:.4},"proforma_villa_ms":{villa_pdf:.3},"proforma_100_ms":{long_pdf:.3}}}"#
    );
    std::fs::write(dir.join("native.json"), &out).unwrap();
    println!("{out}");
}
