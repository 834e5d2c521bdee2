#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]
//! Where segmentation's time goes: the full call against a loop that only reads what it reads.
#[path = "generate.rs"]
mod generate;
#[path = "limits.rs"]
mod limits;
use std::hint::black_box;
use std::time::Instant;
fn main() {
    limits::raise();
    let json = generate::project(100_000);
    let p = bureau::read_project(json.as_bytes()).unwrap().value;
    for _ in 0..3 {
        let t = Instant::now();
        let mut acc = 0u64;
        for it in &p.items {
            acc += it.quantity.scale() as u64 + it.currency.as_deref().map_or(0, |c| c.as_bytes()[0] as u64);
            acc += it.source.as_deref().map_or(0, |c| c.len() as u64)
                + it.packages.first().map_or(0, |x| x.per_unit.scale() as u64);
            acc += it.net_weight_kg.map_or(0, |w| w.scale() as u64)
                + it.lead_time_weeks.unwrap_or(0) as u64
                + it.id.len() as u64;
        }
        let touch = t.elapsed();
        let t = Instant::now();
        let n = black_box(bureau::segment(black_box(&p)).unwrap().segments.len());
        let full = t.elapsed();
        println!(
            "touch {:?} ({:.0} ns/item)  segment {:?} ({:.0} ns/item) {acc} {n}",
            touch,
            touch.as_nanos() as f64 / 1e5,
            full,
            full.as_nanos() as f64 / 1e5
        );
    }
    println!("size_of Item = {}", std::mem::size_of::<bureau::model::Item>());
}
