//! Where a recommendation's time goes, step by step, on the generated directory (100,000
//! companies, 2,000,000 partnerships) and the 60-manufacturer project of `benches/partners.rs`:
//! `cargo bench --bench profile_partners`. Prints the shape of the instance (candidates, their
//! sizes) and the median of each step over 50 runs; run it under `perf record` to see further.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::time::{Duration, Instant};

#[path = "generate_partners.rs"]
mod generate_partners;
#[path = "limits.rs"]
mod limits;

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..50)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[25]
}

fn main() {
    limits::raise();
    let directory = generate_partners::directory(100_000, 2_000_000);
    let t = Instant::now();
    let index = bureau::partners::PartnerIndex::load(directory.as_bytes()).unwrap().value;
    println!("load: {:?} ({} MB)", t.elapsed(), directory.len() / 1_000_000);
    let project = generate_partners::project(60, 10_000);
    let checked = bureau::read_project(project.as_bytes()).unwrap().value;
    let o = bureau::partners::RecommendOptions::default();
    let needs = bureau::partners::steps::needs(&checked, &o).unwrap();
    let all = bureau::partners::steps::candidates(&index, &needs);
    let mut sizes = std::collections::BTreeMap::new();
    for c in &all.list {
        *sizes.entry(c.count).or_insert(0) += 1;
    }
    println!("{} candidates; by how many manufacturers they cover: {sizes:?}", all.list.len());
    println!("active partners per manufacturer: {:?}", all.partners);
    let masks: Vec<u128> = all.list.iter().map(|c| c.mask).collect();
    let weights: Vec<i128> = all.list.iter().map(|c| c.value).collect();
    let ids: Vec<u32> = all.list.iter().map(|c| c.rank).collect();
    let cover = bureau::partners::steps::cover(&masks, &weights, &ids, Default::default());
    println!(
        "cover: {} suppliers, {:?}, lower bound {}, ties proven {}, {} nodes",
        cover.sets.len(),
        cover.method,
        cover.lower_bound,
        cover.ties_proven,
        cover.nodes
    );
    let serving = index.serving("RU-MOW");
    println!("needs:      {:?}", median(|| drop(bureau::partners::steps::needs(&checked, &o))));
    println!("candidates: {:?}", median(|| drop(bureau::partners::steps::candidates(&index, &needs))));
    println!(
        "first 11:   {:?}",
        median(|| drop(bureau::partners::steps::first(&all, 11, &index, &needs, Some(&serving))))
    );
    println!(
        "cover:      {:?}",
        median(|| drop(bureau::partners::steps::cover(&masks, &weights, &ids, Default::default())))
    );
    println!("recommend:  {:?}", median(|| drop(bureau::partners::recommend(&checked, &index, &o).unwrap())));
    // Proposals for one manufacturer, as if no one covered it: its country's thousands of
    // suppliers are scored.
    let lang = bureau::money::words::Lang::En;
    let m = "f-9666";
    let found = bureau::partners::steps::propose(&index, &checked, &o, m, Some("RU-MOW"), lang);
    println!(
        "proposals for {m}: {:?} ({} proposed, first score {:?})",
        median(|| drop(bureau::partners::steps::propose(&index, &checked, &o, m, Some("RU-MOW"), lang))),
        found.len(),
        found.first().map(|p| p.score)
    );
    // `PROFILE_LOOP=N`: N more recommendations, for a profiler to sample.
    let more: usize = std::env::var("PROFILE_LOOP").ok().and_then(|n| n.parse().ok()).unwrap_or(0);
    for _ in 0..more {
        drop(bureau::partners::recommend(&checked, &index, &o).unwrap());
    }
}
