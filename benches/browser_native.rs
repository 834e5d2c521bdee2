#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]
//! The native side of the browser bench (`benches/browser.mjs`): the same operations on the same
//! bytes, from project bytes to result bytes, in this process. Reads the inputs the browser bench
//! wrote into DIR (the first argument, `target/bench/browser`) and writes `native.json` there:
//! medians in milliseconds.
use std::time::Instant;

fn median(mut f: impl FnMut(), rounds: usize) -> f64 {
    f();
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
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
    let t = Instant::now();
    let _ = bureau::api::renderer();
    let renderer_ms = t.elapsed().as_secs_f64() * 1000.0;
    let segment = median(|| drop(bureau::api::segment(&villa, None).unwrap()), 200);
    let villa_pdf = median(|| drop(bureau::api::document(&villa, &villa_request).unwrap()), 30);
    let long_pdf = median(|| drop(bureau::api::document(&long, &long_request).unwrap()), 20);
    let out = format!(
        r#"{{"renderer_init_ms":{renderer_ms:.3},"segment_villa_ms":{segment:.4},"proforma_villa_ms":{villa_pdf:.3},"proforma_100_ms":{long_pdf:.3}}}"#
    );
    std::fs::write(dir.join("native.json"), &out).unwrap();
    println!("{out}");
}
