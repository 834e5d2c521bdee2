#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]
//! Where a large document's time goes: a 1,000-line proforma rendered in a loop, the data
//! changing every time, for `perf record`. Prints each phase's median.
#[path = "generate.rs"]
mod generate;
use std::time::Instant;
fn main() {
    let lines: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let kind = std::env::args().nth(2).unwrap_or_else(|| "proforma".into());
    let rounds: usize = std::env::args().nth(3).and_then(|a| a.parse().ok()).unwrap_or(20);
    let _ = bureau::api::renderer();
    let base = generate::one_segment(lines);
    let req = format!(r#"{{"kind":"{kind}","segment":"GEN/f-0","deposit_pct":"50"}}"#).into_bytes();
    let mut times = Vec::new();
    for v in 0..rounds {
        let p = base.replace("модель", &format!("модель {v}")).into_bytes();
        let t = Instant::now();
        let pdf = bureau::api::document(&p, &req).unwrap();
        times.push(t.elapsed());
        assert!(pdf.starts_with(b"%PDF"));
    }
    times.sort();
    println!("{lines} lines {kind}: median {:?}", times[times.len() / 2]);
}
