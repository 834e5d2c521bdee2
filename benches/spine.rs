//! Criterion benches of the spine on a generated 100,000-item project:
//! the baseline (a bare `serde_json` parse into `Value`), validate + segment from bytes, and
//! segmentation alone on parsed data. `scripts/bench` runs them and prints the ratios.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

#[path = "generate.rs"]
mod generate;
#[path = "limits.rs"]
mod limits;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

const ITEMS: usize = 100_000;

fn spine(c: &mut Criterion) {
    limits::raise();
    let json = generate::project(ITEMS);
    let bytes = json.as_bytes();
    let mut g = c.benchmark_group("spine");
    g.sample_size(20).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("baseline_serde_json_value", |b| {
        b.iter(|| black_box(serde_json::from_slice::<serde_json::Value>(black_box(bytes)).unwrap()))
    });
    g.bench_function("validate_and_segment_from_bytes", |b| {
        b.iter(|| {
            let p = bureau::read_project(black_box(bytes)).unwrap();
            black_box(bureau::segment(&p.value).unwrap().segments.len())
        })
    });
    let project = bureau::read_project(bytes).unwrap().value;
    g.throughput(Throughput::Elements(ITEMS as u64));
    g.bench_function("segment_parsed", |b| {
        b.iter(|| black_box(bureau::segment(black_box(&project)).unwrap().segments.len()))
    });
    g.finish();
}

criterion_group!(benches, spine);
criterion_main!(benches);
