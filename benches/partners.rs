//! Partners: loading a 100,000-company, 2,000,000-partnership directory, and a warm
//! recommendation for a 60-manufacturer project (exact cover included).
//!
//! Baselines measured in the same run: a bare `serde_json` parse of the directory into `Value`
//! (for the load), and the index lookups alone, summing the active partners of the 60
//! manufacturers (for the recommendation). `python3 benches/report.py` prints the ratios.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use criterion::{criterion_group, criterion_main, Criterion};

#[path = "generate_partners.rs"]
mod generate_partners;
#[path = "limits.rs"]
mod limits;

const COMPANIES: usize = 100_000;
const PARTNERSHIPS: usize = 2_000_000;

fn bench(c: &mut Criterion) {
    limits::raise();
    let directory = generate_partners::directory(COMPANIES, PARTNERSHIPS);
    let project = generate_partners::project(60, COMPANIES / 10);
    let mut g = c.benchmark_group("partners");
    g.sample_size(10);
    g.bench_function("baseline_serde_json_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(&directory).unwrap())
    });
    g.bench_function("load_directory", |b| b.iter(|| bureau::api::load_directory(directory.as_bytes()).unwrap()));
    let (index, _) = bureau::api::load_directory(directory.as_bytes()).unwrap();
    let checked = bureau::read_project(project.as_bytes()).unwrap().value;
    let options = bureau::partners::RecommendOptions::default();
    let result = bureau::partners::recommend(&checked, &index, &options).unwrap();
    eprintln!(
        "60 manufacturers: {} candidates, cover of {} ({}), {} uncovered, {} proposals",
        result.candidates,
        result.cover.suppliers.len(),
        result.cover.method,
        result.uncovered.len(),
        result.proposals.len()
    );
    g.sample_size(50);
    g.bench_function("baseline_index_lookups", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for item in &checked.items {
                if let Some(m) = index.number(&item.manufacturer) {
                    n += index
                        .links_of(m)
                        .iter()
                        .filter(|l| l.status == bureau::model::PartnershipStatus::Active)
                        .count();
                }
            }
            n
        })
    });
    g.bench_function("recommend_60", |b| b.iter(|| bureau::partners::recommend(&checked, &index, &options).unwrap()));
    g.bench_function("recommend_60_json", |b| {
        b.iter(|| bureau::api::recommend(project.as_bytes(), &index, None).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
