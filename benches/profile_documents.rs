#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]
//! Where a document's time goes: one kind rendered in a loop, the data changing every time, for
//! `perf record` or callgrind. Arguments: lines (1,000), kind (`proforma`), rounds (20). Prints
//! the median time of one document, from the project's bytes to the PDF's.
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
